/**
 * The physical structure of a text: paragraphs (blocks separated by blank lines) made of lines.
 * Offsets are UTF-16 code units into the original text; lines are trimmed and never empty.
 */

/** A trimmed, non-empty line: `text.slice(start, end)`. */
export interface LineSpan {
  start: number;
  end: number;
}

/** Narrows `[start, end)` to exclude leading and trailing whitespace (as `String.prototype.trim` defines it). */
export function trimSpan(text: string, start: number, end: number): LineSpan {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** Splits a text into paragraphs of trimmed lines; blank (or whitespace-only) lines separate paragraphs. */
export function splitParagraphs(text: string): LineSpan[][] {
  const paragraphs: LineSpan[][] = [];
  let current: LineSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = trimSpan(text, lineStart, lineEnd);
    if (line.start < line.end) current.push(line);
    else if (current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}
