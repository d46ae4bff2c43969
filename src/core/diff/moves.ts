/**
 * Move detection: a unit removed in one place and added in another is one *moved* unit. Exact
 * matches first (cheap, by key), then the most similar remaining pairs above the move threshold.
 */
import { dice } from './similarity.js';
import type { BigramProfile } from './similarity.js';

/** A removed old unit and an added new unit found to be the same unit, moved. */
export interface MovePair {
  old: number;
  new: number;
  similarity: number;
}

/** Above this many removed × added pairs, only exact moves are looked for. */
const MAX_FUZZY_PAIRS = 250_000;

/**
 * Pairs removed and added units into moves, each unit in at most one pair.
 * @param removed old positions and keys of the units nothing else claimed
 * @param added new positions and keys of the units nothing else claimed
 * @param profile bigram profile of a key (cached by the caller)
 */
export function findMoves(
  removed: ReadonlyArray<{ at: number; key: string }>,
  added: ReadonlyArray<{ at: number; key: string }>,
  profile: (key: string) => BigramProfile,
  threshold: number,
): MovePair[] {
  const moves: MovePair[] = [];
  const byKey = new Map<string, number[]>();
  for (const unit of removed) {
    const list = byKey.get(unit.key);
    if (list) list.push(unit.at);
    else byKey.set(unit.key, [unit.at]);
  }
  const usedOld = new Set<number>();
  const leftAdded: Array<{ at: number; key: string }> = [];
  for (const unit of added) {
    const candidates = byKey.get(unit.key);
    const oldAt = candidates?.shift();
    if (oldAt === undefined) leftAdded.push(unit);
    else {
      moves.push({ old: oldAt, new: unit.at, similarity: 1 });
      usedOld.add(oldAt);
    }
  }
  const leftRemoved = removed.filter((unit) => !usedOld.has(unit.at));
  if (leftRemoved.length * leftAdded.length <= MAX_FUZZY_PAIRS) moves.push(...fuzzyMoves(leftRemoved, leftAdded, profile, threshold));
  return moves;
}

function fuzzyMoves(
  removed: ReadonlyArray<{ at: number; key: string }>,
  added: ReadonlyArray<{ at: number; key: string }>,
  profile: (key: string) => BigramProfile,
  threshold: number,
): MovePair[] {
  const candidates: MovePair[] = [];
  for (const a of added) {
    for (const r of removed) {
      const similarity = dice(profile(r.key), profile(a.key));
      if (similarity >= threshold) candidates.push({ old: r.at, new: a.at, similarity });
    }
  }
  // Greedy by similarity: the clearest moves claim their units first.
  candidates.sort((x, y) => y.similarity - x.similarity || x.new - y.new);
  const [usedOld, usedNew] = [new Set<number>(), new Set<number>()];
  const moves: MovePair[] = [];
  for (const candidate of candidates) {
    if (usedOld.has(candidate.old) || usedNew.has(candidate.new)) continue;
    usedOld.add(candidate.old);
    usedNew.add(candidate.new);
    moves.push(candidate);
  }
  return moves;
}
