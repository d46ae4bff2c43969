/**
 * Lexical evidence for every sentence pair the band can put in one bead: how much token weight of
 * source sentence a finds a match in target sentence b, and the other way round. Multi-sentence
 * beads add these pairwise figures up (capped at each sentence's mass), so a bead is scored in
 * O(sentences) instead of O(tokens).
 */
import type { Band } from './band.js';
import type { SideFeatures } from './features.js';

/** Pairwise matched weights over the cells a band can reach. */
export interface LexicalTable {
  /** Row a covers target sentences cellLo[a] .. cellHi[a] (inclusive; empty when hi < lo). */
  cellLo: Int32Array;
  cellHi: Int32Array;
  cellOffset: Float64Array;
  /** Matched weight of the source sentence's tokens. */
  sourceMatched: Float32Array;
  /** Matched weight of the target sentence's tokens. */
  targetMatched: Float32Array;
}

/** Largest number of sentences a bead takes on one side. */
export const MAX_BEAD_SIDE = 4;

/** Index of cell (a, b) in the table, or -1 outside it. */
export function cellIndex(table: LexicalTable, a: number, b: number): number {
  if (b < table.cellLo[a]! || b > table.cellHi[a]!) return -1;
  return table.cellOffset[a]! + b - table.cellLo[a]!;
}

function cellBounds(band: Band): { cellLo: Int32Array; cellHi: Int32Array; cellOffset: Float64Array } {
  const { n, m } = band;
  const cellLo = new Int32Array(n);
  const cellHi = new Int32Array(n);
  const cellOffset = new Float64Array(n + 1);
  for (let a = 0; a < n; a++) {
    cellLo[a] = Math.max(0, band.lo[a + 1]! - MAX_BEAD_SIDE);
    cellHi[a] = Math.min(m - 1, band.hi[Math.min(n, a + MAX_BEAD_SIDE)]! - 1);
    cellOffset[a + 1] = cellOffset[a]! + Math.max(0, cellHi[a]! - cellLo[a]! + 1);
  }
  return { cellLo, cellHi, cellOffset };
}

/**
 * The target tokens carrying each key, in token order (hence in sentence order, and in unit order
 * at every coarse level, which only regroups sentences). Built once per target side: the coarse
 * levels and both passes share the target's keys.
 */
interface Postings {
  keyCount: number;
  /** Tokens with key k are token[start[k] .. start[k+1]-1]. */
  start: Int32Array;
  token: Int32Array;
}
const postingsCache = new WeakMap<Int32Array, Postings>();

function targetPostings(target: SideFeatures, keyCount: number): Postings {
  const cached = postingsCache.get(target.keys);
  if (cached && cached.keyCount >= keyCount) return cached;
  const start = new Int32Array(keyCount + 1);
  for (const key of target.keys) start[key + 1]!++;
  for (let key = 0; key < keyCount; key++) start[key + 1]! += start[key]!;
  const fill = start.slice(0, keyCount);
  const token = new Int32Array(target.keys.length);
  for (let u = 0; u < target.keyStart.length - 1; u++) for (let k = target.keyStart[u]!; k < target.keyStart[u + 1]!; k++) token[fill[target.keys[k]!]!++] = u;
  const postings = { keyCount, start, token };
  postingsCache.set(target.keys, postings);
  return postings;
}

/** The sentence (or coarse unit) each token belongs to. */
function unitOfTokens(side: SideFeatures): Int32Array {
  const unit = new Int32Array(side.tokenStart[side.count]!);
  for (let s = 0; s < side.count; s++) unit.fill(s, side.tokenStart[s]!, side.tokenStart[s + 1]!);
  return unit;
}

/** First posting in [from, to) whose token lies in a unit ≥ `unit` (postings are sorted by unit). */
function firstPostingFrom(postings: Postings, unitOf: Int32Array, from: number, to: number, unit: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (unitOf[postings.token[middle]!]! < unit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Computes the table for every cell the band reaches. Row by row, from the keys of the source
 * sentence to the target tokens that carry them inside the row's cells (an inverted index), so the
 * cost follows the matches rather than every token of every cell. Matched weights are sums of
 * float32 weights in [0.05, 1], exact in float64 whatever the order of the additions.
 */
export function buildLexicalTable(band: Band, source: SideFeatures, target: SideFeatures, keyCount: number): LexicalTable {
  const bounds = cellBounds(band);
  const { cellLo, cellHi, cellOffset } = bounds;
  const size = cellOffset[band.n]!;
  const sourceMatched = new Float32Array(size);
  const targetMatched = new Float32Array(size);
  const postings = targetPostings(target, keyCount);
  const unitOf = unitOfTokens(target);
  // Per source row: its distinct keys and, per key, a linked list of the key slots (hence tokens)
  // that carry it.
  const rowStamp = new Int32Array(keyCount).fill(-1);
  const head = new Int32Array(keyCount);
  const next = new Int32Array(source.keys.length);
  const tokenOfSlot = new Int32Array(source.keys.length);
  for (let t = 0; t < source.keyStart.length - 1; t++) for (let k = source.keyStart[t]!; k < source.keyStart[t + 1]!; k++) tokenOfSlot[k] = t;
  const rowKeys = new Int32Array(keyCount);
  const targetStamp = new Int32Array(target.weight.length).fill(-1);
  // seen[(t - first token of row) · width + cell]: source token t already counted in that cell.
  const seen = new Int32Array(largestRowGrid(band.n, bounds, source)).fill(-1);
  const sourceSum = new Float64Array(maxWidth(band.n, bounds));
  const targetSum = new Float64Array(sourceSum.length);
  for (let a = 0; a < band.n; a++) {
    const firstToken = source.tokenStart[a]!;
    let distinct = 0;
    for (let t = firstToken; t < source.tokenStart[a + 1]!; t++) {
      if (source.weight[t] === 0) continue;
      for (let k = source.keyStart[t]!; k < source.keyStart[t + 1]!; k++) {
        const key = source.keys[k]!;
        if (rowStamp[key] !== a) rowKeys[distinct++] = key;
        next[k] = rowStamp[key] === a ? head[key]! : -1;
        head[key] = k;
        rowStamp[key] = a;
      }
    }
    const lo = cellLo[a]!;
    const hi = cellHi[a]!;
    const width = hi - lo + 1;
    if (distinct === 0 || width <= 0) continue;
    sourceSum.fill(0, 0, width);
    targetSum.fill(0, 0, width);
    for (let r = 0; r < distinct; r++) {
      const key = rowKeys[r]!;
      if (key >= postings.keyCount) continue;
      const end = postings.start[key + 1]!;
      for (let p = firstPostingFrom(postings, unitOf, postings.start[key]!, end, lo); p < end; p++) {
        const u = postings.token[p]!;
        const b = unitOf[u]!;
        if (b > hi) break;
        const weight = target.weight[u]!;
        if (weight === 0) continue;
        const cell = b - lo;
        if (targetStamp[u] !== a) {
          targetStamp[u] = a;
          targetSum[cell]! += weight;
        }
        for (let slot = head[key]!; slot !== -1; slot = next[slot]!) {
          const t = tokenOfSlot[slot]!;
          const at = (t - firstToken) * width + cell;
          if (seen[at] !== a) {
            seen[at] = a;
            sourceSum[cell]! += source.weight[t]!;
          }
        }
      }
    }
    const offset = cellOffset[a]!;
    for (let cell = 0; cell < width; cell++) {
      sourceMatched[offset + cell] = sourceSum[cell]!;
      targetMatched[offset + cell] = targetSum[cell]!;
    }
  }
  return { ...bounds, sourceMatched, targetMatched };
}

function maxWidth(n: number, bounds: { cellLo: Int32Array; cellHi: Int32Array }): number {
  let width = 0;
  for (let a = 0; a < n; a++) width = Math.max(width, bounds.cellHi[a]! - bounds.cellLo[a]! + 1);
  return width;
}

/** Largest (tokens of a source row) × (cells of the row). */
function largestRowGrid(n: number, bounds: { cellLo: Int32Array; cellHi: Int32Array }, source: SideFeatures): number {
  let largest = 0;
  for (let a = 0; a < n; a++) largest = Math.max(largest, (source.tokenStart[a + 1]! - source.tokenStart[a]!) * (bounds.cellHi[a]! - bounds.cellLo[a]! + 1));
  return largest;
}
