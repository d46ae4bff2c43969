/**
 * Word counts for the changed-words share. Languages written with spaces count words; Chinese and
 * Japanese count characters (letters and digits), which is how CAT tools and translation rates
 * count them, and which needs no word segmenter (so 20,000 sentences count in milliseconds).
 */
import { isSpacedLanguage } from './inline.js';

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;
const CHARACTER = /[\p{L}\p{N}]/gu;

/** Number of words in `text` (of characters for Chinese, Japanese and other unspaced scripts). */
export function countWords(text: string, lang: string): number {
  return text.match(isSpacedLanguage(lang) ? WORD : CHARACTER)?.length ?? 0;
}
