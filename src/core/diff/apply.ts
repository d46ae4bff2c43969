/**
 * Applying a diff to the old side. A diff is only trustworthy if replaying it on OLD gives NEW:
 * the tests check that property on random edits, and `update` uses the same walk.
 */
import { BugError } from '../errors.js';
import type { DiffEntry, DiffUnit } from './types.js';

/**
 * Rebuilds the new units from the old ones and the entries: unchanged units are taken from OLD by
 * position, everything else from the entries' new texts. Throws a BugError when the entries do
 * not cover every old position exactly once or disagree with OLD's texts.
 */
export function applyDiff(oldUnits: readonly DiffUnit[], entries: readonly DiffEntry[]): string[][] {
  const seen = new Uint8Array(oldUnits.length);
  const result: string[][] = [];
  for (const entry of entries) {
    for (const i of entry.old) {
      if (i >= oldUnits.length || seen[i]) throw new BugError(`diff: old position ${i} used twice or out of range`);
      seen[i] = 1;
    }
    entry.fields.forEach((field, f) => {
      entry.old.forEach((i, k) => {
        if (oldUnits[i]!.texts[f] !== field.before[k]) throw new BugError(`diff: old text of position ${i} differs`);
      });
    });
    if (entry.kind === 'equal') {
      result.push([...oldUnits[entry.old[0]!]!.texts]);
      continue;
    }
    entry.new.forEach((_, k) => result.push(entry.fields.map((field) => field.after[k] ?? '')));
  }
  if (seen.some((flag) => flag === 0)) throw new BugError('diff: an old position is missing from the entries');
  return result;
}
