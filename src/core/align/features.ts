/**
 * The per-sentence data the aligner scores with: character lengths, and tokens as interned key
 * ids with a weight (rarer words weigh more; tokens that can never match the other side weigh 0).
 */
import { numberKeysOfNormalized } from './numbers.js';
import { baseKeyOf, foldWord, isCjkLanguage, punctuationTokensOfNormalized, tokensOfWords, wordsOf } from './tokens.js';
import type { TokenDraft } from './tokens.js';
import { primaryLanguage } from './lexicon.js';
import type { Lexicon } from './lexicon.js';

/** One side of the pair, flattened into typed arrays for the DP's inner loops. */
export interface SideFeatures {
  count: number;
  /** Characters per sentence, whitespace excluded. */
  lengths: Float64Array;
  /** Tokens of sentence s are tokenStart[s] .. tokenStart[s+1]-1. */
  tokenStart: Int32Array;
  /** Keys of token t are keys[keyStart[t] .. keyStart[t+1]-1]. */
  keyStart: Int32Array;
  keys: Int32Array;
  /** Base key id of each token (its normalised word), for learning a lexicon. */
  base: Int32Array;
  /** Weight of each token in the lexical score; 0 when it cannot match anything. */
  weight: Float32Array;
  /** Sum of the token weights of each sentence. */
  mass: Float64Array;
}

/**
 * A side's features as one object shape, whichever step made them (tokenising, a coarse level,
 * learnt keys): the searches are compiled for the shape they first meet, and a copy made with
 * `{ ...side }` has another one, which threw that compiled code away at every level.
 */
export function sideFeatures(fields: SideFeatures): SideFeatures {
  return {
    count: fields.count,
    lengths: fields.lengths,
    tokenStart: fields.tokenStart,
    keyStart: fields.keyStart,
    keys: fields.keys,
    base: fields.base,
    weight: fields.weight,
    mass: fields.mass,
  };
}

/** Maps key strings to dense ids shared by both sides. */
export class KeyInterner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(key, id);
      this.names.push(key);
    }
    return id;
  }
  get size(): number {
    return this.names.length;
  }
}

/** Base keys of one language → base keys of the other, as learnt or given; applied to the source. */
export type KeyLexicon = ReadonlyMap<string, readonly string[]>;

/** What to tokenise one side with. */
export interface SideOptions {
  lang: string;
  withCognates: boolean;
  lexicons: readonly Lexicon[];
  keyLexicon?: KeyLexicon;
  /** Word tokens (cognates, lexicons). @default true */
  withWords?: boolean;
  /** Number and date anchors. @default true */
  withNumbers?: boolean;
  /** Punctuation anchors. @default true */
  withPunctuation?: boolean;
}

const MAX_CHARACTER_GLOSSES = 3;

function lexiconKeys(word: string, lexicon: Lexicon): string[] {
  const lookup = isCjkLanguage(lexicon.from) ? word : foldWord(word);
  const translations = lexicon.entries.get(lookup);
  if (translations) return translations.map(baseKeyOf);
  if (!isCjkLanguage(lexicon.from) || word.length < 2) return [];
  // An unknown Han word is usually a name: try its characters, and its romanisation.
  const keys = [...word].flatMap((char) => (lexicon.entries.get(char) ?? []).slice(0, MAX_CHARACTER_GLOSSES).map(baseKeyOf));
  const readings = lexicon.readings ? [...word].map((char) => lexicon.readings?.get(char)) : [];
  if (readings.length > 0 && readings.every((reading) => reading !== undefined)) {
    for (let start = 0; start < readings.length; start++)
      for (let end = start + 1; end <= readings.length; end++) keys.push(baseKeyOf(readings.slice(start, end).join('')));
  }
  return keys;
}

/** Drafts the tokens of one sentence: words (with translations), numbers, punctuation. */
export function draftTokens(sentence: string, options: SideOptions): TokenDraft[] {
  return draftSide([sentence], options)[0]!;
}

/** `draftTokens` of every sentence of a side, with the per-side work done once. */
export function draftSide(sentences: readonly string[], options: SideOptions): TokenDraft[][] {
  const lang = primaryLanguage(options.lang);
  const usable = options.lexicons.filter((lexicon) => primaryLanguage(lexicon.from) === lang);
  const withWords = options.withWords !== false;
  // A word's token with its translations, made once per word of the side, so tokens stay shared.
  const translated = new Map<string, TokenDraft>();
  return sentences.map((sentence) => {
    const words = withWords ? wordsOf(sentence, options.lang) : [];
    const tokens = tokensOfWords(words, options.withCognates);
    if (usable.length > 0 || options.keyLexicon) addTranslations(tokens, words, usable, options.keyLexicon, translated);
    if (options.withNumbers === false && options.withPunctuation === false) return tokens;
    // Numbers and punctuation both read the NFKC form (full-width digits, ？ and ！ in CJK text).
    const normalized = sentence.normalize('NFKC');
    if (options.withNumbers !== false) for (const key of numberKeysOfNormalized(normalized)) tokens.push(anchorToken(key));
    if (options.withPunctuation !== false) for (const token of punctuationTokensOfNormalized(normalized)) tokens.push(token);
    return tokens;
  });
}

/** The token of a number or date key, shared (and frozen) like word tokens. */
function anchorToken(key: string): TokenDraft {
  let token = anchorTokens.get(key);
  if (token === undefined) {
    token = Object.freeze({ base: key, keys: Object.freeze([key]) });
    if (anchorTokens.size > 100_000) anchorTokens.clear();
    anchorTokens.set(key, token);
  }
  return token;
}
const anchorTokens = new Map<string, TokenDraft>();

/** Adds each word's translations to its token's keys (a copy, made once per word: word tokens are shared). */
function addTranslations(tokens: TokenDraft[], words: readonly string[], lexicons: readonly Lexicon[], keyLexicon: KeyLexicon | undefined, translated: Map<string, TokenDraft>): void {
  tokens.forEach((token, index) => {
    const word = words[index]!;
    const known = translated.get(word);
    if (known !== undefined) {
      tokens[index] = known;
      return;
    }
    const translations = lexicons.flatMap((lexicon) => lexiconKeys(word, lexicon));
    const learnt = keyLexicon?.get(token.base);
    if (learnt) translations.push(...learnt);
    const withTranslations = translations.length > 0 ? { base: token.base, keys: [...token.keys, ...translations] } : token;
    translated.set(word, withTranslations);
    tokens[index] = withTranslations;
  });
}

/** Character length of a sentence without whitespace (the unit of the Gale-Church model). */
export function sentenceLength(sentence: string): number {
  // Counts code points that are not white space, as `for (const char of s) if (char.trim())` would,
  // without a string per character.
  let length = 0;
  for (let index = 0; index < sentence.length; index++) {
    const code = sentence.charCodeAt(index);
    if (isWhitespaceCode(code)) continue;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < sentence.length) {
      const next = sentence.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    length++;
  }
  return length;
}

/** Whether a UTF-16 code unit is what `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator). */
function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Interns the drafted tokens of a side; weights are filled in by `weighTokens`. */
export function buildSide(sentences: readonly string[], drafts: readonly TokenDraft[][], interner: KeyInterner): SideFeatures {
  let tokenCount = 0;
  let keyCount = 0;
  // Indexed loops here and below: these run once, before the optimizing compiler has seen them,
  // and for-of then allocates an iterator result per element.
  for (let s = 0; s < drafts.length; s++) {
    const tokens = drafts[s]!;
    tokenCount += tokens.length;
    for (let d = 0; d < tokens.length; d++) keyCount += tokens[d]!.keys.length;
  }
  const lengths = new Float64Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) lengths[s] = sentenceLength(sentences[s]!);
  const side: SideFeatures = {
    count: sentences.length,
    lengths,
    tokenStart: new Int32Array(sentences.length + 1),
    keyStart: new Int32Array(tokenCount + 1),
    keys: new Int32Array(keyCount),
    base: new Int32Array(tokenCount),
    weight: new Float32Array(tokenCount),
    mass: new Float64Array(sentences.length),
  };
  // Word tokens are shared by every occurrence of a word (see tokens.ts): each is interned once.
  const interned = new Map<TokenDraft, Int32Array>();
  let t = 0;
  let k = 0;
  for (let s = 0; s < drafts.length; s++) {
    side.tokenStart[s] = t;
    const tokens = drafts[s]!;
    for (let d = 0; d < tokens.length; d++) {
      const token = tokens[d]!;
      let ids = interned.get(token);
      if (ids === undefined) {
        ids = internedIds(token, interner);
        interned.set(token, ids);
      }
      side.keyStart[t] = k;
      side.base[t] = ids[0]!;
      for (let d = 1; d < ids.length; d++) side.keys[k++] = ids[d]!;
      t++;
    }
  }
  side.tokenStart[sentences.length] = t;
  side.keyStart[t] = k;
  return sideFeatures({ ...side, keys: side.keys.subarray(0, k) });
}

/** The base key id of a token, then the ids of its distinct keys in first-seen order. */
function internedIds(token: TokenDraft, interner: KeyInterner): Int32Array {
  const keys = new Int32Array(token.keys.length);
  const count = internDistinct(token.keys, interner, keys, 0);
  const ids = new Int32Array(count + 1);
  ids[0] = interner.id(token.base);
  ids.set(keys.subarray(0, count), 1);
  return ids;
}

/** Writes the ids of the distinct keys, in first-seen order, at keys[k..]; returns the next free slot. */
function internDistinct(names: readonly string[], interner: KeyInterner, keys: Int32Array, k: number): number {
  if (names.length > 8) {
    for (const name of new Set(names)) keys[k++] = interner.id(name);
    return k;
  }
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    // A token has a handful of keys: a scan beats building a Set per token.
    if (names.indexOf(name) === index) keys[k++] = interner.id(name);
  }
  return k;
}

/** Key ids present anywhere on a side. */
function presentKeys(side: SideFeatures, keyCount: number): Uint8Array {
  const present = new Uint8Array(keyCount);
  const keys = side.keys;
  for (let k = 0; k < keys.length; k++) present[keys[k]!] = 1;
  return present;
}

/** Frequency at which a word's weight saturates at 1: 1 sentence in 20 or rarer. */
const IDF_SATURATION = Math.log(20);
const MIN_WEIGHT = 0.05;

/**
 * Weighs each token by the inverse frequency of its base key on its own side, and zeroes tokens
 * none of whose keys appear on the other side (they carry no evidence either way).
 */
export function weighTokens(side: SideFeatures, other: SideFeatures, keyCount: number): void {
  const otherKeys = presentKeys(other, keyCount);
  const documentFrequency = new Int32Array(keyCount);
  const seen = new Int32Array(keyCount).fill(-1);
  for (let s = 0; s < side.count; s++) {
    for (let t = side.tokenStart[s]!; t < side.tokenStart[s + 1]!; t++) {
      const base = side.base[t]!;
      if (seen[base] !== s) {
        seen[base] = s;
        documentFrequency[base]!++;
      }
    }
  }
  const sentences = Math.max(side.count, 1);
  for (let s = 0; s < side.count; s++) {
    let mass = 0;
    for (let t = side.tokenStart[s]!; t < side.tokenStart[s + 1]!; t++) {
      let canMatch = false;
      for (let k = side.keyStart[t]!; k < side.keyStart[t + 1]! && !canMatch; k++) canMatch = otherKeys[side.keys[k]!] === 1;
      const idf = Math.log(sentences / documentFrequency[side.base[t]!]!) / IDF_SATURATION;
      const weight = canMatch ? Math.min(1, Math.max(MIN_WEIGHT, idf)) : 0;
      side.weight[t] = weight;
      mass += weight;
    }
    side.mass[s] = mass;
  }
}
