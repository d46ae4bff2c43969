/**
 * The lexicons an alignment of one language pair uses: CC-CEDICT for Chinese-English (loaded
 * only for that pair), and the user's `--dict` file.
 */
import { parseDictionary, primaryLanguage } from '../core/align/lexicon.js';
import type { Lexicon } from '../core/align/lexicon.js';
import { readText } from './read-text.js';
import { loadZhEnLexicon } from './zh-en-lexicon.js';

/** Whether the pair is Chinese-English in either direction. */
export function isZhEnPair(sourceLang: string, targetLang: string): boolean {
  const pair = [primaryLanguage(sourceLang), primaryLanguage(targetLang)].sort().join('-');
  return pair === 'en-zh';
}

/** Lexicons for aligning `sourceLang` with `targetLang`, plus the user dictionary when given. */
export function lexiconsFor(sourceLang: string, targetLang: string, dictionaryPath?: string, env: NodeJS.ProcessEnv = process.env): Lexicon[] {
  const lexicons: Lexicon[] = [];
  if (isZhEnPair(sourceLang, targetLang)) lexicons.push(loadZhEnLexicon(env));
  if (dictionaryPath !== undefined) lexicons.push(parseDictionary(readText(dictionaryPath), sourceLang, targetLang, dictionaryPath));
  return lexicons;
}
