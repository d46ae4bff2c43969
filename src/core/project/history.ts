/**
 * Undo and redo for a review session, unlimited. The past and future hold patches (only what each
 * action changed), not copies of the project, so a long session on 50,000 beads stays small.
 * Undo restores the project exactly, revisions included: an undone change is not in the record.
 */
import type { Project } from '../types.js';
import type { ActionContext, ProjectAction } from './actions.js';
import type { ProjectPatch } from './patch.js';
import { applyPatch, diffProjects } from './patch.js';
import { applyAction } from './reducer.js';

/** The project being edited and the changes that can be undone and redone (most recent last). */
export interface HistoryState {
  present: Project;
  past: readonly ProjectPatch[];
  future: readonly ProjectPatch[];
}

/** What the history reducer accepts. */
export type HistoryAction = { type: 'do'; action: ProjectAction; context: ActionContext } | { type: 'undo' } | { type: 'redo' };

/** A history with nothing to undo or redo. */
export function createHistory(project: Project): HistoryState {
  return { present: project, past: [], future: [] };
}

/** Whether there is something to undo. */
export function canUndo(state: HistoryState): boolean {
  return state.past.length > 0;
}

/** Whether there is something to redo. */
export function canRedo(state: HistoryState): boolean {
  return state.future.length > 0;
}

/**
 * Applies an action (clearing the redo list), or undoes or redoes one. Returns the same state when
 * nothing changes (an action with no effect, undo with an empty past).
 * @throws UserError from `applyAction` when an action does not fit; the state is then unchanged.
 */
export function historyReducer(state: HistoryState, command: HistoryAction): HistoryState {
  switch (command.type) {
    case 'do': {
      const next = applyAction(state.present, command.action, command.context);
      if (next === state.present) return state;
      return { present: next, past: [...state.past, diffProjects(state.present, next)], future: [] };
    }
    case 'undo': {
      const patch = state.past.at(-1);
      if (!patch) return state;
      return { present: applyPatch(state.present, patch, false), past: state.past.slice(0, -1), future: [...state.future, patch] };
    }
    case 'redo': {
      const patch = state.future.at(-1);
      if (!patch) return state;
      return { present: applyPatch(state.present, patch, true), past: [...state.past, patch], future: state.future.slice(0, -1) };
    }
    default: {
      const unknown: never = command;
      throw new TypeError(`unknown history command ${JSON.stringify(unknown)}`);
    }
  }
}
