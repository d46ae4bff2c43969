/**
 * The bead shapes the aligner considers and their prior probabilities. The priors are a blend of
 * Gale & Church's figures (news, 89% 1-1) and literary translation (about 60% 1-1); they are only
 * starting point for the search, which the lexical evidence overrides.
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
  // Rarer than its share of gold beads: a 2-2 mostly wins where two 1-1 beads were right.
  '2-2': 0.003,
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
