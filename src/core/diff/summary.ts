/** The summary of a diff: how many units of each kind of change, and the share of changed words. */
import { countWords } from './words.js';
import { CHANGE_KINDS } from './types.js';
import type { ChangeKind, DiffEntry, DiffSummary } from './types.js';

/**
 * Counts the entries of each kind, and compares the words removed and inserted with all words.
 * @param langs language of each field, in `DiffUnit.texts` order
 */
export function summarize(entries: readonly DiffEntry[], langs: readonly string[]): DiffSummary {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  let [oldUnits, newUnits, changedWords, totalWords] = [0, 0, 0, 0];
  for (const entry of entries) {
    if (entry.kind !== 'equal') counts[entry.kind]++;
    oldUnits += entry.old.length;
    newUnits += entry.new.length;
    entry.fields.forEach((field, f) => {
      const lang = langs[f] ?? langs[0] ?? 'en';
      if (entry.kind === 'equal') {
        // Both sides are the same text: count it once.
        totalWords += 2 * countWords(field.after.join(' '), lang);
        return;
      }
      for (const text of [...field.before, ...field.after]) totalWords += countWords(text, lang);
      for (const part of field.parts) if (part.added || part.removed) changedWords += countWords(part.value, lang);
    });
  }
  const changedWordsPercent = totalWords === 0 ? 0 : Math.round((1000 * changedWords) / totalWords) / 10;
  return { counts, oldUnits, newUnits, changedWords, totalWords, changedWordsPercent };
}

/** True when the diff found no difference at all. */
export function isEqual(entries: readonly DiffEntry[]): boolean {
  return entries.every((entry) => entry.kind === 'equal');
}
