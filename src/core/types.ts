/**
 * The data shared by every part of bitext: segments, aligner beads and the project model.
 * This file is the contract between segmentation, alignment, the project reducer, the review UI,
 * the exporters and diff: change it only with care (and update all of them).
 */

/** What a segment is, beyond plain sentences; the aligner uses kinds as anchors. */
export type SegmentKind = 'sentence' | 'heading' | 'speaker' | 'chrome';

/** One segment of a document, as produced by `segment()`. Offsets are UTF-16 code units. */
export interface Segment {
  /** The trimmed slice `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** 0-based index of the paragraph (blank-line separated block) the segment is in. */
  paragraph: number;
  kind: SegmentKind;
}

/**
 * One bead of an alignment, as produced by `align()`: source and target sentence indexes
 * (ascending, contiguous, possibly empty on one side).
 */
export interface Bead {
  source: number[];
  target: number[];
  /** Log-probability-like score of the bead under the aligner's model (higher is better). */
  score: number;
  /** Calibrated probability in [0, 1] that a human aligner would draw exactly this bead. */
  confidence: number;
}

/** Review status of a bead in a project. */
export type BeadStatus = 'auto' | 'confirmed' | 'excluded';

/** A segment inside a project: stable id, so beads and revisions can refer to it. */
export interface ProjectSegment {
  /** Unique within its side, never reused (e.g. "s12", "t7", "s12.1" after a split). */
  id: string;
  text: string;
  kind: SegmentKind;
  paragraph: number;
  /** The text as it came from the document, present only once the segment has been edited. */
  original?: string;
}

/** One document of a project: the source, or one translation. */
export interface ProjectDocument {
  /** BCP-47 language tag (en, zh-CN, fr ...). */
  lang: string;
  /** File name the document came from (for display and TMX props); not a path to reopen. */
  file: string;
  /** Segments in document order. */
  segments: ProjectSegment[];
}

/** A bead of a project: which segments of each side belong together, and its review state. */
export interface ProjectBead {
  /** Unique within its target, never reused ("b0", "b1", ...). */
  id: string;
  /** Source segment ids, in document order. */
  source: string[];
  /** Target segment ids, in document order. */
  target: string[];
  status: BeadStatus;
  /** The aligner's confidence when the bead was made; 1 for beads a person made or confirmed. */
  confidence: number;
  /** Reviewer's note, exported as a TMX <note>. */
  note?: string;
  /** Properties kept from an imported TMX (prop type → value), exported again. */
  props?: Record<string, string>;
}

/** One translation of the source and its alignment with the source. */
export interface ProjectTarget {
  document: ProjectDocument;
  /** Beads partition the source segments and the target segments, both in document order. */
  beads: ProjectBead[];
}

/** One recorded change, so any two revisions can be compared and a pair's history shown. */
export interface Revision {
  /** 1-based, increasing. Revision 0 is the project as created. */
  number: number;
  /** ISO 8601 time. */
  time: string;
  author: string;
  /** The reducer operation's type (e.g. "edit-segment", "merge-next", "confirm"). */
  operation: string;
  /** Target language the change applies to (the source side is shared by all targets). */
  lang: string;
  /** Side the operation touched. */
  side: 'source' | 'target' | 'both';
  /** Ids of the beads involved (after the change). */
  beads: string[];
  /** Segment texts before and after, for edits, merges and splits. */
  before?: string[];
  after?: string[];
  /** Ids of the segments whose text changed (edits, segment merges and splits), after the change. */
  segments?: string[];
  /** The status the beads were given (set-status, confirm-through). */
  status?: BeadStatus;
  /** The note that was set (set-note); absent when a note was removed. */
  note?: string;
}

/** Metadata of a project. */
export interface ProjectMeta {
  name: string;
  toolVersion: string;
  created: string;
  changed: string;
  author: string;
}

/** A bitext project: one source document, one or more aligned targets, and their revisions. */
export interface Project {
  format: 'bitext-project';
  version: 1;
  meta: ProjectMeta;
  source: ProjectDocument;
  targets: ProjectTarget[];
  revisions: Revision[];
}
