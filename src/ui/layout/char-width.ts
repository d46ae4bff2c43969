/**
 * Terminal columns and graphemes of text, as string-width and Intl.Segmenter give them, answered
 * directly for the common case: text in which every character is a grapheme of its own, with the
 * width of its East Asian Width class (ASCII and Latin letters, CJK ideographs and punctuation,
 * kana, Hangul syllables, full-width forms, box drawing). Anything else (controls and escapes, marks,
 * joiners, emoji, Hangul jamo, characters beyond the BMP) goes to string-width and Intl.Segmenter.
 *
 * Why: string-width's first call costs about 45 ms (the ICU grapheme segmenter, and an emoji pattern
 * of thousands of sequences, compiled on first use), paid before the review's first frame, and Ink
 * measures every character of every frame with it. The bundle of the review screen hands Ink this
 * function in place of string-width (scripts/bundle-review.mjs). A test checks every BMP character
 * the shortcut answers against string-width and Intl.Segmenter.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

/**
 * Characters left to string-width and the segmenter: controls, format characters and marks; the
 * few letters that join their neighbour all the same (Malayalam dot reph, Thai and Lao am, the
 * half-width kana voicing marks); Hangul jamo; everything beyond the BMP (emoji among it).
 */
const NEEDS_SEGMENTING = /[\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Default_Ignorable_Code_Point}\u0D4E\u0E33\u0EB3\uFF9E\uFF9F\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{10000}-\u{10FFFF}]/u;

/** Whether each character of `text` is a grapheme of its own whose width its East Asian Width class gives. */
export function isPlainText(text: string): boolean {
  return !NEEDS_SEGMENTING.test(text);
}

/** Options string-width takes; only its defaults are answered directly. */
interface WidthOptions {
  ambiguousIsNarrow?: boolean;
  countAnsiEscapeCodes?: boolean;
}

/** Columns `text` takes in a terminal: string-width's answer (ambiguous characters are narrow). */
export default function columns(text: string, options?: WidthOptions): number {
  if (typeof text !== 'string' || options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes === true || !isPlainText(text)) return stringWidth(text, options);
  let width = 0;
  for (let i = 0; i < text.length; i++) width += eastAsianWidth(text.charCodeAt(i));
  return width;
}

let segmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of `text` (a base letter with its combining marks is one). */
export function graphemes(text: string): string[] {
  if (isPlainText(text)) return Array.from(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}
