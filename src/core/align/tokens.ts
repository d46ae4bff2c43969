/**
 * Turns a sentence into the tokens the lexical signals compare. Each token has a base key (its
 * normalised form) and possibly more keys (cognate prefix, numbers, dictionary translations); two
 * tokens on opposite sides match when they share any key.
 */

/** One token of a sentence before interning: its base key and every key it can match by. */
export interface TokenDraft {
  readonly base: string;
  readonly keys: readonly string[];
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

/** The token of a word, without and with its cognate key; shared by every occurrence of the word. */
interface WordTokens {
  plain: TokenDraft;
  withCognate: TokenDraft;
}

/**
 * Tokens of a word, cached: words repeat a great deal, and folding them and allocating their keys
 * is the costly part. The drafts are shared, so they are frozen: a caller adding keys makes a copy.
 */
function wordTokensOf(word: string): WordTokens {
  let tokens = wordTokenCache.get(word);
  if (tokens === undefined) {
    const folded = foldWord(word);
    const base = baseKeyOf(word);
    const cognate = folded.length >= COGNATE_LENGTH && !HAN_OR_KANA.test(word) ? `c:${folded.slice(0, COGNATE_LENGTH)}` : '';
    const plain: TokenDraft = Object.freeze({ base, keys: Object.freeze([base]) });
    tokens = { plain, withCognate: cognate === '' ? plain : Object.freeze({ base, keys: Object.freeze([base, cognate]) }) };
    if (wordTokenCache.size > 200_000) wordTokenCache.clear();
    wordTokenCache.set(word, tokens);
  }
  return tokens;
}
const wordTokenCache = new Map<string, WordTokens>();

/** Word tokens with base and cognate keys; numbers and punctuation are added by `anchorTokens`. */
export function wordTokens(sentence: string, options: TokenizeOptions): TokenDraft[] {
  return tokensOfWords(wordsOf(sentence, options.lang), options.withCognates);
}

/** `wordTokens` of words already split by `wordsOf`. */
export function tokensOfWords(words: readonly string[], withCognates: boolean): TokenDraft[] {
  const tokens: TokenDraft[] = new Array<TokenDraft>(words.length);
  for (let index = 0; index < words.length; index++) {
    const shared = wordTokensOf(words[index]!);
    tokens[index] = withCognates ? shared.withCognate : shared.plain;
  }
  return tokens;
}

/** The punctuation characters of PUNCTUATION_KEYS (all in the BMP), to find them without a loop per character. */
const PUNCTUATION = new RegExp(`[${Object.keys(PUNCTUATION_KEYS).join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');

/** One shared, frozen token per punctuation key. */
const PUNCTUATION_TOKENS: Readonly<Record<string, TokenDraft>> = Object.fromEntries(
  Object.entries(PUNCTUATION_KEYS).map(([char, key]) => [char, Object.freeze({ base: key, keys: Object.freeze([key]) })]),
);

/** Punctuation that survives translation (questions, exclamations, colons, quotes) as tokens. */
export function punctuationTokens(sentence: string): TokenDraft[] {
  return punctuationTokensOfNormalized(sentence.normalize('NFKC'));
}

/** `punctuationTokens` of a sentence already in NFKC. */
export function punctuationTokensOfNormalized(normalized: string): TokenDraft[] {
  const tokens: TokenDraft[] = [];
  // exec, not matchAll, which copies the pattern on every call.
  PUNCTUATION.lastIndex = 0;
  for (let match = PUNCTUATION.exec(normalized); match !== null; match = PUNCTUATION.exec(normalized)) tokens.push(PUNCTUATION_TOKENS[match[0]]!);
  return tokens;
}
