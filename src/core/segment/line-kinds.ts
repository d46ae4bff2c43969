/**
 * What a whole line is, before any sentence splitting: page chrome (a pager, a row of sharing
 * links), a speaker label ("Huang Libin:", "黄利斌："), a heading (a short line without final
 * punctuation), or running text.
 */
import type { SegmentKind } from '../types.js';
import type { LanguageProfile } from './profile.js';
import { CLOSERS, isCjk } from './text-classes.js';

/** Longest line that can be a heading, chrome or a speaker label (longer lines are running text). */
export const MAX_HEADING_LENGTH = 200;
const MAX_SPEAKER_LENGTH = 48;

const PAGER_TOKEN = /^(?:\d{1,4}|[<>«»‹›|…]+|\.{2,}|next|prev|previous|first|last|下一页|上一页|首页|尾页|次へ|前へ)$/iu;
const FIRST_TOKEN = /[^\s]+/u;
/** Lowercase words that may link the capitalised words of a name ("Xi of", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'di', 'da', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'bin', 'al', 'el', 'y', 'of', 'the', 'and', 'from', 'et', 'und', 'e']);

/** Whether the line ends with a sentence-final (or clause-final) mark, ignoring closing quotes. */
export function hasFinalPunctuation(line: string): boolean {
  let end = line.length;
  while (end > 0 && CLOSERS.includes(line[end - 1]!)) end--;
  return /[.!?‼⁇⁈⁉…。！？｡．:：;；,，、]$/u.test(line.slice(0, end));
}

/** A pager ("<  1  2  3 >") or a row of page widgets ("Print E-mail Bookmark and Share"). */
export function isChrome(line: string, profile: LanguageProfile): boolean {
  if (line.length > MAX_HEADING_LENGTH) return false;
  // Every token must be a pager token or a chrome word: most lines fail on their first one.
  const first = FIRST_TOKEN.exec(line)?.[0];
  if (first === undefined || !(PAGER_TOKEN.test(first) || profile.chromeWords.has(first.toLowerCase()))) return false;
  const tokens = line.split(/\s+/u).filter(Boolean);
  if (tokens.length < 2) return false;
  if (tokens.every((token) => PAGER_TOKEN.test(token)) && tokens.some((token) => /[<>«»‹›]|\d/.test(token))) return true;
  return tokens.every((token) => profile.chromeWords.has(token.toLowerCase())) && tokens.filter((token) => token.length > 3 || isCjk(token[0])).length >= 2;
}

/** A label that introduces what a person says: a name or a role followed by ":" or "：". */
export function isSpeakerLabel(line: string, profile: LanguageProfile): boolean {
  if (line.length > MAX_SPEAKER_LENGTH || !/[:：]$/u.test(line)) return false;
  const label = line.slice(0, -1).trim();
  if (label === '' || /[.!?。！？,，;；:："“”()（）]/u.test(label.replace(/\b\p{Lu}\./gu, ''))) return false;
  if (profile.speakerRoles.has(label.toLowerCase())) return true;
  if (isCjk(label[0])) return [...label].length <= 8;
  const words = label.split(/\s+/u);
  if (words.length > 5) return false;
  const [first, ...rest] = words;
  if (first !== undefined && profile.speakerRoles.has(first.toLowerCase())) return true;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.toLowerCase())) && /^\p{Lu}/u.test(rest.at(-1) ?? first ?? '');
}

/** A short line without final punctuation: a title or a dateline. */
export function looksLikeHeading(line: string): boolean {
  return line.length <= MAX_HEADING_LENGTH && !hasFinalPunctuation(line) && /[\p{L}\p{N}]/u.test(line);
}

/** A trailing "April 26, 2020", "26 avril 2020", "2020年4月26日" after the last sentence of a line. */
export function isDateline(text: string, profile: LanguageProfile): boolean {
  if (text.length > 40 || hasFinalPunctuation(text)) return false;
  if (/^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/u.test(text)) return true;
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/u.test(text)) return true;
  const words = text.toLowerCase().split(/[\s,.]+/u).filter(Boolean);
  const hasYear = words.some((word) => /^(?:1[5-9]|20)\d\d$/.test(word));
  const hasMonth = words.some((word) => profile.months.has(word));
  return hasYear && hasMonth && words.length <= 6 && words.every((word) => /^\d+$/.test(word) || profile.months.has(word) || /^(?:de|del|of|the|am|le|th|st|nd|rd|г)$/.test(word));
}

/** Kind of a line seen on its own: chrome, speaker, or undecided (heading or running text depends on its neighbours). */
export function lineKind(line: string, profile: LanguageProfile): SegmentKind | undefined {
  if (isChrome(line, profile)) return 'chrome';
  if (isSpeakerLabel(line, profile)) return 'speaker';
  return undefined;
}
