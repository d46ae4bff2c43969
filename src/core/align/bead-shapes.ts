/**
 * The bead shapes the aligner considers and their prior probabilities. The priors are a blend of
 * Gale & Church's figures (news, 89% 1-1) and literary translation (about 60% 1-1); they are only
 * a starting point: `reestimatePriors` adapts them to each document pair from the first pass.
 */

/** A bead shape: how many source and target sentences one bead takes. */
export interface BeadShape {
  source: number;
  target: number;
}

/** Every shape the DP tries, up to 1-4 / 4-1 and 2-2. */
export const BEAD_SHAPES: readonly BeadShape[] = [
  { source: 1, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
  { source: 2, target: 1 },
  { source: 1, target: 2 },
  { source: 2, target: 2 },
  { source: 3, target: 1 },
  { source: 1, target: 3 },
  { source: 4, target: 1 },
  { source: 1, target: 4 },
];

const DEFAULT_PRIORS: Readonly<Record<string, number>> = {
  '1-1': 0.8,
  '1-0': 0.01,
  '0-1': 0.01,
  '2-1': 0.065,
  '1-2': 0.065,
  '2-2': 0.01,
  '3-1': 0.012,
  '1-3': 0.012,
  '4-1': 0.003,
  '1-4': 0.003,
};

/** The `a-b` name of a shape, as used in priors and reports. */
export function shapeName(shape: BeadShape): string {
  return `${shape.source}-${shape.target}`;
}

/** Log priors of BEAD_SHAPES, in the same order. */
export function defaultLogPriors(): Float64Array {
  return Float64Array.from(BEAD_SHAPES, (shape) => Math.log(DEFAULT_PRIORS[shapeName(shape)] ?? 1e-4));
}

/**
 * Re-estimates the shape priors from the shapes a first pass chose, smoothed towards the defaults
 * (each default counts as `strength` pseudo-beads) so a short document cannot zero a shape out.
 */
export function reestimatePriors(shapeCounts: ArrayLike<number>, strength = 50): Float64Array {
  const defaults = defaultLogPriors();
  let total = strength;
  for (let k = 0; k < BEAD_SHAPES.length; k++) total += shapeCounts[k] ?? 0;
  return Float64Array.from(BEAD_SHAPES, (_, k) => Math.log(((shapeCounts[k] ?? 0) + strength * Math.exp(defaults[k]!)) / total));
}
