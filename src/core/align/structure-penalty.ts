/**
 * Soft anchors from the document's structure: a bead should not run across a paragraph boundary,
 * pair a heading with a sentence, merge a speaker label into its neighbours, or pair page chrome
 * with text. The DP asks for this millions of times, so each side's structure is summarised once
 * as prefix counts and a bead's penalty costs O(1) whatever its size.
 */

/** Codes of segment kinds in `Structure.kind`. */
export const KIND_CODE = { sentence: 0, heading: 1, speaker: 2, chrome: 3 } as const;

/** Paragraph starts and segment kinds of each sentence (from the segmenter or the given lines). */
export interface Structure {
  paragraphStart: Uint8Array;
  /** A `KIND_CODE` per sentence. */
  kind: Uint8Array;
}

/** Penalty for a bead that runs across a paragraph boundary on one side. */
const PARAGRAPH_CROSSING_PENALTY = 3;
/** Penalty for a bead that starts a paragraph on one side only. */
const PARAGRAPH_MISMATCH_PENALTY = 1;
/** Penalty for pairing a heading (or speaker label) with a sentence. */
const HEADING_MISMATCH_PENALTY = 2;
/** Penalty per heading or speaker label merged with other segments on its side. */
const LABEL_MERGE_PENALTY = 3;
/** Penalty per chrome line (a pager, sharing links) paired with something that is not chrome. */
const CHROME_PAIR_PENALTY = 6;

/** One side's structure with prefix counts: `xBefore[k]` counts sentences 0..k-1. */
export interface StructureSummary {
  structure: Structure;
  paragraphStartsBefore: Int32Array;
  chromeBefore: Int32Array;
  /** Segments that are neither sentences nor chrome (headings, speaker labels). */
  labelsBefore: Int32Array;
}

/** Prefix counts of one side's structure. */
export function summarizeStructure(structure: Structure): StructureSummary {
  const count = structure.kind.length;
  const paragraphStartsBefore = new Int32Array(count + 1);
  const chromeBefore = new Int32Array(count + 1);
  const labelsBefore = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) {
    const kind = structure.kind[k]!;
    paragraphStartsBefore[k + 1] = paragraphStartsBefore[k]! + structure.paragraphStart[k]!;
    chromeBefore[k + 1] = chromeBefore[k]! + (kind === KIND_CODE.chrome ? 1 : 0);
    labelsBefore[k + 1] = labelsBefore[k]! + (kind !== KIND_CODE.chrome && kind !== KIND_CODE.sentence ? 1 : 0);
  }
  return { structure, paragraphStartsBefore, chromeBefore, labelsBefore };
}

/** Penalty of a bead with both sides over source sentences [i0, i1) and target sentences [j0, j1). */
export function structurePenalty(s: StructureSummary, i0: number, i1: number, t: StructureSummary, j0: number, j1: number): number {
  // Paragraph starts strictly inside the bead: sentences i0+1 .. i1-1.
  let penalty = (s.paragraphStartsBefore[i1]! - s.paragraphStartsBefore[i0 + 1]!) * PARAGRAPH_CROSSING_PENALTY;
  penalty += (t.paragraphStartsBefore[j1]! - t.paragraphStartsBefore[j0 + 1]!) * PARAGRAPH_CROSSING_PENALTY;
  if (s.structure.paragraphStart[i0] !== t.structure.paragraphStart[j0]) penalty += PARAGRAPH_MISMATCH_PENALTY;
  if ((s.structure.kind[i0] === KIND_CODE.sentence) !== (t.structure.kind[j0] === KIND_CODE.sentence)) penalty += HEADING_MISMATCH_PENALTY;
  return penalty + kindPenalty(s, i0, i1, t, j0, j1) + kindPenalty(t, j0, j1, s, i0, i1);
}

/**
 * Penalties for the kinds on one side of a bead: chrome paired with no chrome on the other side;
 * a label (or chrome paired with chrome) merged with other segments of its side.
 */
function kindPenalty(side: StructureSummary, start: number, end: number, other: StructureSummary, otherStart: number, otherEnd: number): number {
  const chrome = side.chromeBefore[end]! - side.chromeBefore[start]!;
  const labels = side.labelsBefore[end]! - side.labelsBefore[start]!;
  const otherHasChrome = other.chromeBefore[otherEnd]! - other.chromeBefore[otherStart]! > 0;
  const isMerged = end - start > 1;
  let penalty = isMerged ? labels * LABEL_MERGE_PENALTY : 0;
  if (!otherHasChrome) penalty += chrome * CHROME_PAIR_PENALTY;
  else if (isMerged) penalty += chrome * LABEL_MERGE_PENALTY;
  return penalty;
}

/**
 * The parts of the structure penalty that depend on one side only, for the spans of 1..maxSpan
 * sentences that end at one position: the DP scores every bead ending at a node together, and
 * those beads share the spans. `spanPenalty` combines two of them into `structurePenalty`'s value.
 */
export class SpanStructure {
  /** Indexed by span length; entry 0 is unused. */
  readonly crossing: Int32Array;
  readonly startsParagraph: Uint8Array;
  readonly isSentence: Uint8Array;
  readonly chrome: Int32Array;
  readonly labels: Int32Array;

  constructor(readonly maxSpan: number) {
    this.crossing = new Int32Array(maxSpan + 1);
    this.startsParagraph = new Uint8Array(maxSpan + 1);
    this.isSentence = new Uint8Array(maxSpan + 1);
    this.chrome = new Int32Array(maxSpan + 1);
    this.labels = new Int32Array(maxSpan + 1);
  }

  /** Fills the parts of the spans [end - x, end) for x = 1 .. min(maxSpan, end). */
  fill(side: StructureSummary, end: number): void {
    const { paragraphStartsBefore, chromeBefore, labelsBefore, structure } = side;
    for (let x = 1; x <= this.maxSpan && x <= end; x++) {
      const start = end - x;
      this.crossing[x] = (paragraphStartsBefore[end]! - paragraphStartsBefore[start + 1]!) * PARAGRAPH_CROSSING_PENALTY;
      this.startsParagraph[x] = structure.paragraphStart[start]!;
      this.isSentence[x] = structure.kind[start] === KIND_CODE.sentence ? 1 : 0;
      this.chrome[x] = chromeBefore[end]! - chromeBefore[start]!;
      this.labels[x] = labelsBefore[end]! - labelsBefore[start]!;
    }
  }
}

/** `structurePenalty` of the bead made of source span x and target span y (filled by `SpanStructure.fill`). */
export function spanPenalty(source: SpanStructure, x: number, target: SpanStructure, y: number): number {
  let penalty = source.crossing[x]! + target.crossing[y]!;
  if (source.startsParagraph[x] !== target.startsParagraph[y]) penalty += PARAGRAPH_MISMATCH_PENALTY;
  if (source.isSentence[x] !== target.isSentence[y]) penalty += HEADING_MISMATCH_PENALTY;
  return penalty + spanKindPenalty(source.chrome[x]!, source.labels[x]!, x > 1, target.chrome[y]! > 0) + spanKindPenalty(target.chrome[y]!, target.labels[y]!, y > 1, source.chrome[x]! > 0);
}

/** `kindPenalty` from a span's counts. */
function spanKindPenalty(chrome: number, labels: number, isMerged: boolean, otherHasChrome: boolean): number {
  let penalty = isMerged ? labels * LABEL_MERGE_PENALTY : 0;
  if (!otherHasChrome) penalty += chrome * CHROME_PAIR_PENALTY;
  else if (isMerged) penalty += chrome * LABEL_MERGE_PENALTY;
  return penalty;
}
