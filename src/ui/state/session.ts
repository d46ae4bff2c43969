/**
 * The review session as plain data: the project history, the target being reviewed, the view, and
 * the state of whichever panel is open (editor, search prompt, split chooser). Helpers here are
 * pure; the hook in `hooks/use-review-session.ts` holds the state and does the I/O.
 */
import type { HistoryState } from '../../core/project/history.js';
import type { Project, ProjectTarget } from '../../core/types.js';
import type { LineEditorState } from './line-editor.js';
import { filterPairs, targetFor } from './pairs.js';
import type { Filter, ViewState } from './view-reducer.js';

/** Everything a review session holds. */
export interface SessionState {
  history: HistoryState;
  /** Language of the target being reviewed. */
  lang: string;
  view: ViewState;
  /** Edit mode: which segment of the active side, and the editor on its text. */
  editor?: { segment: number; state: LineEditorState };
  /** Search mode: the query being typed. */
  search?: LineEditorState;
  /** Split mode: index of the chosen split point. */
  split?: { point: number };
  /** History panel: character diffs instead of word diffs. */
  isCharDiff: boolean;
}

/** The target under review. */
export function currentTarget(state: SessionState): ProjectTarget {
  return targetFor(state.history.present, state.lang);
}

let memo: { target: ProjectTarget; filter: Filter; revisions: number; since: number; visible: number[] } | undefined;

/** Bead indexes the list shows (recomputed only when the target, filter or revisions change). */
export function visiblePairs(project: Project, target: ProjectTarget, filter: Filter, sinceRevision: number): number[] {
  if (memo && memo.target === target && memo.filter === filter && memo.revisions === project.revisions.length && memo.since === sinceRevision) return memo.visible;
  // Unfiltered, the list is every bead whatever their status: a confirm need not walk 50,000 beads.
  const visible = filter === 'all' && memo?.filter === 'all' && memo.visible.length === target.beads.length ? memo.visible : filterPairs(project, target, filter, sinceRevision);
  memo = { target, filter, revisions: project.revisions.length, since: sinceRevision, visible };
  return visible;
}

/** Position in `visible` of bead `beadIndex`, or of the first bead after it (the last one when none is). */
export function positionOf(visible: readonly number[], beadIndex: number): number {
  let low = 0;
  let high = visible.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (visible[mid]! < beadIndex) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, Math.max(0, visible.length - 1));
}

/** What a session changed, counted from the revisions it added (undone changes are not there). */
export interface SessionSummary {
  confirmed: number;
  excluded: number;
  edited: number;
  merged: number;
  split: number;
  shifted: number;
  total: number;
}

/** Counts the operations in the revisions after `fromRevision`. */
export function summarize(project: Project, fromRevision: number): SessionSummary {
  const summary: SessionSummary = { confirmed: 0, excluded: 0, edited: 0, merged: 0, split: 0, shifted: 0, total: 0 };
  for (const revision of project.revisions) {
    if (revision.number <= fromRevision) continue;
    summary.total++;
    const count = revision.beads.length;
    if (revision.operation === 'set-status' || revision.operation === 'confirm-through') {
      if (revision.status === 'confirmed') summary.confirmed += count;
      if (revision.status === 'excluded') summary.excluded += count;
    } else if (revision.operation === 'edit-segment') summary.edited++;
    else if (revision.operation === 'merge-next' || revision.operation === 'merge-segments') summary.merged++;
    else if (revision.operation === 'split-bead' || revision.operation === 'split-segment') summary.split++;
    else if (revision.operation === 'shift-up' || revision.operation === 'shift-down') summary.shifted++;
  }
  return summary;
}

/** The number of the project's last revision (0 for a new project). */
export function lastRevision(project: Project): number {
  return project.revisions.at(-1)?.number ?? 0;
}
