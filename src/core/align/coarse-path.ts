/**
 * Near-linear search for long documents (as Vecalign does): halve both documents by pairing
 * neighbouring sentences until the lattice is small, align that with lengths only, then refine
 * level by level inside a narrow band around the coarser path.
 */
import { bandAroundPath, fullBand } from './band.js';
import type { Band, BandReach } from './band.js';
import { sideFeatures } from './features.js';
import type { SideFeatures } from './features.js';
import { buildLexicalTable } from './lexical-table.js';
import { searchLattice } from './lattice-search.js';
import { BeadScorer } from './scorer.js';
import type { ScoringModel } from './scorer.js';

/** Lattices up to this many nodes are searched whole. */
export const FULL_SEARCH_NODES = 1_200_000;
/**
 * The coarsest level of a long document is searched whole once it is this small: at the top,
 * units span many sentences and lengths alone place them well, so a small lattice will do. Not
 * smaller: with 40,000, a 100,000-sentence document made of one text repeated locked onto a path
 * shifted by a whole repetition (units of 1,024 sentences are longer than the text itself).
 */
const COARSE_TOP_NODES = 150_000;
/**
 * Half-width, in sentences (or units) of each level, of the band around the coarser path.
 * Narrower bands between coarse levels (3 units) kept the beads of the 10,000-sentence bench but
 * derailed the repeated 100,000-sentence one; wider ones near the coarse path's gaps changed
 * nothing (the realignment's band is the one that needs them: see index.ts).
 */
export const BAND_REACH: BandReach = { radius: 5, gapRadius: 5, gapSteps: 0 };

/** The side with each pair of neighbouring sentences merged into one unit. */
export function halveSide(side: SideFeatures): SideFeatures {
  // An integer, so the field keeps its small-integer form: a count stored as a double gives the
  // object another shape, and every search compiled for the first one is thrown away.
  const count = Math.ceil(side.count / 2) | 0;
  const lengths = new Float64Array(count);
  const mass = new Float64Array(count);
  const tokenStart = new Int32Array(count + 1);
  for (let unit = 0; unit < count; unit++) {
    const first = 2 * unit;
    const last = Math.min(first + 1, side.count - 1);
    lengths[unit] = side.lengths[first]! + (last > first ? side.lengths[last]! : 0);
    mass[unit] = side.mass[first]! + (last > first ? side.mass[last]! : 0);
    tokenStart[unit] = side.tokenStart[first]!;
  }
  tokenStart[count] = side.tokenStart[side.count]!;
  return sideFeatures({ ...side, count, lengths, mass, tokenStart });
}

/** Path nodes of a search result, from (0, 0) to the corner. */
export function pathNodes(beads: ReadonlyArray<{ sourceEnd: number; targetEnd: number }>): Array<[number, number]> {
  return [[0, 0], ...beads.map((bead): [number, number] => [bead.sourceEnd, bead.targetEnd])];
}

/**
 * The band the final search runs in: the whole lattice when it is small enough, otherwise a
 * corridor found coarse-to-fine.
 */
export function findBand(source: SideFeatures, target: SideFeatures, keyCount: number, model: ScoringModel, fullSearchNodes = FULL_SEARCH_NODES): Band {
  if ((source.count + 1) * (target.count + 1) <= fullSearchNodes) return fullBand(source.count, target.count);
  const coarseSource = halveSide(source);
  const coarseTarget = halveSide(target);
  const isTop = (coarseSource.count + 1) * (coarseTarget.count + 1) <= COARSE_TOP_NODES;
  const coarseBand = isTop ? fullBand(coarseSource.count, coarseTarget.count) : findBand(coarseSource, coarseTarget, keyCount, model, COARSE_TOP_NODES);
  // At the top level, units are long enough for lengths alone, and pairwise lexical matching
  // over the whole lattice would be quadratic.
  const table = isTop ? undefined : buildLexicalTable(coarseBand, coarseSource, coarseTarget, keyCount);
  // Coarse units are found by lengths alone, so their gaps keep the Gale-Church length term.
  const scorer = new BeadScorer(coarseSource, coarseTarget, table, { ...model, neutralGaps: false });
  const beads = searchLattice(coarseBand, scorer);
  return bandAroundPath(pathNodes(beads), source.count, target.count, 2, BAND_REACH);
}
