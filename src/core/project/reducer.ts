/**
 * The project reducer: applies one editing action and records it as a revision. Pure: the input is
 * never mutated, and every object the action does not touch is shared with the result, so keeping
 * many versions (undo) costs only what changed.
 */
import type { Project, Revision } from '../types.js';
import type { ActionContext, ProjectAction } from './actions.js';
import { detach, insertEmpty, mergeNext, shiftDown, shiftUp, splitBead } from './bead-operations.js';
import { nextRevisionNumber } from './lookup.js';
import type { OperationResult } from './operation.js';
import { editSegment, mergeSegments, splitSegment } from './segment-operations.js';
import { confirmThrough, setNote, setStatus } from './status-operations.js';

function runOperation(project: Project, action: ProjectAction, revision: number): OperationResult {
  switch (action.type) {
    case 'merge-next':
      return mergeNext(project, action, revision);
    case 'split-bead':
      return splitBead(project, action, revision);
    case 'split-segment':
      return splitSegment(project, action, revision);
    case 'shift-up':
      return shiftUp(project, action, revision);
    case 'shift-down':
      return shiftDown(project, action, revision);
    case 'insert-empty':
      return insertEmpty(project, action, revision);
    case 'detach':
      return detach(project, action, revision);
    case 'edit-segment':
      return editSegment(project, action, revision);
    case 'merge-segments':
      return mergeSegments(project, action, revision);
    case 'set-status':
      return setStatus(project, action, revision);
    case 'confirm-through':
      return confirmThrough(project, action, revision);
    case 'set-note':
      return setNote(project, action, revision);
    default: {
      const unknown: never = action;
      throw new TypeError(`unknown project action ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Applies an editing action and appends its revision (who, when, what, before/after text).
 * Returns the same project object when the action changes nothing (and then records nothing).
 * @throws UserError when the action does not fit the project (unknown bead, nothing to shift ...);
 * the project is then unchanged.
 */
export function applyAction(project: Project, action: ProjectAction, context: ActionContext): Project {
  const number = nextRevisionNumber(project);
  const result = runOperation(project, action, number);
  if (!result) return project;
  const revision: Revision = { number, time: context.time, author: context.author, operation: action.type, lang: action.lang, ...result.revision };
  return {
    ...result.project,
    meta: { ...result.project.meta, changed: context.time },
    revisions: [...result.project.revisions, revision],
  };
}
