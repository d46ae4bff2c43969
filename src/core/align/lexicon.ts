/**
 * Bilingual lexicons as the aligner uses them: a word of one language → words of another. The
 * CC-CEDICT lexicon (built at the edge, see src/io/zh-en-lexicon.ts), a user's dictionary file and
 * the lexicon learnt from a first pass all end up as this one shape.
 */
import { UserError } from '../errors.js';
import { foldWord, isCjkLanguage } from './tokens.js';

/** Read-only lookup (a Map will do; large lexicons may split their entries lazily). */
export interface WordLookup<T> {
  get(word: string): T | undefined;
}

/** A bilingual lexicon: words of `from` → their translations in `to`. */
export interface Lexicon {
  /** Language of the entry words (BCP-47 primary subtag is enough: zh, en, de). */
  from: string;
  /** Language of the translations. */
  to: string;
  /** Entry word (as written; Latin words lower-cased) → translation words. */
  entries: WordLookup<readonly string[]>;
  /** Han character → romanisation (pinyin without tones), to match names spelled out in `to`. */
  readings?: WordLookup<string>;
}

/** The primary language subtag, lower-cased: zh-CN → zh. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/** Whether a lexicon between `a` and `b` applies to the pair `x`, `y` (in either direction). */
export function lexiconApplies(lexicon: Lexicon, x: string, y: string): boolean {
  const [from, to, px, py] = [lexicon.from, lexicon.to, x, y].map(primaryLanguage);
  return (from === px && to === py) || (from === py && to === px);
}

const SPLIT_WORDS = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Splits a dictionary phrase into its words (a whole Han phrase stays one word). */
function phraseWords(phrase: string, lang: string): string[] {
  const trimmed = phrase.trim();
  if (trimmed === '') return [];
  if (isCjkLanguage(lang) && !/\s/.test(trimmed)) return [trimmed];
  return (trimmed.match(SPLIT_WORDS) ?? []).map((word) => (isCjkLanguage(lang) ? word : foldWord(word)));
}

/**
 * Parses a user dictionary: one entry a line, either `source<TAB>target` or hunalign's
 * `target @ source`. Blank lines and lines starting with # are skipped.
 * @throws UserError `align-dictionary-invalid` naming the first line that is neither form
 */
export function parseDictionary(text: string, sourceLang: string, targetLang: string, name = 'dictionary'): Lexicon {
  const entries = new Map<string, string[]>();
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    let source: string | undefined;
    let target: string | undefined;
    if (line.includes('\t')) [source, target] = line.split('\t');
    else if (line.includes(' @ ')) [target, source] = line.split(' @ ');
    if (!source?.trim() || !target?.trim()) throw new UserError('align-dictionary-invalid', { path: name, line: index + 1 });
    const targetWords = phraseWords(target, targetLang);
    for (const word of phraseWords(source, sourceLang)) {
      const known = entries.get(word) ?? [];
      entries.set(word, [...known, ...targetWords]);
    }
  }
  return { from: primaryLanguage(sourceLang), to: primaryLanguage(targetLang), entries };
}
