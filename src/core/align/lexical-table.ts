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

/** Computes the table for every cell the band reaches. */
export function buildLexicalTable(band: Band, source: SideFeatures, target: SideFeatures, keyCount: number): LexicalTable {
  const bounds = cellBounds(band);
  const size = bounds.cellOffset[band.n]!;
  const sourceMatched = new Float32Array(size);
  const targetMatched = new Float32Array(size);
  // Per source row: which keys it has (stamped with the row) and, per key, a linked list of the
  // key slots (hence tokens) that carry it.
  const rowStamp = new Int32Array(keyCount).fill(-1);
  const head = new Int32Array(keyCount);
  const next = new Int32Array(source.keys.length);
  const tokenOfSlot = new Int32Array(source.keys.length);
  for (let t = 0; t < source.keyStart.length - 1; t++) for (let k = source.keyStart[t]!; k < source.keyStart[t + 1]!; k++) tokenOfSlot[k] = t;
  const tokenSeen = new Int32Array(source.weight.length).fill(-1);
  let pairStamp = 0;
  for (let a = 0; a < band.n; a++) {
    const firstToken = source.tokenStart[a]!;
    const endToken = source.tokenStart[a + 1]!;
    for (let t = firstToken; t < endToken; t++) {
      if (source.weight[t] === 0) continue;
      for (let k = source.keyStart[t]!; k < source.keyStart[t + 1]!; k++) {
        const key = source.keys[k]!;
        next[k] = rowStamp[key] === a ? head[key]! : -1;
        head[key] = k;
        rowStamp[key] = a;
      }
    }
    if (firstToken === endToken) continue;
    let cell = bounds.cellOffset[a]!;
    for (let b = bounds.cellLo[a]!; b <= bounds.cellHi[a]!; b++, cell++) {
      pairStamp++;
      let matchedSource = 0;
      let matchedTarget = 0;
      for (let u = target.tokenStart[b]!; u < target.tokenStart[b + 1]!; u++) {
        const weight = target.weight[u]!;
        if (weight === 0) continue;
        let hit = false;
        for (let k = target.keyStart[u]!; k < target.keyStart[u + 1]!; k++) {
          const key = target.keys[k]!;
          if (rowStamp[key] !== a) continue;
          hit = true;
          for (let slot = head[key]!; slot !== -1; slot = next[slot]!) {
            const t = tokenOfSlot[slot]!;
            if (tokenSeen[t] !== pairStamp) {
              tokenSeen[t] = pairStamp;
              matchedSource += source.weight[t]!;
            }
          }
        }
        if (hit) matchedTarget += weight;
      }
      sourceMatched[cell] = matchedSource;
      targetMatched[cell] = matchedTarget;
    }
  }
  return { ...bounds, sourceMatched, targetMatched };
}
