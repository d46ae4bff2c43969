/**
 * Wraps text to a number of terminal columns. Widths come from string-width, so CJK characters
 * count two columns and combining marks none; graphemes are never split. Lines break at a
 * space, or between any two characters when one of them is wide (CJK text has no spaces), and a
 * word longer than the line is cut at the column limit.
 */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits a string into user-perceived characters (a base letter with its combining marks is one). */
export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

interface Cell {
  text: string;
  width: number;
}

function canBreakBetween(before: Cell, after: Cell): boolean {
  if (before.text === ' ' || after.text === ' ') return true;
  // CJK: any boundary is fine, except before closing punctuation, which must stay on its line.
  return (before.width === 2 || after.width === 2) && !/^[，。、；：！？）》」』”’,.;:!?)\]]/u.test(after.text);
}

/**
 * Wraps `text` into lines no wider than `width` columns (at least one line, possibly empty).
 * Trailing spaces at a break are dropped; newlines in the text start a new line.
 */
export function wrapText(text: string, width: number): string[] {
  const columns = Math.max(1, width);
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, columns));
}

const widthCache = new Map<string, number>();
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns of one grapheme (cached: a text has few distinct ones, and string-width is not free). */
function graphemeWidth(grapheme: string): number {
  let width = widthCache.get(grapheme);
  if (width === undefined) {
    width = grapheme === '\t' ? 1 : stringWidth(grapheme);
    if (widthCache.size < 50_000) widthCache.set(grapheme, width);
  }
  return width;
}

function toCells(text: string): Cell[] {
  // Printable ASCII is one column per character and needs no grapheme segmentation.
  if (PRINTABLE_ASCII.test(text)) return Array.from(text, (char) => ({ text: char, width: 1 }));
  return splitGraphemes(text).map((g) => ({ text: g, width: graphemeWidth(g) }));
}

function wrapParagraph(text: string, columns: number): string[] {
  const cells = toCells(text);
  const lines: string[] = [];
  let start = 0;
  while (start < cells.length) {
    let used = 0;
    let end = start;
    let lastBreak = -1;
    while (end < cells.length && used + cells[end]!.width <= columns) {
      used += cells[end]!.width;
      end++;
      if (end < cells.length && canBreakBetween(cells[end - 1]!, cells[end]!)) lastBreak = end;
    }
    if (end === start) end = start + 1; // a grapheme wider than the line still has to go somewhere
    const cut = end < cells.length && lastBreak > start ? lastBreak : end;
    lines.push(
      cells
        .slice(start, cut)
        .map((c) => c.text)
        .join('')
        .trimEnd(),
    );
    start = cut;
    while (start < cells.length && cells[start]!.text === ' ') start++;
  }
  return lines.length > 0 ? lines : [''];
}

/** Pads `text` with spaces to exactly `width` columns (text must not be wider). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
