/**
 * Lexical evidence for every sentence pair the band can put in one bead: how much token weight of
 * source sentence a finds a match in target sentence b, and the other way round. Multi-sentence
 * beads add these pairwise figures up (capped at each sentence's mass), so a bead is scored in
 * O(sentences) instead of O(tokens).
 */
import type { Band } from './band.js';
import type { SideFeatures } from './features.js';
import { firstPostingFrom, targetPostings, unitOfTokens } from './key-postings.js';
import type { Postings } from './key-postings.js';

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

/** Cells handled at once: one bit each in a 32-bit mask per key. */
const CHUNK = 32;

/** Scratch arrays of one table build, indexed by key, target token or cell. */
interface Scratch {
  /** Row in which a key was last seen (to list the row's distinct keys). */
  rowStamp: Int32Array;
  rowKeys: Int32Array;
  /**
   * Per key, a posting at or before the first one in a unit ≥ the current row's first cell. Rows
   * start at non-decreasing cells, so each key's search goes on from where it stopped.
   */
  cursor: Int32Array;
  /** Bit c set: the key occurs, with weight, in the chunk's cell c on the target side. */
  cellMask: Int32Array;
  /** Row in which a target token was last credited. */
  targetStamp: Int32Array;
  sourceSum: Float64Array;
  targetSum: Float64Array;
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
  const width = maxWidth(band.n, bounds);
  const scratch: Scratch = {
    rowStamp: new Int32Array(keyCount).fill(-1),
    rowKeys: new Int32Array(keyCount),
    cursor: postings.start.slice(0, keyCount),
    cellMask: new Int32Array(keyCount),
    targetStamp: new Int32Array(target.weight.length).fill(-1),
    sourceSum: new Float64Array(width),
    targetSum: new Float64Array(width),
  };
  for (let a = 0; a < band.n; a++) {
    const lo = cellLo[a]!;
    const hi = cellHi[a]!;
    const distinct = collectRowKeys(source, a, scratch);
    if (distinct === 0 || hi < lo) continue;
    scratch.sourceSum.fill(0, 0, hi - lo + 1);
    scratch.targetSum.fill(0, 0, hi - lo + 1);
    for (let chunkLo = lo; chunkLo <= hi; chunkLo += CHUNK) {
      const chunkHi = Math.min(hi, chunkLo + CHUNK - 1);
      markTargetMatches(postings, unitOf, target.weight, a, distinct, chunkLo, chunkHi, lo, scratch);
      creditSourceTokens(source, a, chunkLo - lo, scratch);
      for (let r = 0; r < distinct; r++) scratch.cellMask[scratch.rowKeys[r]!] = 0;
    }
    const offset = cellOffset[a]!;
    for (let cell = 0; cell <= hi - lo; cell++) {
      sourceMatched[offset + cell] = scratch.sourceSum[cell]!;
      targetMatched[offset + cell] = scratch.targetSum[cell]!;
    }
  }
  // One literal, so every table has the same shape (see sideFeatures in features.ts).
  return { cellLo, cellHi, cellOffset, sourceMatched, targetMatched };
}

/** Lists the distinct keys of row a's weighted tokens in scratch.rowKeys; returns how many. */
function collectRowKeys(source: SideFeatures, a: number, scratch: Scratch): number {
  const { rowStamp, rowKeys } = scratch;
  let distinct = 0;
  for (let t = source.tokenStart[a]!; t < source.tokenStart[a + 1]!; t++) {
    if (source.weight[t] === 0) continue;
    for (let k = source.keyStart[t]!; k < source.keyStart[t + 1]!; k++) {
      const key = source.keys[k]!;
      if (rowStamp[key] !== a) {
        rowStamp[key] = a;
        rowKeys[distinct++] = key;
      }
    }
  }
  return distinct;
}

/**
 * For cells chunkLo..chunkHi of row a: credits each weighted target token carrying one of the row's
 * keys (once), and records in cellMask which cells each key occurs in.
 */
function markTargetMatches(postings: Postings, unitOf: Int32Array, weight: Float32Array, a: number, distinct: number, chunkLo: number, chunkHi: number, lo: number, scratch: Scratch): void {
  const { rowKeys, cellMask, targetStamp, targetSum } = scratch;
  for (let r = 0; r < distinct; r++) {
    const key = rowKeys[r]!;
    if (key >= postings.keyCount) continue;
    const end = postings.start[key + 1]!;
    let mask = 0;
    let p = firstPostingFrom(postings, unitOf, scratch.cursor[key]!, end, chunkLo);
    if (chunkLo === lo) scratch.cursor[key] = p;
    for (; p < end; p++) {
      const u = postings.token[p]!;
      const b = unitOf[u]!;
      if (b > chunkHi) break;
      const w = weight[u]!;
      if (w === 0) continue;
      mask |= 1 << (b - chunkLo);
      if (targetStamp[u] !== a) {
        targetStamp[u] = a;
        targetSum[b - lo]! += w;
      }
    }
    cellMask[key] = mask;
  }
}

/** Credits each weighted source token of row a to every cell of the chunk where one of its keys occurs. */
function creditSourceTokens(source: SideFeatures, a: number, chunkOffset: number, scratch: Scratch): void {
  const { cellMask, sourceSum } = scratch;
  for (let t = source.tokenStart[a]!; t < source.tokenStart[a + 1]!; t++) {
    const w = source.weight[t]!;
    if (w === 0) continue;
    let mask = 0;
    for (let k = source.keyStart[t]!; k < source.keyStart[t + 1]!; k++) mask |= cellMask[source.keys[k]!]!;
    while (mask !== 0) {
      const cell = 31 - Math.clz32(mask & -mask);
      sourceSum[chunkOffset + cell]! += w;
      mask &= mask - 1;
    }
  }
}

function maxWidth(n: number, bounds: { cellLo: Int32Array; cellHi: Int32Array }): number {
  let width = 0;
  for (let a = 0; a < n; a++) width = Math.max(width, bounds.cellHi[a]! - bounds.cellLo[a]! + 1);
  return width;
}
