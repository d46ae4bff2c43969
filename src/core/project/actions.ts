/**
 * The editing operations of a project, as the review UI dispatches them. Every action names the
 * target language it applies to and the bead (or segment) by id, never by position, so an action
 * stays meaningful in a revision log and after other edits.
 */
import type { BeadStatus } from '../types.js';

/** Which document of a bead an operation works on. */
export type Side = 'source' | 'target';

/** Merge a bead with the one after it. */
export interface MergeNextAction {
  type: 'merge-next';
  lang: string;
  bead: string;
}

/**
 * Split a bead between two segments of one side: the first `at` segments of that side and all of the
 * other side stay in the bead; the rest of that side moves to a new bead right after it.
 */
export interface SplitBeadAction {
  type: 'split-bead';
  lang: string;
  bead: string;
  side: Side;
  /** Segments of that side that stay in the first bead (1 ≤ at < segments on that side). */
  at: number;
}

/**
 * Split a segment in two at a character offset (UTF-16 code units into its current text); the new
 * segment follows it in the same bead. On the source side every target's bead gets the new segment.
 */
export interface SplitSegmentAction {
  type: 'split-segment';
  lang: string;
  bead: string;
  side: Side;
  segment: string;
  offset: number;
}

/** Move the first segment (on `side`) of the next bead up into this bead (InterText's shift). */
export interface ShiftUpAction {
  type: 'shift-up';
  lang: string;
  bead: string;
  side: Side;
}

/** Move the last segment (on `side`) of this bead down into the next bead (a new one at the end). */
export interface ShiftDownAction {
  type: 'shift-down';
  lang: string;
  bead: string;
  side: Side;
}

/** Insert a bead with no segments after `after` (or at the start when null), to shift segments into. */
export interface InsertEmptyAction {
  type: 'insert-empty';
  lang: string;
  after: string | null;
}

/**
 * Mark one side of a bead as untranslated: each of its segments becomes its own 1-0 (source) or 0-1
 * (target) bead, and the other side stays in a bead of its own.
 */
export interface DetachAction {
  type: 'detach';
  lang: string;
  bead: string;
  side: Side;
}

/** Replace a segment's text (the first original text is kept in the segment). */
export interface EditSegmentAction {
  type: 'edit-segment';
  lang: string;
  side: Side;
  segment: string;
  text: string;
}

/**
 * Merge a segment with the segment after it on the same side. When they are in different beads,
 * those beads (and any in between) are merged too, in every target for the source side.
 */
export interface MergeSegmentsAction {
  type: 'merge-segments';
  lang: string;
  side: Side;
  segment: string;
}

/** Set a bead's review status: confirm, unconfirm (`auto`) or exclude. */
export interface SetStatusAction {
  type: 'set-status';
  lang: string;
  bead: string;
  status: BeadStatus;
}

/** Confirm every `auto` bead from the start of the target up to and including `bead`. */
export interface ConfirmThroughAction {
  type: 'confirm-through';
  lang: string;
  bead: string;
}

/** Set (or, with an empty string, remove) the reviewer's note on a bead. */
export interface SetNoteAction {
  type: 'set-note';
  lang: string;
  bead: string;
  note: string;
}

/** Every editing operation on a project. */
export type ProjectAction =
  | MergeNextAction
  | SplitBeadAction
  | SplitSegmentAction
  | ShiftUpAction
  | ShiftDownAction
  | InsertEmptyAction
  | DetachAction
  | EditSegmentAction
  | MergeSegmentsAction
  | SetStatusAction
  | ConfirmThroughAction
  | SetNoteAction;

/** The `type` of every action, for iteration (tests, menus). */
export const ACTION_TYPES = [
  'merge-next',
  'split-bead',
  'split-segment',
  'shift-up',
  'shift-down',
  'insert-empty',
  'detach',
  'edit-segment',
  'merge-segments',
  'set-status',
  'confirm-through',
  'set-note',
] as const satisfies ReadonlyArray<ProjectAction['type']>;

/** Who makes a change and when; recorded in the revision. */
export interface ActionContext {
  /** `--author`, or the OS user name. */
  author: string;
  /** ISO 8601 time of the change. */
  time: string;
}
