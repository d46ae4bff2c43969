/**
 * Dynamic programming over the band: the Viterbi path (the alignment) and, with forward-backward,
 * the posterior probability of each of its beads (the confidence).
 */
import { BEAD_SHAPES } from './bead-shapes.js';
import type { Band } from './band.js';
import { bandSize } from './band.js';
import type { BeadScorer } from './scorer.js';

/** One bead of the best path, as half-open sentence ranges. */
export interface PathBead {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  shapeIndex: number;
  score: number;
  /** Posterior probability of the bead (NaN when not computed). */
  posterior: number;
}

function logAddExp(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
}

/**
 * Finds the best path through the band.
 * @param temperature divides scores in the forward-backward pass; undefined skips the posteriors
 */
export function searchLattice(band: Band, scorer: BeadScorer, temperature?: number): PathBead[] {
  const shapes = BEAD_SHAPES.length;
  const size = bandSize(band);
  const best = new Float64Array(size).fill(-Infinity);
  const back = new Int8Array(size).fill(-1);
  const withPosterior = temperature !== undefined;
  const forward = withPosterior ? new Float64Array(size).fill(-Infinity) : undefined;
  const scores = withPosterior ? new Float32Array(size * shapes).fill(-Infinity) : undefined;
  const { lo, hi, offset } = band;
  best[0] = 0;
  if (forward) forward[0] = 0;
  for (let i = 0; i <= band.n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const node = offset[i]! + j - lo[i]!;
      for (let k = 0; k < shapes; k++) {
        const pi = i - BEAD_SHAPES[k]!.source;
        const pj = j - BEAD_SHAPES[k]!.target;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const previous = offset[pi]! + pj - lo[pi]!;
        if (best[previous] === -Infinity) continue;
        const score = scorer.score(i, j, k);
        const candidate = best[previous]! + score;
        if (candidate > best[node]!) {
          best[node] = candidate;
          back[node] = k;
        }
        if (forward && scores) {
          scores[node * shapes + k] = score;
          forward[node] = logAddExp(forward[node]!, forward[previous]! + score / temperature!);
        }
      }
    }
  }
  const backward = forward && scores ? backwardPass(band, scores, temperature!) : undefined;
  return traceBack(band, best, back, scores, forward, backward, temperature);
}

function backwardPass(band: Band, scores: Float32Array, temperature: number): Float64Array {
  const shapes = BEAD_SHAPES.length;
  const { lo, hi, offset, n } = band;
  const backward = new Float64Array(bandSize(band)).fill(-Infinity);
  backward[bandSize(band) - 1] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const node = offset[i]! + j - lo[i]!;
      let total = backward[node]!;
      for (let k = 0; k < shapes; k++) {
        const ni = i + BEAD_SHAPES[k]!.source;
        const nj = j + BEAD_SHAPES[k]!.target;
        if (ni > n || nj < lo[ni]! || nj > hi[ni]!) continue;
        const following = offset[ni]! + nj - lo[ni]!;
        const score = scores[following * shapes + k]!;
        if (score === -Infinity || backward[following] === -Infinity) continue;
        total = logAddExp(total, backward[following]! + score / temperature);
      }
      backward[node] = total;
    }
  }
  return backward;
}

function traceBack(
  band: Band,
  best: Float64Array,
  back: Int8Array,
  scores: Float32Array | undefined,
  forward: Float64Array | undefined,
  backward: Float64Array | undefined,
  temperature: number | undefined,
): PathBead[] {
  const beads: PathBead[] = [];
  const total = forward ? forward[bandSize(band) - 1]! : 0;
  let i = band.n;
  let j = band.m;
  while (i > 0 || j > 0) {
    const node = band.offset[i]! + j - band.lo[i]!;
    const k = back[node]!;
    const shape = BEAD_SHAPES[k]!;
    const pi = i - shape.source;
    const pj = j - shape.target;
    const previous = band.offset[pi]! + pj - band.lo[pi]!;
    let posterior = Number.NaN;
    if (scores && forward && backward && temperature !== undefined) {
      posterior = Math.exp(forward[previous]! + scores[node * BEAD_SHAPES.length + k]! / temperature + backward[node]! - total);
    }
    beads.push({ sourceStart: pi, sourceEnd: i, targetStart: pj, targetEnd: j, shapeIndex: k, score: best[node]! - best[previous]!, posterior: Math.min(1, posterior) });
    i = pi;
    j = pj;
  }
  return beads.reverse();
}
