/**
 * Segment-level matching of two versions: identical units by `diffSequence`, then each hunk in
 * between paired by similarity (changed, split, merged), then moves across the whole document.
 */
import { buildEntry, sameTexts } from './entry.js';
import { pairHunk } from './hunk.js';
import { findMoves } from './moves.js';
import { diffSequence } from './sequence.js';
import { bigramProfile } from './similarity.js';
import type { BigramProfile } from './similarity.js';
import type { DiffEntry, DiffUnit, MatchOptions } from './types.js';

const DEFAULT_THRESHOLD = 0.5;
const DEFAULT_MOVE_THRESHOLD = 0.75;

/** Interns keys as small integers: comparing numbers is what makes 20,000-unit diffs fast. */
function internKeys(oldUnits: readonly DiffUnit[], newUnits: readonly DiffUnit[]): { old: number[]; new: number[] } {
  const ids = new Map<string, number>();
  const intern = (unit: DiffUnit): number => {
    let id = ids.get(unit.key);
    if (id === undefined) ids.set(unit.key, (id = ids.size));
    return id;
  };
  return { old: oldUnits.map(intern), new: newUnits.map(intern) };
}

/**
 * Matches old units against new units. Every old and every new position occurs in exactly one
 * returned entry; entries follow the new document's order, with removed units where they stood.
 */
export function matchUnits(oldUnits: readonly DiffUnit[], newUnits: readonly DiffUnit[], options: MatchOptions): DiffEntry[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const units = { old: oldUnits, new: newUnits };
  const profiles = new Map<string, BigramProfile>();
  const profile = (key: string): BigramProfile => {
    let found = profiles.get(key);
    if (!found) profiles.set(key, (found = bigramProfile(key)));
    return found;
  };
  const entries: DiffEntry[] = [];
  let [oi, ni] = [0, 0];
  let hunk = { old: [] as number[], new: [] as number[] };
  const flushHunk = (): void => {
    const ops = pairHunk(
      hunk.old.map((i) => profile(oldUnits[i]!.key)),
      hunk.new.map((j) => profile(newUnits[j]!.key)),
      threshold,
    );
    for (const op of ops) {
      const oldAt = op.old.map((k) => hunk.old[k]!);
      const newAt = op.new.map((k) => hunk.new[k]!);
      entries.push(buildEntry(op.kind, oldAt, newAt, op.similarity, units, options.langs));
    }
    hunk = { old: [], new: [] };
  };
  const keys = internKeys(oldUnits, newUnits);
  for (const { kind, count } of diffSequence(keys.old, keys.new)) {
    if (kind === 'removed') for (let k = 0; k < count; k++) hunk.old.push(oi++);
    else if (kind === 'added') for (let k = 0; k < count; k++) hunk.new.push(ni++);
    else {
      flushHunk();
      for (let k = 0; k < count; k++, oi++, ni++) {
        const kind = sameTexts(oldUnits[oi]!, newUnits[ni]!) ? 'equal' : 'changed';
        entries.push(buildEntry(kind, [oi], [ni], 1, units, options.langs));
      }
    }
  }
  flushHunk();
  return applyMoves(entries, units, options, profile);
}

/** Replaces each removed + added pair that is one moved unit by a `moved` entry at the new position. */
function applyMoves(
  entries: DiffEntry[],
  units: { old: readonly DiffUnit[]; new: readonly DiffUnit[] },
  options: MatchOptions,
  profile: (key: string) => BigramProfile,
): DiffEntry[] {
  const removed = entries.filter((e) => e.kind === 'removed').map((e) => ({ at: e.old[0]!, key: units.old[e.old[0]!]!.key }));
  const added = entries.filter((e) => e.kind === 'added').map((e) => ({ at: e.new[0]!, key: units.new[e.new[0]!]!.key }));
  if (removed.length === 0 || added.length === 0) return entries;
  const moves = findMoves(removed, added, profile, options.moveThreshold ?? DEFAULT_MOVE_THRESHOLD);
  if (moves.length === 0) return entries;
  const movedOld = new Set(moves.map((m) => m.old));
  const moveByNew = new Map(moves.map((m) => [m.new, m]));
  const result: DiffEntry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'removed' && movedOld.has(entry.old[0]!)) continue;
    const move = entry.kind === 'added' ? moveByNew.get(entry.new[0]!) : undefined;
    result.push(move ? buildEntry('moved', [move.old], [move.new], move.similarity, units, options.langs) : entry);
  }
  return result;
}
