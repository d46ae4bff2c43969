/**
 * The Gale-Church length model: a target span's length is normal around c·(source length) with
 * variance s²·(mean length). Both c and s² are estimated from the document pair itself, since
 * character counts differ wildly between languages (Chinese is about a quarter of English).
 */

/** Parameters of the length model. */
export interface LengthModel {
  /** Expected target characters per source character. */
  ratio: number;
  /** Variance per character of the length difference. */
  variance: number;
}

/** Gale & Church's variance for European languages at ratio 1. */
const GALE_CHURCH_VARIANCE = 6.8;

/** Initial model: the document's overall length ratio and a variance scaled to it. */
export function initialLengthModel(sourceLengths: ArrayLike<number>, targetLengths: ArrayLike<number>): LengthModel {
  let source = 0;
  let target = 0;
  for (let i = 0; i < sourceLengths.length; i++) source += sourceLengths[i]!;
  for (let j = 0; j < targetLengths.length; j++) target += targetLengths[j]!;
  const ratio = source > 0 && target > 0 ? target / source : 1;
  return { ratio, variance: GALE_CHURCH_VARIANCE * ratio };
}

/**
 * Re-estimates the variance (and ratio) from the 1-1 beads of a first pass, as least squares over
 * the beads; falls back to `model` when there are too few.
 */
export function refineLengthModel(model: LengthModel, pairs: ReadonlyArray<readonly [number, number]>): LengthModel {
  if (pairs.length < 10) return model;
  let source = 0;
  let target = 0;
  for (const [l1, l2] of pairs) {
    source += l1;
    target += l2;
  }
  const ratio = source > 0 && target > 0 ? target / source : model.ratio;
  let squares = 0;
  let mass = 0;
  for (const [l1, l2] of pairs) {
    squares += (l2 - ratio * l1) ** 2;
    mass += (l1 + l2 / ratio) / 2;
  }
  const variance = mass > 0 ? squares / mass : model.variance;
  return { ratio, variance: Math.min(Math.max(variance, 0.5 * ratio), 60 * ratio) };
}

/** log(erfc(x)) for x ≥ 0, accurate in the far tail where erfc underflows. */
export function logErfc(x: number): number {
  if (x < 5) {
    // Abramowitz & Stegun 7.1.26 via erfc = t·exp(-x² + poly(t)) (Numerical Recipes erfcc).
    const t = 1 / (1 + 0.5 * x);
    const poly =
      -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    return Math.log(t) - x * x + poly;
  }
  return -x * x - Math.log(x * Math.sqrt(Math.PI)) + Math.log(1 - 1 / (2 * x * x));
}

// The DP asks for millions of tail probabilities: tabulate log P(|Z| ≥ δ) and interpolate.
// Exported for the scorer's node-at-once path, which reads the table inline (see addSpanLengthTerm).
export const TABLE_STEP = 0.01;
const TABLE_MAX = 60;
/** Positions (|δ| / TABLE_STEP) from which `logTwoSidedTail` leaves the table for `logErfc`. */
export const TABLE_LIMIT = TABLE_MAX / TABLE_STEP;
export const TAIL_TABLE = Float64Array.from({ length: TABLE_MAX / TABLE_STEP + 2 }, (_, k) => logErfc((k * TABLE_STEP) / Math.SQRT2));

/** log P(|Z| ≥ delta) for a standard normal Z. */
export function logTwoSidedTail(delta: number): number {
  const x = (delta < 0 ? -delta : delta) / TABLE_STEP;
  if (x >= TABLE_LIMIT) return logErfc((delta < 0 ? -delta : delta) / Math.SQRT2);
  const k = Math.floor(x);
  const fraction = x - k;
  return TAIL_TABLE[k]! * (1 - fraction) + TAIL_TABLE[k + 1]! * fraction;
}

/** log P(|δ| ≥ observed) for a bead of `sourceLength` and `targetLength` characters. */
export function lengthLogProbability(model: LengthModel, sourceLength: number, targetLength: number): number {
  const mean = (sourceLength + targetLength / model.ratio) / 2;
  if (mean === 0) return 0;
  return logTwoSidedTail((targetLength - model.ratio * sourceLength) / Math.sqrt(model.variance * mean));
}
