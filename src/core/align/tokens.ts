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

/** Base and cognate key of a word ('' when it has no cognate key); see `wordKeys`. */
interface WordKeys {
  base: string;
  cognate: string;
}

/** Keys of a word, cached: words repeat a great deal and folding them is the costly part. */
function wordKeys(word: string): WordKeys {
  let keys = wordKeyCache.get(word);
  if (keys === undefined) {
    const folded = foldWord(word);
    keys = { base: baseKeyOf(word), cognate: folded.length >= COGNATE_LENGTH && !HAN_OR_KANA.test(word) ? `c:${folded.slice(0, COGNATE_LENGTH)}` : '' };
    if (wordKeyCache.size > 200_000) wordKeyCache.clear();
    wordKeyCache.set(word, keys);
  }
  return keys;
}
const wordKeyCache = new Map<string, WordKeys>();

/** Word tokens with base and cognate keys; numbers and punctuation are added by `anchorTokens`. */
export function wordTokens(sentence: string, options: TokenizeOptions): TokenDraft[] {
  return tokensOfWords(wordsOf(sentence, options.lang), options.withCognates);
}

/** `wordTokens` of words already split by `wordsOf`. */
export function tokensOfWords(words: readonly string[], withCognates: boolean): TokenDraft[] {
  const tokens: TokenDraft[] = new Array<TokenDraft>(words.length);
  for (let index = 0; index < words.length; index++) {
    const { base, cognate } = wordKeys(words[index]!);
    tokens[index] = { base, keys: withCognates && cognate !== '' ? [base, cognate] : [base] };
  }
  return tokens;
}

/** The punctuation characters of PUNCTUATION_KEYS (all in the BMP), to find them without a loop per character. */
const PUNCTUATION = new RegExp(`[${Object.keys(PUNCTUATION_KEYS).join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/** Punctuation that survives translation (questions, exclamations, colons, quotes) as tokens. */
export function punctuationTokens(sentence: string): TokenDraft[] {
  return punctuationTokensOfNormalized(sentence.normalize('NFKC'));
}

/** `punctuationTokens` of a sentence already in NFKC. */
export function punctuationTokensOfNormalized(normalized: string): TokenDraft[] {
  const tokens: TokenDraft[] = [];
  for (const [char] of normalized.matchAll(PUNCTUATION)) {
    const key = PUNCTUATION_KEYS[char]!;
    tokens.push({ base: key, keys: [key] });
  }
  return tokens;
}
