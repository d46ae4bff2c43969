/**
 * The score of one bead: one log-probability-like sum of the shape prior, the Gale-Church length
 * term, the lexical likelihood ratio (matched tokens are likely in translations, unmatched ones
 * are not) and soft paragraph / heading anchors.
 */
import { BEAD_SHAPES } from './bead-shapes.js';
import type { SideFeatures } from './features.js';
import type { LengthModel } from './length-model.js';
import { lengthLogProbability } from './length-model.js';
import { MAX_BEAD_SIDE } from './lexical-table.js';
import type { LexicalTable } from './lexical-table.js';

/** Every parameter of the bead score. */
export interface ScoringModel {
  logPriors: Float64Array;
  length: LengthModel;
  /** Weight of the lexical term against the length term. */
  lexicalWeight: number;
  /** Share of token weight that finds a match in a true translation (p1). */
  matchRate: number;
  /** Share that finds a match in an unrelated sentence (p0). */
  backgroundRate: number;
  /**
   * Score 1-0 / 0-1 beads without the Gale-Church length term (see GAP_LENGTH_TERM). Only where
   * lexical evidence holds gaps in check: with lengths alone, gaps would become too cheap.
   */
  neutralGaps?: boolean;
}

/** Codes of segment kinds in `Structure.kind`. */
export const KIND_CODE = { sentence: 0, heading: 1, speaker: 2, chrome: 3 } as const;

/** Paragraph starts and segment kinds of each sentence (from the segmenter or the given lines). */
export interface Structure {
  paragraphStart: Uint8Array;
  /** A `KIND_CODE` per sentence. */
  kind: Uint8Array;
}

/**
 * Length term of a 1-0 / 0-1 bead. The Gale-Church term scores a sentence against the empty
 * translation, which makes a 40-character caption as costly to leave out as a badly mismatched
 * pair, so the search merged unmatched lines into their neighbours instead. A sentence without a
 * counterpart carries no length evidence; it gets the length term a true bead gets on average:
 * for a true bead the two-sided tail probability is uniform on [0, 1], and E[log U] = -1.
 */
const GAP_LENGTH_TERM = -1;
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
/** Chrome is seldom translated: leaving it unaligned costs about what a 1-1 bead does. */
const CHROME_GAP_BONUS = 4;

/** Scores beads ending at a lattice node; built once per pass. */
export class BeadScorer {
  private readonly sourcePrefix: Float64Array;
  private readonly targetPrefix: Float64Array;
  /** Log-likelihood ratio of a matched / unmatched token, by sentences on the other side. */
  private readonly matchLog: Float64Array;
  private readonly missLog: Float64Array;

  constructor(
    private readonly source: SideFeatures,
    private readonly target: SideFeatures,
    private readonly table: LexicalTable | undefined,
    private readonly model: ScoringModel,
    private readonly sourceStructure?: Structure,
    private readonly targetStructure?: Structure,
  ) {
    this.sourcePrefix = prefixSums(source.lengths);
    this.targetPrefix = prefixSums(target.lengths);
    this.matchLog = new Float64Array(MAX_BEAD_SIDE + 1);
    this.missLog = new Float64Array(MAX_BEAD_SIDE + 1);
    for (let k = 1; k <= MAX_BEAD_SIDE; k++) {
      // A token compared with k sentences matches by chance more often: 1-(1-p0)^k, whether or
      // not the bead is a translation. Without this, merged beads collect spurious matches.
      const chance = 1 - (1 - model.backgroundRate) ** k;
      const translated = 1 - (1 - model.matchRate) * (1 - model.backgroundRate) ** (k - 1);
      this.matchLog[k] = model.lexicalWeight * Math.log(translated / chance);
      this.missLog[k] = model.lexicalWeight * Math.log((1 - translated) / (1 - chance));
    }
  }

  /** Score of the bead of shape `shapeIndex` that ends at node (i, j). */
  score(i: number, j: number, shapeIndex: number): number {
    const shape = BEAD_SHAPES[shapeIndex]!;
    const i0 = i - shape.source;
    const j0 = j - shape.target;
    const sourceLength = this.sourcePrefix[i]! - this.sourcePrefix[i0]!;
    const targetLength = this.targetPrefix[j]! - this.targetPrefix[j0]!;
    const isGap = shape.source === 0 || shape.target === 0;
    let score = this.model.logPriors[shapeIndex]! + (isGap && this.model.neutralGaps === true ? GAP_LENGTH_TERM : lengthLogProbability(this.model.length, sourceLength, targetLength));
    if (shape.source > 0 && shape.target > 0) {
      if (this.table) score += this.lexical(i0, i, j0, j);
      score -= this.structurePenalty(i0, i, j0, j);
    } else if (isGap) score += this.chromeGapBonus(i0, j0, shape.source > 0);
    return score;
  }

  /** Lexical log-likelihood ratio of a bead (translation vs unrelated sentences). */
  lexical(i0: number, i1: number, j0: number, j1: number): number {
    this.measure(i0, i1, j0, j1);
    const sourceK = j1 - j0;
    const targetK = i1 - i0;
    return (
      this.sourceMatched * this.matchLog[sourceK]! +
      (this.sourceTotal - this.sourceMatched) * this.missLog[sourceK]! +
      this.targetMatched * this.matchLog[targetK]! +
      (this.targetTotal - this.targetMatched) * this.missLog[targetK]!
    );
  }

  /** Token weight of a bead that found a match on the other side, and its total token weight. */
  coverage(i0: number, i1: number, j0: number, j1: number): [number, number] {
    this.measure(i0, i1, j0, j1);
    return [this.sourceMatched + this.targetMatched, this.sourceTotal + this.targetTotal];
  }

  // Results of `measure`, kept in fields because this runs millions of times per alignment.
  private sourceMatched = 0;
  private sourceTotal = 0;
  private targetMatched = 0;
  private targetTotal = 0;

  private measure(i0: number, i1: number, j0: number, j1: number): void {
    this.sourceMatched = this.sourceTotal = this.targetMatched = this.targetTotal = 0;
    const table = this.table;
    if (!table) return;
    const { cellLo, cellHi, cellOffset, sourceMatched, targetMatched } = table;
    for (let a = i0; a < i1; a++) {
      let sum = 0;
      for (let b = j0; b < j1; b++) if (b >= cellLo[a]! && b <= cellHi[a]!) sum += sourceMatched[cellOffset[a]! + b - cellLo[a]!]!;
      const mass = this.source.mass[a]!;
      this.sourceMatched += sum < mass ? sum : mass;
      this.sourceTotal += mass;
    }
    for (let b = j0; b < j1; b++) {
      let sum = 0;
      for (let a = i0; a < i1; a++) if (b >= cellLo[a]! && b <= cellHi[a]!) sum += targetMatched[cellOffset[a]! + b - cellLo[a]!]!;
      const mass = this.target.mass[b]!;
      this.targetMatched += sum < mass ? sum : mass;
      this.targetTotal += mass;
    }
  }

  private structurePenalty(i0: number, i1: number, j0: number, j1: number): number {
    const s = this.sourceStructure;
    const t = this.targetStructure;
    if (!s || !t) return 0;
    let penalty = 0;
    for (let a = i0 + 1; a < i1; a++) penalty += s.paragraphStart[a]! * PARAGRAPH_CROSSING_PENALTY;
    for (let b = j0 + 1; b < j1; b++) penalty += t.paragraphStart[b]! * PARAGRAPH_CROSSING_PENALTY;
    if (s.paragraphStart[i0] !== t.paragraphStart[j0]) penalty += PARAGRAPH_MISMATCH_PENALTY;
    if ((s.kind[i0] === KIND_CODE.sentence) !== (t.kind[j0] === KIND_CODE.sentence)) penalty += HEADING_MISMATCH_PENALTY;
    return penalty + kindPenalty(s.kind, i0, i1, t.kind, j0, j1) + kindPenalty(t.kind, j0, j1, s.kind, i0, i1);
  }

  private chromeGapBonus(i0: number, j0: number, isSource: boolean): number {
    const structure = isSource ? this.sourceStructure : this.targetStructure;
    return structure?.kind[isSource ? i0 : j0] === KIND_CODE.chrome ? CHROME_GAP_BONUS : 0;
  }
}

/** Penalties for the kinds on one side of a bead: labels merged with neighbours, chrome paired with text. */
function kindPenalty(kind: Uint8Array, start: number, end: number, otherKind: Uint8Array, otherStart: number, otherEnd: number): number {
  let penalty = 0;
  let otherHasChrome = false;
  for (let b = otherStart; b < otherEnd && !otherHasChrome; b++) otherHasChrome = otherKind[b] === KIND_CODE.chrome;
  for (let a = start; a < end; a++) {
    const code = kind[a]!;
    if (code === KIND_CODE.chrome && !otherHasChrome) penalty += CHROME_PAIR_PENALTY;
    else if (code !== KIND_CODE.sentence && end - start > 1) penalty += LABEL_MERGE_PENALTY;
  }
  return penalty;
}

function prefixSums(values: Float64Array): Float64Array {
  const prefix = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) prefix[k + 1] = prefix[k]! + values[k]!;
  return prefix;
}
