/** The vocabulary of a revision diff: what is compared, and what was found. */
import type { InlinePart } from './inline.js';

/** The kinds of difference between an old and a new segment (or bead) sequence. */
export const CHANGE_KINDS = ['changed', 'added', 'removed', 'moved', 'split', 'merged'] as const;

/** A kind of difference; `equal` entries carry the unchanged context. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Kind of one diff entry. */
export type EntryKind = ChangeKind | 'equal';

/**
 * One compared unit: a sentence of a text, or a bead of a project or TMX file.
 * Units are matched on `key`; they are equal only when every one of `texts` is equal.
 */
export interface DiffUnit {
  /** What matching aligns on: the sentence itself, or a bead's source text. */
  key: string;
  /** The compared texts: `[sentence]` for texts, `[source, target]` for beads. */
  texts: string[];
  /** Stable id to show (a bead id), when the unit has one. */
  id?: string;
}

/** One compared text field of an entry (the sentence, or a bead's source or target). */
export interface FieldDiff {
  /** The old texts of the field, one per old unit of the entry. */
  before: string[];
  /** The new texts of the field, one per new unit of the entry. */
  after: string[];
  /** Inline diff of the joined old texts → the joined new texts. */
  parts: InlinePart[];
}

/** One entry of a diff: which old units became which new units, and how. */
export interface DiffEntry {
  kind: EntryKind;
  /** 0-based positions of the old units (empty for `added`). */
  old: number[];
  /** 0-based positions of the new units (empty for `removed`). */
  new: number[];
  /** One per compared text (see `DiffUnit.texts`). */
  fields: FieldDiff[];
  /** Similarity of the matched keys in [0, 1] (1 for equal, 0 for added and removed). */
  similarity: number;
  /** Ids of the old and new units (bead ids), when the units have ids. */
  ids?: { old: string[]; new: string[] };
}

/** Counts of a diff, and the share of words that changed. */
export interface DiffSummary {
  counts: Record<ChangeKind, number>;
  /** Units on each side. */
  oldUnits: number;
  newUnits: number;
  /** Words removed from the old side plus words inserted in the new side (characters for Chinese and Japanese). */
  changedWords: number;
  /** Words of both sides. */
  totalWords: number;
  /** 100 × changedWords / totalWords, rounded to one decimal (0 for two empty inputs). */
  changedWordsPercent: number;
}

/** The result of comparing two sequences. */
export interface DiffResult {
  /** Entries in new-document order; each old and each new position occurs in exactly one entry. */
  entries: DiffEntry[];
  summary: DiffSummary;
  /** Languages of the fields, in `DiffUnit.texts` order. */
  langs: string[];
}

/** Options of the matcher. */
export interface MatchOptions {
  /** Languages of the fields, in `DiffUnit.texts` order (decides word splitting and joining). */
  langs: string[];
  /**
   * Minimum similarity of two keys for an edit to count as *changed* rather than removed + added.
   * @default 0.5
   */
  threshold?: number;
  /**
   * Minimum similarity for a removed and an added unit far apart to count as one *moved* unit.
   * @default 0.75
   */
  moveThreshold?: number;
}
