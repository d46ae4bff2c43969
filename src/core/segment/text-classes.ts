/** Character classes shared by the boundary rules and the line classifier. */

/** Sentence-final marks that need a following space (or the end of the text) to end a sentence. */
export const LATIN_TERMINATORS = '.!?‼⁇⁈⁉…';
/** Full-width marks that end a sentence even when the next sentence follows without a space. */
export const CJK_TERMINATORS = '。！？｡．';
/** Marks that close a quotation or a bracket and stay with the sentence they close. */
export const CLOSERS = `"'”’»）」』》〉】〕)\\]}›`;
/** Marks that open a quotation, a bracket, or (Spanish) a question or exclamation. */
export const OPENERS = `"'“‘«（「『《〈【〔([{‹¿¡„‚`;
/** List bullets that start a new item when they appear after a space inside a line. */
export const BULLETS = '•⁃▪◦‣●■➢➤►';

/** Whitespace as String.prototype.trim sees it (includes no-break and ideographic spaces). */
export function isSpace(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  // Fast path for ASCII, the common case in a linear scan.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(char);
}

/** Whether a character is written in a script without spaces between words (Han, kana, Hangul). */
export const isCjk = (char: string | undefined): boolean =>
  char !== undefined && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char);
