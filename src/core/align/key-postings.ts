/**
 * An inverted index of one side's keys: for each key, the tokens that carry it. The lexical table
 * goes from a source sentence's keys straight to the target tokens that share them.
 */
import type { SideFeatures } from './features.js';

/**
 * The target tokens carrying each key, in token order (hence in sentence order, and in unit order
 * at every coarse level, which only regroups sentences). Built once per target side: the coarse
 * levels and both passes share the target's keys.
 */
export interface Postings {
  keyCount: number;
  /** Tokens with key k are token[start[k] .. start[k+1]-1]. */
  start: Int32Array;
  token: Int32Array;
}
const postingsCache = new WeakMap<Int32Array, Postings>();

/** The postings of a side, cached on its keys array (coarse levels keep the keys; passes keep the target's). */
export function targetPostings(target: SideFeatures, keyCount: number): Postings {
  const cached = postingsCache.get(target.keys);
  if (cached && cached.keyCount >= keyCount) return cached;
  const start = new Int32Array(keyCount + 1);
  // Indexed loops: for-of over a typed array allocates an iterator result per element.
  for (let k = 0; k < target.keys.length; k++) start[target.keys[k]! + 1]!++;
  for (let key = 0; key < keyCount; key++) start[key + 1]! += start[key]!;
  const fill = start.slice(0, keyCount);
  const token = new Int32Array(target.keys.length);
  for (let u = 0; u < target.keyStart.length - 1; u++) for (let k = target.keyStart[u]!; k < target.keyStart[u + 1]!; k++) token[fill[target.keys[k]!]!++] = u;
  const postings = { keyCount, start, token };
  postingsCache.set(target.keys, postings);
  return postings;
}

/** The sentence (or coarse unit) each token belongs to. */
export function unitOfTokens(side: SideFeatures): Int32Array {
  const unit = new Int32Array(side.tokenStart[side.count]!);
  for (let s = 0; s < side.count; s++) unit.fill(s, side.tokenStart[s]!, side.tokenStart[s + 1]!);
  return unit;
}

/**
 * First posting in [from, to) whose token lies in a unit ≥ `unit` (postings are sorted by unit).
 * Galloping from `from`: the answer is usually at or just after it.
 */
export function firstPostingFrom(postings: Postings, unitOf: Int32Array, from: number, to: number, unit: number): number {
  let low = from;
  let step = 1;
  while (low < to && unitOf[postings.token[low]!]! < unit) {
    const next = low + step;
    if (next >= to || unitOf[postings.token[next]!]! >= unit) return firstInRange(postings, unitOf, low + 1, Math.min(next, to), unit);
    low = next + 1;
    step *= 2;
  }
  return low;
}

/** Binary search in [low, high), where the posting at high (if any) is in a unit ≥ `unit`. */
function firstInRange(postings: Postings, unitOf: Int32Array, low: number, high: number, unit: number): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (unitOf[postings.token[middle]!]! < unit) low = middle + 1;
    else high = middle;
  }
  return low;
}
