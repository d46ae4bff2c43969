/**
 * Dynamic programming over the band: the Viterbi path (the alignment) and, with forward-backward,
 * the posterior probability of each of its beads (the confidence).
 *
 * Unmatched sentences come in runs (picture captions, OCR debris, an untranslated passage, page
 * chrome), so a 1-0 or 0-1 bead that continues a run of its own kind costs less than one that
 * opens a run, as gaps do in sequence alignment. Without this, k inserted lines cost k times the
 * 0-1 prior and the search prefers smearing them over the neighbouring beads as 1-3 / 1-4 merges.
 * Each node therefore has three states: reached by a bead with both sides, by a 1-0, by a 0-1.
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

/** Log-odds bonus of a 1-0 / 0-1 bead that follows one of the same kind (a run goes on). */
export const GAP_EXTENSION_BONUS = 3;

const SHAPES = BEAD_SHAPES.length;
const SOURCE_STEP = Int32Array.from(BEAD_SHAPES, (shape) => shape.source);
const TARGET_STEP = Int32Array.from(BEAD_SHAPES, (shape) => shape.target);
/** State a shape leads to: 0 a bead with both sides, 1 a deletion (1-0), 2 an insertion (0-1). */
const STATE_OF = Int8Array.from(BEAD_SHAPES, (shape) => (shape.target === 0 ? 1 : shape.source === 0 ? 2 : 0));
const STATES = 3;

/**
 * Beyond this difference the smaller term adds less than exp(-40) ≈ 4e-18 to the sum: below the
 * precision of any log-probability the lattice holds, so it is dropped.
 */
const NEGLIGIBLE_LOG_DIFFERENCE = 40;
/**
 * log1p(exp(-d)) for d in [0, 40], tabulated: forward-backward asks for it tens of millions of times,
 * and exp plus log1p cost more than the rest of the pass. Linear interpolation at this step is off
 * by less than 1e-6 (the second derivative is at most 1/4), far below what a confidence shows.
 */
const LOG_ADD_STEPS_PER_UNIT = 256;
const LOG_ADD_TABLE = Float64Array.from({ length: NEGLIGIBLE_LOG_DIFFERENCE * LOG_ADD_STEPS_PER_UNIT + 2 }, (_, k) => Math.log1p(Math.exp(-k / LOG_ADD_STEPS_PER_UNIT)));

/** log(exp(x) + exp(y)). */
export function logAddExp(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  const larger = x > y ? x : y;
  const position = (x > y ? x - y : y - x) * LOG_ADD_STEPS_PER_UNIT;
  if (position >= NEGLIGIBLE_LOG_DIFFERENCE * LOG_ADD_STEPS_PER_UNIT) return larger;
  const k = position | 0;
  const fraction = position - k;
  return larger + LOG_ADD_TABLE[k]! + fraction * (LOG_ADD_TABLE[k + 1]! - LOG_ADD_TABLE[k]!);
}

/** Per-state arrays over the band's nodes, state-major: value of node n in state s at s·size + n. */
interface Lattice {
  band: Band;
  size: number;
  /** Best score reaching (node, state), and the shape of its last bead. */
  best: Float64Array;
  back: Int8Array;
  /** For gap states: whether the best arrival extended a run (1) or opened one (0). */
  extended: Uint8Array;
  bonus: number;
}

/** The shapes with sentences on both sides, and the 1-0 and 0-1 shapes (states 1 and 2). */
const BOTH_SIDES = Int32Array.from(BEAD_SHAPES.flatMap((shape, k) => (shape.source > 0 && shape.target > 0 ? [k] : [])));
const DELETION = BEAD_SHAPES.findIndex((shape) => shape.source === 1 && shape.target === 0);
const INSERTION = BEAD_SHAPES.findIndex((shape) => shape.source === 0 && shape.target === 1);

/**
 * Relaxes the gap bead `shape` (1-0 or 0-1) from `previous` into `node`: it opens a run, or extends
 * one for the bonus. Returns whether the bead can be taken at all.
 */
function arriveByGap(lattice: Lattice, scores: Float32Array | undefined, nodeScores: Float64Array, shape: number, node: number, previous: number): boolean {
  const score = nodeScores[shape]!;
  if (score === -Infinity) return false;
  const { best, size, bonus } = lattice;
  const state = STATE_OF[shape]!;
  const opened = bestExcept(best, size, previous, state);
  const running = best[state * size + previous]! + bonus;
  if (opened === -Infinity && running === -Infinity) return false;
  if (scores) scores[node * SHAPES + shape] = score;
  const isRun = running > opened;
  const at = state * size + node;
  best[at] = (isRun ? running : opened) + score;
  lattice.back[at] = shape;
  lattice.extended[at] = isRun ? 1 : 0;
  return true;
}

/** Slots of the forward terms scratch: state-0 terms from 0, then the 1-0 term, the 0-1 term and the scaled run bonus. */
const DELETION_TERM = BOTH_SIDES.length + 1;
const INSERTION_TERM = DELETION_TERM + 1;
const SCALED_BONUS_TERM = INSERTION_TERM + 1;
const FORWARD_TERMS = SCALED_BONUS_TERM + 1;

/**
 * Sums a node's forward terms by state and stores the mass entering each state from it; a 1-0
 * after a 1-0 (a 0-1 after a 0-1) gets the run bonus. Numbers travel in the typed arrays: passed
 * or returned one by one they would be boxed on every node, the search being too large to inline this.
 */
function foldForward(into: Float64Array, size: number, node: number, terms: Float64Array, bothSides: number): void {
  let forward0 = -Infinity;
  for (let q = 0; q < bothSides; q++) forward0 = logAddExp(forward0, terms[q]!);
  const forward1 = terms[DELETION_TERM]!;
  const forward2 = terms[INSERTION_TERM]!;
  const scaledBonus = terms[SCALED_BONUS_TERM]!;
  const forward01 = logAddExp(forward0, forward1);
  into[node] = logAddExp(forward01, forward2);
  into[size + node] = logAddExp(logAddExp(forward0, forward2), forward1 + scaledBonus);
  into[2 * size + node] = logAddExp(forward01, forward2 + scaledBonus);
}

/** Best score at a node over the states other than `except` (-1: over all). */
function bestExcept(best: Float64Array, size: number, node: number, except: number): number {
  const a = except === 0 ? -Infinity : best[node]!;
  const b = except === 1 ? -Infinity : best[size + node]!;
  const c = except === 2 ? -Infinity : best[2 * size + node]!;
  return a > b ? (a > c ? a : c) : b > c ? b : c;
}

function argBestExcept(lattice: Lattice, node: number, except: number): number {
  let state = -1;
  let value = -Infinity;
  for (let s = 0; s < STATES; s++) {
    if (s !== except && lattice.best[s * lattice.size + node]! > value) {
      value = lattice.best[s * lattice.size + node]!;
      state = s;
    }
  }
  return state;
}

/**
 * Finds the best path through the band.
 * @param temperature divides scores in the forward-backward pass; undefined skips the posteriors
 */
export function searchLattice(band: Band, scorer: BeadScorer, temperature?: number, bonus = GAP_EXTENSION_BONUS): PathBead[] {
  // Node indices as small integers: the band's offsets are stored as doubles, and a double passed
  // to a call is boxed. (A band holds far fewer than 2^31 nodes: its arrays would not fit in memory.)
  const size = bandSize(band) | 0;
  const lattice: Lattice = { band, size, best: new Float64Array(size * STATES).fill(-Infinity), back: new Int8Array(size * STATES).fill(-1), extended: new Uint8Array(size * STATES), bonus };
  const { best, back } = lattice;
  const scores = temperature !== undefined ? new Float32Array(size * SHAPES).fill(-Infinity) : undefined;
  const { lo, hi, offset } = band;
  const nodeScores = new Float64Array(SHAPES);
  // Best score at each node over its three states, set once the node is done: most beads start
  // from any state, and this spares three reads and two comparisons per bead.
  const bestOfNode = new Float64Array(size);
  // With posteriors, the forward sums go along with the search (same nodes, same beads, same order):
  // into[s·size + node] is the log-sum of the mass entering a bead that leads to state s from node.
  const into = temperature !== undefined ? new Float64Array(size * STATES) : undefined;
  const forwardTerms = new Float64Array(FORWARD_TERMS);
  forwardTerms[SCALED_BONUS_TERM] = temperature !== undefined ? bonus / temperature : 0;
  best[0] = 0;
  for (let i = 0; i <= band.n; i++) {
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    const rowOffset = offset[i]! | 0;
    for (let j = rowLo; j <= rowHi; j++) {
      const node = rowOffset + j - rowLo;
      scorer.scoreNode(i, j, nodeScores);
      // State 0: beads with both sides, which may follow any state.
      let best0 = node === 0 ? 0 : -Infinity;
      let back0 = -1;
      // The terms of this node's forward sums (see foldForward), in the order the beads are tried.
      let terms = 0;
      if (node === 0) forwardTerms[terms++] = 0;
      forwardTerms[DELETION_TERM] = -Infinity;
      forwardTerms[INSERTION_TERM] = -Infinity;
      for (let q = 0; q < BOTH_SIDES.length; q++) {
        const k = BOTH_SIDES[q]!;
        const score = nodeScores[k]!;
        // -Infinity: the bead would start before the origin (or cannot be; it would never win).
        if (score === -Infinity) continue;
        const pi = i - SOURCE_STEP[k]!;
        const pj = j - TARGET_STEP[k]!;
        const previousLo = lo[pi]!;
        if (pj < previousLo || pj > hi[pi]!) continue;
        const previous = (offset[pi]! + pj - previousLo) | 0;
        const opened = bestOfNode[previous]!;
        if (opened === -Infinity) continue;
        if (scores && into) {
          scores[node * SHAPES + k] = score;
          forwardTerms[terms++] = into[previous]! + scores[node * SHAPES + k]! / temperature!;
        }
        if (opened + score > best0) {
          best0 = opened + score;
          back0 = k;
        }
      }
      best[node] = best0;
      back[node] = back0;
      // States 1 and 2: one shape each (1-0, 0-1), which opens a run or goes on with one.
      if (i > 0 && j >= lo[i - 1]! && j <= hi[i - 1]!) {
        const previous = (offset[i - 1]! + j - lo[i - 1]!) | 0;
        if (arriveByGap(lattice, scores, nodeScores, DELETION, node, previous) && scores && into) forwardTerms[DELETION_TERM] = into[size + previous]! + scores[node * SHAPES + DELETION]! / temperature!;
      }
      if (j > rowLo && arriveByGap(lattice, scores, nodeScores, INSERTION, node, node - 1) && scores && into) forwardTerms[INSERTION_TERM] = into[2 * size + node - 1]! + scores[node * SHAPES + INSERTION]! / temperature!;
      // The best over the three states, read here rather than returned by a call (which would box it).
      const best1 = best[size + node]!;
      const best2 = best[2 * size + node]!;
      bestOfNode[node] = best0 > best1 ? (best0 > best2 ? best0 : best2) : best1 > best2 ? best1 : best2;
      if (into) foldForward(into, size, node, forwardTerms, terms);
    }
  }
  // The total mass reaches the corner in any state: the mass "entering state 0" from it.
  const posteriors = scores && into ? { into, backward: backwardSums(band, scores, temperature!, bonus), total: into[size - 1]!, temperature: temperature! } : undefined;
  return traceBack(lattice, scores, posteriors);
}

/** Forward and backward log sums per state, and the total. */
interface Posteriors {
  /** Log-sum of the forward mass entering a bead that leads to state s from node (at s·size + node). */
  into: Float64Array;
  backward: Float64Array;
  total: number;
  temperature: number;
}

/** Backward log sums of every node and state over the band (the forward ones come with the search). */
function backwardSums(band: Band, scores: Float32Array, temperature: number, bonus: number): Float64Array {
  const size = bandSize(band) | 0;
  const { lo, hi, offset, n } = band;
  const scaledBonus = bonus / temperature;
  // backward[s·size + node]: log-sum of every completion from node when it was reached in state s.
  // Completions by a bead with both sides do not depend on s; a 1-0 or 0-1 gets the bonus from its own state.
  const backward = new Float64Array(size * STATES).fill(-Infinity);
  for (let s = 0; s < STATES; s++) backward[s * size + size - 1] = 0;
  const sums = Float64Array.of(-Infinity, -Infinity, -Infinity, scaledBonus);
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const node = (offset[i]! + j - lo[i]!) | 0;
      let common = -Infinity;
      let deletion = -Infinity;
      let insertion = -Infinity;
      for (let k = 0; k < SHAPES; k++) {
        const ni = i + SOURCE_STEP[k]!;
        const nj = j + TARGET_STEP[k]!;
        if (ni > n || nj < lo[ni]! || nj > hi[ni]!) continue;
        const following = offset[ni]! + nj - lo[ni]!;
        const score = scores[following * SHAPES + k]!;
        const state = STATE_OF[k]!;
        const rest = backward[state * size + following]!;
        if (score === -Infinity || rest === -Infinity) continue;
        const step = rest + score / temperature;
        // One shape leads to each gap state, so those take a single term.
        if (state === 0) common = logAddExp(common, step);
        else if (state === 1) deletion = step;
        else insertion = step;
      }
      if (node === size - 1) continue;
      // Folded by a call that takes them in an array: numbers passed one by one would be boxed.
      sums[0] = common;
      sums[1] = deletion;
      sums[2] = insertion;
      foldBackward(backward, size, node, sums);
    }
  }
  return backward;
}

/** Stores the backward sums of a node in each state from its completions (sums: both sides, 1-0, 0-1, scaled bonus). */
function foldBackward(backward: Float64Array, size: number, node: number, sums: Float64Array): void {
  const common = sums[0]!;
  const deletion = sums[1]!;
  const insertion = sums[2]!;
  const scaledBonus = sums[3]!;
  const commonOrDeletion = logAddExp(common, deletion);
  backward[node] = logAddExp(commonOrDeletion, insertion);
  backward[size + node] = logAddExp(logAddExp(common, deletion + scaledBonus), insertion);
  backward[2 * size + node] = logAddExp(commonOrDeletion, insertion + scaledBonus);
}

function traceBack(lattice: Lattice, scores: Float32Array | undefined, posteriors: Posteriors | undefined): PathBead[] {
  const { band, size, best, back, extended } = lattice;
  const beads: PathBead[] = [];
  let i = band.n;
  let j = band.m;
  let state = argBestExcept(lattice, size - 1, -1);
  while (i > 0 || j > 0) {
    const node = band.offset[i]! + j - band.lo[i]!;
    const at = state * size + node;
    const k = back[at]!;
    const pi = i - SOURCE_STEP[k]!;
    const pj = j - TARGET_STEP[k]!;
    const previous = band.offset[pi]! + pj - band.lo[pi]!;
    const previousState = extended[at] === 1 ? state : argBestExcept(lattice, previous, state === 0 ? -1 : state);
    let posterior = Number.NaN;
    if (scores && posteriors) {
      const { into, backward, total, temperature } = posteriors;
      posterior = Math.exp(into[state * size + previous]! + scores[node * SHAPES + k]! / temperature + backward[at]! - total);
    }
    const previousBest = best[previousState * size + previous]!;
    beads.push({ sourceStart: pi, sourceEnd: i, targetStart: pj, targetEnd: j, shapeIndex: k, score: best[at]! - previousBest, posterior: Math.min(1, posterior) });
    i = pi;
    j = pj;
    state = previousState;
  }
  return beads.reverse();
}
