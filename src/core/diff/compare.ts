/** Entry points of the revision diff for sentence lists and for any units. */
import { matchUnits } from './match.js';
import { summarize } from './summary.js';
import type { DiffResult, DiffUnit, MatchOptions } from './types.js';

/** Compares two unit sequences (sentences, or beads) and summarizes the result. */
export function diffUnits(oldUnits: readonly DiffUnit[], newUnits: readonly DiffUnit[], options: MatchOptions): DiffResult {
  const entries = matchUnits(oldUnits, newUnits, options);
  return { entries, summary: summarize(entries, options.langs), langs: [...options.langs] };
}

/** Sentences as diff units. */
export function sentenceUnits(sentences: readonly string[]): DiffUnit[] {
  return sentences.map((text) => ({ key: text, texts: [text] }));
}

/**
 * Compares two versions of a text, already segmented into sentences.
 * @param options.lang BCP-47 tag of the text
 */
export function diffSentences(
  oldSentences: readonly string[],
  newSentences: readonly string[],
  options: { lang: string } & Omit<MatchOptions, 'langs'>,
): DiffResult {
  const { lang, ...rest } = options;
  return diffUnits(sentenceUnits(oldSentences), sentenceUnits(newSentences), { ...rest, langs: [lang] });
}
