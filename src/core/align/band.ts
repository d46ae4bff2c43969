/**
 * The part of the DP lattice the aligner explores. Node (i, j) means "i source and j target
 * sentences consumed"; row i keeps the nodes lo[i] ≤ j ≤ hi[i]. A full band is the whole lattice;
 * a narrow band around a coarse path keeps time and memory linear in the document length.
 */

/** A monotone band of lattice nodes, stored row by row. */
export interface Band {
  /** Source sentence count (rows are 0..n). */
  n: number;
  /** Target sentence count (columns are 0..m). */
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  /** Flat index of node (i, lo[i]); offset[n + 1] is the node count. */
  offset: Float64Array;
}

/** Builds a band from row bounds, making them monotone and covering both corners. */
export function makeBand(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  // Rows must overlap, or no 1-0 bead could step from one to the next.
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(m, lo[i]!));
    hi[i] = Math.max(lo[i]!, Math.min(m, hi[i]!));
    offset[i + 1] = offset[i]! + hi[i]! - lo[i]! + 1;
  }
  return { n, m, lo, hi, offset };
}

/** The whole lattice. */
export function fullBand(n: number, m: number): Band {
  return makeBand(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m));
}

/** Number of nodes in a band. */
export function bandSize(band: Band): number {
  return band.offset[band.n + 1]!;
}

/** Flat index of node (i, j), or -1 when it lies outside the band. */
export function nodeIndex(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.n || j < band.lo[i]! || j > band.hi[i]!) return -1;
  return band.offset[i]! + j - band.lo[i]!;
}

/** How far the band reaches around a path: `radius` nodes, or `gapRadius` near its gaps. */
export interface BandReach {
  radius: number;
  /** Radius around a 1-0 / 0-1 step and the `gapSteps` steps on either side of it. */
  gapRadius: number;
  gapSteps: number;
}

/**
 * A band around a coarse path projected onto the fine lattice: each coarse step from node
 * (I, J) to (I', J') covers the fine rectangle [I·f, I'·f] × [J·f, J'·f]; the band is that
 * corridor widened by `radius` nodes in every direction. Where a passage is left out on one side,
 * the coarse path places the gap only roughly (its units are several sentences, matched mostly by
 * length), so the corridor is wider there.
 * @param path coarse path nodes, from (0, 0) to the coarse corner
 * @param factor fine sentences per coarse unit
 */
export function bandAroundPath(path: ReadonlyArray<readonly [number, number]>, n: number, m: number, factor: number, reach: BandReach): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const nearGap = stepsNearGaps(path, reach.gapSteps);
  for (let k = 1; k < path.length; k++) {
    const [i0, j0] = path[k - 1]!;
    const [i1, j1] = path[k]!;
    const radius = nearGap[k] === 1 ? reach.gapRadius : reach.radius;
    const rowStart = Math.max(0, Math.min(n, i0 * factor) - radius);
    const rowEnd = Math.min(n, Math.min(n, i1 * factor) + radius);
    const colStart = Math.min(m, j0 * factor) - radius;
    const colEnd = Math.min(m, j1 * factor) + radius;
    for (let i = rowStart; i <= rowEnd; i++) {
      if (colStart < lo[i]!) lo[i] = colStart;
      if (colEnd > hi[i]!) hi[i] = colEnd;
    }
  }
  return makeBand(n, m, lo, hi);
}

/** 1 for each step k (from path[k-1] to path[k]) within `reach` steps of a step that advances one side only. */
function stepsNearGaps(path: ReadonlyArray<readonly [number, number]>, reach: number): Uint8Array {
  const near = new Uint8Array(path.length);
  for (let k = 1; k < path.length; k++) {
    const isGap = path[k]![0] === path[k - 1]![0] || path[k]![1] === path[k - 1]![1];
    if (isGap) near.fill(1, Math.max(1, k - reach), Math.min(path.length, k + reach + 1));
  }
  return near;
}
