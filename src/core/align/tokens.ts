/**
 * Turns a sentence into the tokens the lexical signals compare. Each token has a base key (its
 * normalised form) and possibly more keys (cognate prefix, numbers, dictionary translations); two
 * tokens on opposite sides match when they share any key.
 */

/** One token of a sentence before interning: its base key and every key it can match by. */
export interface TokenDraft {
  base: string;
  keys: string[];
}

const CJK_LANGUAGE = /^(?:zh|ja|yue|wuu|lzh)\b/i;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN_WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const HAS_LETTER = /\p{L}/u;
const PUNCTUATION_KEYS: Readonly<Record<string, string>> = {
  '?': 'p:?', '!': 'p:!', ':': 'p::', ';': 'p:;', '"': 'p:"', '“': 'p:"', '”': 'p:"', '„': 'p:"', '«': 'p:"', '»': 'p:"',
  '「': 'p:"', '」': 'p:"', '『': 'p:"', '』': 'p:"', '(': 'p:(', ')': 'p:)', '…': 'p:…', '—': 'p:—',
};

/** Whether a language is written without spaces between words (Chinese, Japanese). */
export function isCjkLanguage(lang: string): boolean {
  return CJK_LANGUAGE.test(lang);
}

/** Lower-cases and strips diacritics, so Zürich, zurich and ZURICH compare equal. */
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    // Words repeat a great deal; the cache is bounded so a huge batch cannot grow it forever.
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}
const foldCache = new Map<string, string>();

/** Words shorter than this are kept whole; longer ones are cut, a cheap multilingual stemmer. */
const STEM_LENGTH = 5;
/** Prefix length shared by cognates (Himalaya / himalayen, Expedition / expédition). */
const COGNATE_LENGTH = 4;

/** The base key of a word: folded stem for alphabetic words, the word itself for Han/kana. */
export function baseKeyOf(word: string): string {
  if (HAN_OR_KANA.test(word)) return `t:${word}`;
  return `t:${foldWord(word).slice(0, STEM_LENGTH)}`;
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** The words of a sentence: `Intl.Segmenter` for Chinese and Japanese, letter runs otherwise. */
export function wordsOf(sentence: string, lang: string): string[] {
  if (isCjkLanguage(lang)) {
    const words: string[] = [];
    for (const part of wordSegmenter(lang).segment(sentence)) {
      if (part.isWordLike && HAS_LETTER.test(part.segment)) words.push(part.segment);
    }
    return words;
  }
  return sentence.match(LATIN_WORD) ?? [];
}

/** Options for tokenising one side. */
export interface TokenizeOptions {
  lang: string;
  /** Add cognate-prefix keys (only useful when both languages are written in an alphabet). */
  withCognates: boolean;
}

/** Word tokens with base and cognate keys; numbers and punctuation are added by `anchorTokens`. */
export function wordTokens(sentence: string, options: TokenizeOptions): TokenDraft[] {
  return wordsOf(sentence, options.lang).map((word) => {
    const base = baseKeyOf(word);
    const keys = [base];
    const folded = foldWord(word);
    if (options.withCognates && folded.length >= COGNATE_LENGTH && !HAN_OR_KANA.test(word)) keys.push(`c:${folded.slice(0, COGNATE_LENGTH)}`);
    return { base, keys };
  });
}

/** Punctuation that survives translation (questions, exclamations, colons, quotes) as tokens. */
export function punctuationTokens(sentence: string): TokenDraft[] {
  const tokens: TokenDraft[] = [];
  for (const char of sentence.normalize('NFKC')) {
    const key = PUNCTUATION_KEYS[char];
    if (key !== undefined) tokens.push({ base: key, keys: [key] });
  }
  return tokens;
}
