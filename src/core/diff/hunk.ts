/**
 * Pairing inside one hunk: the old units removed and the new units added between two runs of
 * identical units. A small dynamic programme finds the best mix of 1-1 (changed), 1-2 (split),
 * 2-1 (merged), 1-0 (removed) and 0-1 (added), so an edited sentence is reported as changed
 * instead of as a deletion plus an insertion.
 */
import { BugError } from '../errors.js';
import { containment, dice, mergeProfiles } from './similarity.js';
import type { BigramProfile } from './similarity.js';

/** One operation of a hunk; positions are relative to the hunk's removed and added lists. */
export interface HunkOp {
  kind: 'changed' | 'split' | 'merged' | 'removed' | 'added';
  old: number[];
  new: number[];
  similarity: number;
}

/** Hunks with more cells than this are not paired (removed + added, left to move detection). */
const MAX_HUNK_CELLS = 2_000_000;
/** Pairs are only tried this far from the hunk's diagonal, which keeps long hunks linear. */
const BAND = 64;

/** How the best path reached a cell of the table. */
const Step = { Removal: 1, Addition: 2, Change: 3, Split: 4, Merge: 5 } as const;
type Step = (typeof Step)[keyof typeof Step];

/** Everything the dynamic programme needs about a hunk. */
interface Hunk {
  removed: readonly BigramProfile[];
  added: readonly BigramProfile[];
  threshold: number;
}

function inBand(hunk: Hunk, i: number, j: number): boolean {
  const diagonal = (i * hunk.added.length) / Math.max(1, hunk.removed.length);
  return Math.abs(j - diagonal) <= BAND;
}

/** Similarity of a 1-2 or 2-1 pairing, or -1 when one of the pieces is mostly not in the whole. */
function pieceSimilarity(whole: BigramProfile, first: BigramProfile, second: BigramProfile, threshold: number): number {
  if (containment(first, whole) < threshold || containment(second, whole) < threshold) return -1;
  return dice(whole, mergeProfiles(first, second));
}

/**
 * Pairs the removed and added units of a hunk, in document order.
 * @param threshold minimum similarity for any pairing
 */
export function pairHunk(removed: readonly BigramProfile[], added: readonly BigramProfile[], threshold: number): HunkOp[] {
  const hunk: Hunk = { removed, added, threshold };
  const rows = removed.length + 1;
  const cols = added.length + 1;
  if (removed.length === 0 || added.length === 0 || rows * cols > MAX_HUNK_CELLS) return unpaired(removed.length, added.length);
  const score = new Float64Array(rows * cols);
  const step = new Uint8Array(rows * cols);
  const similarity = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (i === 0 && j === 0) continue;
      const at = i * cols + j;
      let best = -1;
      const consider = (value: number, kind: Step, sim: number): void => {
        if (value > best) [best, step[at], similarity[at]] = [value, kind, sim];
      };
      if (j > 0) consider(score[at - 1]!, Step.Addition, 0);
      if (i > 0) consider(score[at - cols]!, Step.Removal, 0);
      if (i > 0 && j > 0 && inBand(hunk, i, j)) {
        const sim = dice(removed[i - 1]!, added[j - 1]!);
        if (sim >= threshold) consider(score[at - cols - 1]! + 2 * sim, Step.Change, sim);
        if (j > 1) {
          const split = pieceSimilarity(removed[i - 1]!, added[j - 2]!, added[j - 1]!, threshold);
          if (split >= threshold) consider(score[at - cols - 2]! + 3 * split, Step.Split, split);
        }
        if (i > 1) {
          const merge = pieceSimilarity(added[j - 1]!, removed[i - 2]!, removed[i - 1]!, threshold);
          if (merge >= threshold) consider(score[at - 2 * cols - 1]! + 3 * merge, Step.Merge, merge);
        }
      }
      score[at] = best;
    }
  }
  return backtrack(step, similarity, rows - 1, cols - 1, cols);
}

function backtrack(step: Uint8Array, similarity: Float64Array, lastRow: number, lastCol: number, cols: number): HunkOp[] {
  const ops: HunkOp[] = [];
  let [i, j] = [lastRow, lastCol];
  while (i > 0 || j > 0) {
    const at = i * cols + j;
    const sim = similarity[at]!;
    switch (step[at]) {
      case Step.Addition:
        ops.push({ kind: 'added', old: [], new: [--j], similarity: 0 });
        break;
      case Step.Removal:
        ops.push({ kind: 'removed', old: [--i], new: [], similarity: 0 });
        break;
      case Step.Change:
        ops.push({ kind: 'changed', old: [--i], new: [--j], similarity: sim });
        break;
      case Step.Split:
        ops.push({ kind: 'split', old: [i - 1], new: [j - 2, j - 1], similarity: sim });
        [i, j] = [i - 1, j - 2];
        break;
      case Step.Merge:
        ops.push({ kind: 'merged', old: [i - 2, i - 1], new: [j - 1], similarity: sim });
        [i, j] = [i - 2, j - 1];
        break;
      default:
        throw new BugError(`diff hunk: no step at ${i},${j}`);
    }
  }
  return ops.reverse();
}

function unpaired(removedCount: number, addedCount: number): HunkOp[] {
  const ops: HunkOp[] = [];
  for (let i = 0; i < removedCount; i++) ops.push({ kind: 'removed', old: [i], new: [], similarity: 0 });
  for (let j = 0; j < addedCount; j++) ops.push({ kind: 'added', old: [], new: [j], similarity: 0 });
  return ops;
}
