/**
 * The rules that decide whether a cluster of terminators ends a sentence. They are general rules
 * of written language, parameterised by the language profile's lists: abbreviations end a
 * sentence only before a word that starts one, a lowercase word continues the sentence, an
 * ellipsis between words marks an omission, a number ends a sentence, "[...]" never does.
 */
import type { LanguageProfile } from './profile.js';
import { OPENERS, isCjk, isSpace } from './text-classes.js';

/** What the scanner knows about one candidate boundary. */
export interface BoundaryContext {
  /** The terminators of the cluster ("." "?!" ". . . ." "。"), without closing quotes. */
  marks: string;
  /** Closing quotes and brackets right after the marks. */
  closers: string;
  /** The word before the marks, without opening quotes or brackets ("U.S", "Mr", "2019"). */
  previousWord: string;
  /** Whether that word is the first word of the current sentence (a list marker "1." or "a."). */
  isFirstWord: boolean;
  /** The character right before the marks. */
  charBefore: string | undefined;
  /** The next word after the cluster and its spaces; empty at the end of the run. */
  nextWord: string;
  /** Whether the marks include a full-width terminator (。！？), which always ends a sentence. */
  isFullWidth: boolean;
}

/** `true`: the sentence ends after the cluster; `false`: no boundary; a number: it ends that many characters into the cluster. */
export type BoundaryDecision = boolean | number;

const NUMBER = /^[\p{Sc}+\-−]?\d[\d.,]*%?$/u;
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const LIST_MARKER = /^(?:\d{1,3}|\p{L}|[ivxlcdm]{1,5})$/iu;

const isOpener = (char: string) => OPENERS.includes(char) || (char.charCodeAt(0) >= 128 && /[\p{Ps}\p{Pi}]/u.test(char));

/** The shape of the word after a candidate boundary. */
interface NextWord {
  word: string;
  /** Index of the first character after opening quotes and brackets. */
  bodyStart: number;
  isUpper: boolean;
  isLower: boolean;
  isDigit: boolean;
  isCjk: boolean;
}

function describeNext(word: string): NextWord {
  let i = 0;
  while (i < word.length && isOpener(word[i]!)) i++;
  const first = word[i];
  const code = first === undefined ? 0 : first.charCodeAt(0);
  const isAscii = code < 128;
  return {
    word,
    bodyStart: i,
    isUpper: isAscii ? code >= 65 && code <= 90 : /\p{Lu}|\p{Lt}/u.test(first!),
    isLower: isAscii ? code >= 97 && code <= 122 : /\p{Ll}/u.test(first!),
    isDigit: isAscii ? code >= 48 && code <= 57 : /\p{N}/u.test(first!),
    isCjk: !isAscii && isCjk(first),
  };
}

/** Whether the next word (without quotes and trailing punctuation) is one that usually starts a sentence. */
function startsSentence(next: NextWord, profile: LanguageProfile): boolean {
  return profile.sentenceStarters.has(next.word.slice(next.bodyStart).replace(/\p{P}+$/u, ''));
}

/** Whether a word before a period is an abbreviation or an initial rather than a sentence's last word. */
export function isAbbreviation(word: string, profile: LanguageProfile): boolean {
  const lower = word.toLowerCase();
  return profile.abbreviations.has(lower) || profile.prepositive.has(lower) || DOTTED_INITIALS.test(word) || /^\p{L}$/u.test(word);
}

function countDots(marks: string): number {
  let dots = 0;
  for (const char of marks) dots += char === '.' ? 1 : char === '…' ? 3 : 0;
  return dots;
}

function judgeEllipsis(context: BoundaryContext, next: NextWord, profile: LanguageProfile): BoundaryDecision {
  const { marks, charBefore } = context;
  // "[...]" and "(…)" mark words left out of a quotation.
  if (charBefore === '[' || charBefore === '(') return false;
  const isSpaced = /[ \u00a0]/.test(marks);
  const dots = countDots(marks);
  const isAttached = charBefore !== undefined && !isSpace(charBefore);
  // Chicago style "compounds. . . . The": the first dot ends the sentence, ". . ." opens the next.
  if (isSpaced && isAttached && dots >= 4 && next.isUpper) return 1;
  // ". . ." standing between words is an omission inside one sentence.
  if (isSpaced && !isAttached && dots === 3) return false;
  if (next.isUpper) return true;
  if (profile.isScriptio || next.isCjk) return context.closers !== '' || next.bodyStart > 0;
  return false;
}

/** "l’art" → "art", "dell'art" → "art": an elided article is not part of the abbreviation. */
const withoutElision = (word: string) => word.replace(/^\p{L}{1,4}['’](?=\p{L})/u, '');

function judgePeriod(context: BoundaryContext, next: NextWord, profile: LanguageProfile): boolean {
  const word = withoutElision(context.previousWord);
  const lower = word.toLowerCase();
  if (profile.isCased && next.isLower) return false;
  // "1. The first item", "a) ...", "II. History": a marker that opens the sentence.
  if (context.isFirstWord && context.closers.replace(')', '') === '' && LIST_MARKER.test(word)) return false;
  if (context.closers !== '') return true;
  if (next.isDigit) return !(profile.numeric.has(lower) || isAbbreviation(word, profile));
  if (next.isUpper) {
    if (profile.prepositive.has(lower)) return false;
    if (profile.finalAbbreviations.has(lower)) return true;
    if (isAbbreviation(word, profile)) {
      // "А. С. Пушкин", "J. R. R. Tolkien": an initial followed by another initial.
      if (/^\p{Lu}\.$/u.test(context.nextWord.slice(next.bodyStart))) return false;
      return startsSentence(next, profile);
    }
    // German "am 26. April", "der 3. Platz": a small number with a dot is an ordinal.
    if (profile.hasOrdinalDot && /^\d{1,3}$/.test(word)) return startsSentence(next, profile);
    return true;
  }
  // Before a CJK character or a symbol, an abbreviation stays in its sentence ("他在 U.S. 工作").
  return !isAbbreviation(word, profile) || NUMBER.test(word);
}

/** Decides whether the candidate described by `context` is a sentence boundary. */
export function judgeBoundary(context: BoundaryContext, profile: LanguageProfile): BoundaryDecision {
  // Japanese 「行きます。」と言った: a quotation followed by a quotative particle is inside the sentence.
  if (context.isFullWidth) return !(context.closers !== '' && profile.quotativeParticles.some((particle) => context.nextWord.startsWith(particle)));
  if (context.nextWord === '') return true;
  const { marks } = context;
  const next = describeNext(context.nextWord);
  if (marks.length > 1 && countDots(marks) >= 3 && /^[.… \u00a0]+$/.test(marks)) return judgeEllipsis(context, next, profile);
  if (marks === '…') return judgeEllipsis(context, next, profile);
  if (/[!?‼⁇⁈⁉]/.test(marks)) {
    if (profile.isCased && next.isLower) return false;
    // "Yahoo! Answers": a name written with "!" is not an end unless a sentence clearly starts.
    if (marks === '!' && profile.exclamationWords.has(context.previousWord.toLowerCase())) return startsSentence(next, profile);
    return true;
  }
  return judgePeriod(context, next, profile);
}
