/**
 * The score of one bead: one log-probability-like sum of the shape prior, the Gale-Church length
 * term, the lexical likelihood ratio (matched tokens are likely in translations, unmatched ones
 * are not) and soft paragraph / heading anchors.
 */
import { BEAD_SHAPES } from './bead-shapes.js';
import type { SideFeatures } from './features.js';
import type { LengthModel } from './length-model.js';
import { TABLE_LIMIT, TABLE_STEP, TAIL_TABLE, lengthLogProbability, logTwoSidedTail } from './length-model.js';
import { MAX_BEAD_SIDE } from './lexical-table.js';
import type { LexicalTable } from './lexical-table.js';
import { COVERAGE_FIELDS, nodeCoverage } from './node-coverage.js';
import { KIND_CODE, SpanStructure, spanPenalty, structurePenalty, summarizeStructure } from './structure-penalty.js';
import type { Structure, StructureSummary } from './structure-penalty.js';

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

export { KIND_CODE } from './structure-penalty.js';
export type { Structure } from './structure-penalty.js';

/**
 * Length term of a 1-0 / 0-1 bead. The Gale-Church term scores a sentence against the empty
 * translation, which makes a 40-character caption as costly to leave out as a badly mismatched
 * pair, so the search merged unmatched lines into their neighbours instead. A sentence without a
 * counterpart carries no length evidence; it gets the length term a true bead gets on average:
 * for a true bead the two-sided tail probability is uniform on [0, 1], and E[log U] = -1.
 */
const GAP_LENGTH_TERM = -1;
/** Chrome is seldom translated: leaving it unaligned costs about what a 1-1 bead does. */
const CHROME_GAP_BONUS = 4;

/** Scores beads ending at a lattice node; built once per pass. */
export class BeadScorer {
  private readonly sourcePrefix: Float64Array;
  private readonly targetPrefix: Float64Array;
  /** Log-likelihood ratio of a matched / unmatched token, by sentences on the other side. */
  private readonly matchLog: Float64Array;
  private readonly missLog: Float64Array;
  private readonly logPriors: Float64Array;
  private readonly neutralGaps: boolean;
  private readonly sourceSummary: StructureSummary | undefined;
  private readonly targetSummary: StructureSummary | undefined;

  constructor(
    private readonly source: SideFeatures,
    private readonly target: SideFeatures,
    private readonly table: LexicalTable | undefined,
    private readonly model: ScoringModel,
    sourceStructure?: Structure,
    targetStructure?: Structure,
  ) {
    this.sourcePrefix = prefixSums(source.lengths);
    this.targetPrefix = prefixSums(target.lengths);
    this.logPriors = model.logPriors;
    this.neutralGaps = model.neutralGaps === true;
    const hasStructure = sourceStructure !== undefined && targetStructure !== undefined;
    this.sourceSummary = hasStructure ? summarizeStructure(sourceStructure) : undefined;
    this.targetSummary = hasStructure ? summarizeStructure(targetStructure) : undefined;
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
    const sourceCount = SOURCE_COUNT[shapeIndex]!;
    const targetCount = TARGET_COUNT[shapeIndex]!;
    const i0 = i - sourceCount;
    const j0 = j - targetCount;
    if (sourceCount === 0 || targetCount === 0) {
      const length = this.neutralGaps ? GAP_LENGTH_TERM : lengthLogProbability(this.model.length, this.sourcePrefix[i]! - this.sourcePrefix[i0]!, this.targetPrefix[j]! - this.targetPrefix[j0]!);
      return this.logPriors[shapeIndex]! + length + this.chromeGapBonus(i0, j0, sourceCount > 0);
    }
    let score = this.logPriors[shapeIndex]! + lengthLogProbability(this.model.length, this.sourcePrefix[i]! - this.sourcePrefix[i0]!, this.targetPrefix[j]! - this.targetPrefix[j0]!);
    if (this.table) score += this.lexical(i0, i, j0, j);
    if (this.sourceSummary && this.targetSummary) score -= structurePenalty(this.sourceSummary, i0, i, this.targetSummary, j0, j);
    return score;
  }

  private readonly coverage4 = new Float64Array(BEAD_SHAPES.length * COVERAGE_FIELDS);
  /** Characters of the last x source sentences before row `spanRow`, and of the last y target sentences before the node's column. */
  private readonly sourceSpanLength = new Float64Array(MAX_BEAD_SIDE + 1);
  private readonly targetSpanLength = new Float64Array(MAX_BEAD_SIDE + 1);
  /** The span lengths as `lengthLogProbability` scales them: ratio · source, target / ratio. */
  private readonly sourceSpanScaled = new Float64Array(MAX_BEAD_SIDE + 1);
  private readonly targetSpanScaled = new Float64Array(MAX_BEAD_SIDE + 1);
  private readonly sourceSpans = new SpanStructure(MAX_BEAD_SIDE);
  private readonly targetSpans = new SpanStructure(MAX_BEAD_SIDE);
  /** Row whose source spans are filled in (the DP walks a row's nodes one after the other). */
  private spanRow = -1;

  /**
   * Scores of every shape ending at node (i, j), into scores[shape]: the same values as `score`,
   * with the lexical sums, lengths and structure of the spans shared between shapes. -Infinity for
   * beads that would start before the origin.
   */
  scoreNode(i: number, j: number, scores: Float64Array): void {
    const coverage = this.coverage4;
    if (this.table) nodeCoverage(this.table, this.source.mass, this.target.mass, i, j, coverage);
    if (i !== this.spanRow) this.fillSourceSpans(i);
    this.fillTargetSpans(j);
    const hasStructure = this.sourceSummary !== undefined;
    // Each term is added into scores[shape] by a method that writes it there: the search is too large
    // for these to be inlined, and a number passed or returned by a call is boxed, millions of times.
    // The terms are added in the order of `score`, so the sums are the same.
    for (let shape = 0; shape < SOURCE_COUNT.length; shape++) {
      const sourceCount = SOURCE_COUNT[shape]!;
      const targetCount = TARGET_COUNT[shape]!;
      if (i < sourceCount || j < targetCount) {
        scores[shape] = -Infinity;
        continue;
      }
      scores[shape] = this.logPriors[shape]!;
      if (sourceCount === 0 || targetCount === 0) {
        if (this.neutralGaps) scores[shape] = scores[shape]! + GAP_LENGTH_TERM;
        else this.addSpanLengthTerm(scores, shape, sourceCount, targetCount);
        scores[shape] = scores[shape]! + this.chromeGapBonus(i - sourceCount, j - targetCount, sourceCount > 0);
        continue;
      }
      this.addSpanLengthTerm(scores, shape, sourceCount, targetCount);
      if (this.table) this.addLexicalRatio(scores, shape, coverage, shape * COVERAGE_FIELDS, sourceCount, targetCount);
      if (hasStructure) scores[shape] = scores[shape]! - spanPenalty(this.sourceSpans, sourceCount, this.targetSpans, targetCount);
    }
  }

  private fillSourceSpans(i: number): void {
    this.spanRow = i;
    for (let x = 1; x <= MAX_BEAD_SIDE && x <= i; x++) {
      this.sourceSpanLength[x] = this.sourcePrefix[i]! - this.sourcePrefix[i - x]!;
      this.sourceSpanScaled[x] = this.model.length.ratio * this.sourceSpanLength[x]!;
    }
    if (this.sourceSummary) this.sourceSpans.fill(this.sourceSummary, i);
  }

  private fillTargetSpans(j: number): void {
    for (let y = 1; y <= MAX_BEAD_SIDE && y <= j; y++) {
      this.targetSpanLength[y] = this.targetPrefix[j]! - this.targetPrefix[j - y]!;
      this.targetSpanScaled[y] = this.targetSpanLength[y]! / this.model.length.ratio;
    }
    if (this.targetSummary) this.targetSpans.fill(this.targetSummary, j);
  }

  /**
   * Adds `lengthLogProbability` of the spans of x source and y target sentences to scores[shape]:
   * the same arithmetic, from the scaled lengths, with `logTwoSidedTail`'s table read here (as a
   * call it would not be inlined into the search, and its result would be boxed every time).
   */
  private addSpanLengthTerm(scores: Float64Array, shape: number, x: number, y: number): void {
    const mean = (this.sourceSpanLength[x]! + this.targetSpanScaled[y]!) / 2;
    if (mean === 0) return;
    const delta = (this.targetSpanLength[y]! - this.sourceSpanScaled[x]!) / Math.sqrt(this.model.length.variance * mean);
    const position = (delta < 0 ? -delta : delta) / TABLE_STEP;
    if (position >= TABLE_LIMIT) {
      scores[shape] = scores[shape]! + logTwoSidedTail(delta);
      return;
    }
    const k = Math.floor(position);
    const fraction = position - k;
    scores[shape] = scores[shape]! + (TAIL_TABLE[k]! * (1 - fraction) + TAIL_TABLE[k + 1]! * fraction);
  }

  /** Adds `lexicalRatio` of the coverage at coverage[at .. at+3] to scores[shape]. */
  private addLexicalRatio(scores: Float64Array, shape: number, coverage: Float64Array, at: number, sourceCount: number, targetCount: number): void {
    const sourceMatched = coverage[at]!;
    const targetMatched = coverage[at + 2]!;
    scores[shape] =
      scores[shape]! +
      (sourceMatched * this.matchLog[targetCount]! +
      (coverage[at + 1]! - sourceMatched) * this.missLog[targetCount]! +
      targetMatched * this.matchLog[sourceCount]! +
      (coverage[at + 3]! - targetMatched) * this.missLog[sourceCount]!);
  }

  /** Lexical log-likelihood ratio of a bead (translation vs unrelated sentences). */
  lexical(i0: number, i1: number, j0: number, j1: number): number {
    const table = this.table;
    if (!table) return 0;
    const sourceMatched = matchedOfSource(table, this.source.mass, i0, i1, j0, j1);
    const sourceTotal = massOf(this.source.mass, i0, i1);
    const targetMatched = matchedOfTarget(table, this.target.mass, i0, i1, j0, j1);
    const targetTotal = massOf(this.target.mass, j0, j1);
    return this.lexicalRatio(sourceMatched, sourceTotal, targetMatched, targetTotal, i1 - i0, j1 - j0);
  }

  /** The ratio from a bead's matched and total weights; each side's token matches by chance more often the more sentences face it. */
  private lexicalRatio(sourceMatched: number, sourceTotal: number, targetMatched: number, targetTotal: number, sourceCount: number, targetCount: number): number {
    const sourceK = targetCount;
    const targetK = sourceCount;
    return (
      sourceMatched * this.matchLog[sourceK]! +
      (sourceTotal - sourceMatched) * this.missLog[sourceK]! +
      targetMatched * this.matchLog[targetK]! +
      (targetTotal - targetMatched) * this.missLog[targetK]!
    );
  }

  /** Token weight of a bead that found a match on the other side, and its total token weight. */
  coverage(i0: number, i1: number, j0: number, j1: number): [number, number] {
    const table = this.table;
    if (!table) return [0, 0];
    const matched = matchedOfSource(table, this.source.mass, i0, i1, j0, j1) + matchedOfTarget(table, this.target.mass, i0, i1, j0, j1);
    return [matched, massOf(this.source.mass, i0, i1) + massOf(this.target.mass, j0, j1)];
  }

  private chromeGapBonus(i0: number, j0: number, isSource: boolean): number {
    const summary = isSource ? this.sourceSummary : this.targetSummary;
    return summary?.structure.kind[isSource ? i0 : j0] === KIND_CODE.chrome ? CHROME_GAP_BONUS : 0;
  }
}

const SOURCE_COUNT = Int32Array.from(BEAD_SHAPES, (shape) => shape.source);
const TARGET_COUNT = Int32Array.from(BEAD_SHAPES, (shape) => shape.target);

/** Token weight of source sentences [i0, i1) matched in target sentences [j0, j1), each capped at its mass. */
function matchedOfSource(table: LexicalTable, mass: Float64Array, i0: number, i1: number, j0: number, j1: number): number {
  const { cellLo, cellHi, cellOffset, sourceMatched } = table;
  let matched = 0;
  for (let a = i0; a < i1; a++) {
    const lo = cellLo[a]!;
    const from = j0 > lo ? j0 : lo;
    const to = j1 - 1 < cellHi[a]! ? j1 - 1 : cellHi[a]!;
    const at = cellOffset[a]! - lo;
    let sum = 0;
    for (let b = from; b <= to; b++) sum += sourceMatched[at + b]!;
    const cap = mass[a]!;
    matched += sum < cap ? sum : cap;
  }
  return matched;
}

/** Token weight of target sentences [j0, j1) matched in source sentences [i0, i1), each capped at its mass. */
function matchedOfTarget(table: LexicalTable, mass: Float64Array, i0: number, i1: number, j0: number, j1: number): number {
  const { cellLo, cellHi, cellOffset, targetMatched } = table;
  let matched = 0;
  for (let b = j0; b < j1; b++) {
    let sum = 0;
    for (let a = i0; a < i1; a++) if (b >= cellLo[a]! && b <= cellHi[a]!) sum += targetMatched[cellOffset[a]! + b - cellLo[a]!]!;
    const cap = mass[b]!;
    matched += sum < cap ? sum : cap;
  }
  return matched;
}

/** Total token weight of sentences [start, end), summed in order as before (float64 sums of weights are exact). */
function massOf(mass: Float64Array, start: number, end: number): number {
  let total = 0;
  for (let k = start; k < end; k++) total += mass[k]!;
  return total;
}

function prefixSums(values: Float64Array): Float64Array {
  const prefix = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) prefix[k + 1] = prefix[k]! + values[k]!;
  return prefix;
}
