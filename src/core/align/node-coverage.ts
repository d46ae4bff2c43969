/**
 * The lexical coverage of every bead that ends at one lattice node, computed together. The beads
 * ending at (i, j) share their last source sentence or last target sentence, so a 3-1 bead's sums
 * are the 2-1 bead's plus one cell: about ten table cells per node instead of some fifty, bead by
 * bead. The matched sums are of float32 weights in [0.05, 1], exact in float64 whatever the order
 * of the additions; the totals add float64 sentence masses, which may differ from the bead-by-bead
 * sums in the last bit (test/core/align/scorer.test.ts compares the two).
 */
import { BEAD_SHAPES } from './bead-shapes.js';
import { invariant } from '../errors.js';
import type { LexicalTable } from './lexical-table.js';
import { MAX_BEAD_SIDE } from './lexical-table.js';

/** Per shape: matched and total token weight of the source side, then of the target side. */
export const COVERAGE_FIELDS = 4;

// The only bead with several sentences on both sides is 2-2 (nodeCoverage has no general block case).
invariant(BEAD_SHAPES.every((shape) => shape.source <= 1 || shape.target <= 1 || (shape.source === 2 && shape.target === 2)), 'node coverage handles 2-2 as its only block shape');

const SOURCE_COUNT = Int32Array.from(BEAD_SHAPES, (shape) => shape.source);
const TARGET_COUNT = Int32Array.from(BEAD_SHAPES, (shape) => shape.target);

/** Scratch sums along the last column (x-1 beads) and the last row (1-y beads), by x or y. */
const columnSourceMatched = new Float64Array(MAX_BEAD_SIDE + 1);
const columnSourceTotal = new Float64Array(MAX_BEAD_SIDE + 1);
const columnTargetSum = new Float64Array(MAX_BEAD_SIDE + 1);
const rowTargetMatched = new Float64Array(MAX_BEAD_SIDE + 1);
const rowTargetTotal = new Float64Array(MAX_BEAD_SIDE + 1);
const rowSourceSum = new Float64Array(MAX_BEAD_SIDE + 1);

function sourceCell(table: LexicalTable, a: number, b: number): number {
  return b >= table.cellLo[a]! && b <= table.cellHi[a]! ? table.sourceMatched[table.cellOffset[a]! + b - table.cellLo[a]!]! : 0;
}

function targetCell(table: LexicalTable, a: number, b: number): number {
  return b >= table.cellLo[a]! && b <= table.cellHi[a]! ? table.targetMatched[table.cellOffset[a]! + b - table.cellLo[a]!]! : 0;
}

/**
 * Fills out[shape · COVERAGE_FIELDS + f] for every shape with sentences on both sides that ends at
 * node (i, j) and starts at or after the origin; other entries are left as they were.
 */
export function nodeCoverage(table: LexicalTable, sourceMass: Float64Array, targetMass: Float64Array, i: number, j: number, out: Float64Array): void {
  if (i === 0 || j === 0) return;
  const { cellLo, cellHi, cellOffset, sourceMatched, targetMatched } = table;
  const lastSource = i - 1;
  const lastTarget = j - 1;
  // x-1 beads: source sentences i-x .. i-1 against the last target sentence, one cell per row.
  for (let x = 1; x <= MAX_BEAD_SIDE && x <= i; x++) {
    const a = i - x;
    const lo = cellLo[a]!;
    const inside = lastTarget >= lo && lastTarget <= cellHi[a]!;
    const at = inside ? cellOffset[a]! + lastTarget - lo : 0;
    const cell = inside ? sourceMatched[at]! : 0;
    const mass = sourceMass[a]!;
    columnSourceMatched[x] = columnSourceMatched[x - 1]! + (cell < mass ? cell : mass);
    columnSourceTotal[x] = columnSourceTotal[x - 1]! + mass;
    columnTargetSum[x] = columnTargetSum[x - 1]! + (inside ? targetMatched[at]! : 0);
  }
  // 1-y beads: the last source sentence against target sentences j-y .. j-1, cells of one row.
  const lastLo = cellLo[lastSource]!;
  const lastHi = cellHi[lastSource]!;
  const lastRow = cellOffset[lastSource]! - lastLo;
  for (let y = 1; y <= MAX_BEAD_SIDE && y <= j; y++) {
    const b = j - y;
    const inside = b >= lastLo && b <= lastHi;
    const cell = inside ? targetMatched[lastRow + b]! : 0;
    const mass = targetMass[b]!;
    rowTargetMatched[y] = rowTargetMatched[y - 1]! + (cell < mass ? cell : mass);
    rowTargetTotal[y] = rowTargetTotal[y - 1]! + mass;
    rowSourceSum[y] = rowSourceSum[y - 1]! + (inside ? sourceMatched[lastRow + b]! : 0);
  }
  for (let shape = 0; shape < SOURCE_COUNT.length; shape++) {
    const x = SOURCE_COUNT[shape]!;
    const y = TARGET_COUNT[shape]!;
    if (x === 0 || y === 0 || x > i || y > j) continue;
    const at = shape * COVERAGE_FIELDS;
    if (y === 1) {
      const lastMass = targetMass[lastTarget]!;
      out[at] = columnSourceMatched[x]!;
      out[at + 1] = columnSourceTotal[x]!;
      out[at + 2] = columnTargetSum[x]! < lastMass ? columnTargetSum[x]! : lastMass;
      out[at + 3] = lastMass;
    } else if (x === 1) {
      const lastMass = sourceMass[lastSource]!;
      out[at] = rowSourceSum[y]! < lastMass ? rowSourceSum[y]! : lastMass;
      out[at + 1] = lastMass;
      out[at + 2] = rowTargetMatched[y]!;
      out[at + 3] = rowTargetTotal[y]!;
    } else twoByTwoCoverage(table, sourceMass, targetMass, i, j, out, at);
  }
}

/**
 * The 2-2 bead: three of its four cells were read for the x-1 and 1-y beads above (the scratch
 * sums), so only cell (i-2, j-2) is new.
 */
function twoByTwoCoverage(table: LexicalTable, sourceMass: Float64Array, targetMass: Float64Array, i: number, j: number, out: Float64Array, at: number): void {
  const a = i - 2;
  const b = j - 2;
  const inside = b >= table.cellLo[a]! && b <= table.cellHi[a]!;
  const corner = inside ? table.cellOffset[a]! + b - table.cellLo[a]! : 0;
  const cornerSource = inside ? table.sourceMatched[corner]! : 0;
  const cornerTarget = inside ? table.targetMatched[corner]! : 0;
  // Row i-1 against targets j-2, j-1 is rowSourceSum[2]; column j-1 against sources i-2, i-1 is
  // columnTargetSum[2]. Row i-2 and column j-2 each add the corner to one more cell.
  const upperRow = cornerSource + sourceCell(table, a, j - 1);
  const lowerRow = rowSourceSum[2]!;
  const massUpper = sourceMass[a]!;
  const massLower = sourceMass[i - 1]!;
  const leftColumn = cornerTarget + targetCell(table, i - 1, b);
  const rightColumn = columnTargetSum[2]!;
  const massLeft = targetMass[b]!;
  const massRight = targetMass[j - 1]!;
  out[at] = (upperRow < massUpper ? upperRow : massUpper) + (lowerRow < massLower ? lowerRow : massLower);
  out[at + 1] = massUpper + massLower;
  out[at + 2] = (leftColumn < massLeft ? leftColumn : massLeft) + (rightColumn < massRight ? rightColumn : massRight);
  out[at + 3] = massLeft + massRight;
}
