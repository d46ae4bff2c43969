/** Word counts for the changed-words share, in a way that is fair to Chinese and Japanese. */
import { isSpacedLanguage } from './inline.js';

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;

const segmenters = new Map<string, Intl.Segmenter | null>();

function wordSegmenter(lang: string): Intl.Segmenter | null {
  if (!segmenters.has(lang)) {
    const isSupported = typeof Intl.Segmenter === 'function' && Intl.Segmenter.supportedLocalesOf([lang]).length > 0;
    segmenters.set(lang, isSupported ? new Intl.Segmenter(lang, { granularity: 'word' }) : null);
  }
  return segmenters.get(lang) ?? null;
}

/**
 * Number of words in `text`: runs of letters and digits where words are spaced, word-like
 * `Intl.Segmenter` tokens for Chinese and Japanese (each letter or digit when there is no segmenter).
 */
export function countWords(text: string, lang: string): number {
  if (isSpacedLanguage(lang)) return text.match(WORD)?.length ?? 0;
  const segmenter = wordSegmenter(lang);
  if (!segmenter) return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  let count = 0;
  for (const piece of segmenter.segment(text)) if (piece.isWordLike) count++;
  return count;
}
