/**
 * Wraps text to a number of terminal columns. Widths are string-width's (see char-width.ts), so CJK
 * characters count two columns and combining marks none; graphemes are never split. Lines break at a
 * space, or between any two characters when one of them is wide (CJK text has no spaces),
 * following the kinsoku rules of Chinese and Japanese: no line starts with closing punctuation
 * or ends with an opening bracket (the character before moves down with it instead), and a
 * number stays with its unit (3月) when another break fits. A word longer than the line is cut
 * at the column limit. No line is ever wider than asked.
 */
import columns, { graphemes } from './char-width.js';
import type { BreakClass } from './kinsoku.js';
import { breakClasses } from './kinsoku.js';

export { graphemes as splitGraphemes } from './char-width.js';

interface Cell {
  text: string;
  width: number;
}

/**
 * How good a line break at a boundary is; the wrapper takes the best one on the line, the
 * rightmost among equals. Breaks that keep the kinsoku rules always come first; keeping a number
 * with its unit is a preference that gives way when nothing else fits.
 */
const BREAK = {
  /** Ends a line with an opening bracket, starts one with closing punctuation, or splits —— or ……. */
  againstRules: 0,
  /** Inside a word: only when the word is longer than the line. */
  insideWord: 1,
  /** Separates a number from its unit (3 | 月). */
  splitsNumber: 2,
  /** At a space, or next to a CJK character. */
  good: 3,
} as const;

/** The cells of a paragraph with what a break needs to know about them. */
interface Paragraph {
  cells: Cell[];
  classes: BreakClass[];
  /** For each boundary i (before cell i): the last non-space cell before it, or -1. */
  lineEndAt: Int32Array;
  /** For each boundary i: the first non-space cell at or after it, or cells.length. */
  lineStartAt: Int32Array;
}

function toParagraph(text: string): Paragraph {
  const cells = toCells(text);
  const classes = breakClasses(cells.map((cell) => cell.text));
  const n = cells.length;
  const lineEndAt = new Int32Array(n + 1);
  const lineStartAt = new Int32Array(n + 1);
  for (let i = 0, last = -1; i <= n; i++) {
    lineEndAt[i] = last;
    if (i < n && classes[i] !== 'space') last = i;
  }
  for (let i = n, next = n; i >= 0; i--) {
    if (i < n && classes[i] !== 'space') next = i;
    lineStartAt[i] = next;
  }
  return { cells, classes, lineEndAt, lineStartAt };
}

/** How good a break before cell `i` is (0 < i < cells.length). */
function breakQuality({ cells, classes, lineEndAt, lineStartAt }: Paragraph, i: number): number {
  const before = classes[i - 1]!;
  const after = classes[i]!;
  const lineEnd = classes[lineEndAt[i]!];
  const lineStart = classes[lineStartAt[i]!];
  if (lineEnd === 'opening' || lineStart === 'closing' || (before === 'inseparable' && after === 'inseparable')) return BREAK.againstRules;
  if (before !== 'space' && after !== 'space' && cells[i - 1]!.width !== 2 && cells[i]!.width !== 2) return BREAK.insideWord;
  if (before === 'digit' && after === 'unit') return BREAK.splitsNumber;
  return BREAK.good;
}

/** Where the line from `start` ends, given that cells up to `end` (exclusive) fit on it. */
function chooseBreak(paragraph: Paragraph, start: number, end: number): number {
  let best = end;
  let bestQuality = -1;
  // A break with only spaces before it on the line would leave the line empty.
  for (let i = end; i > start && paragraph.lineEndAt[i]! >= start && bestQuality < BREAK.good; i--) {
    const quality = breakQuality(paragraph, i);
    if (quality > bestQuality) {
      best = i;
      bestQuality = quality;
    }
  }
  return best;
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
    width = grapheme === '\t' ? 1 : columns(grapheme);
    if (widthCache.size < 50_000) widthCache.set(grapheme, width);
  }
  return width;
}

function toCells(text: string): Cell[] {
  // Printable ASCII is one column per character and needs no grapheme segmentation.
  if (PRINTABLE_ASCII.test(text)) return Array.from(text, (char) => ({ text: char, width: 1 }));
  return graphemes(text).map((g) => ({ text: g, width: graphemeWidth(g) }));
}

function wrapParagraph(text: string, columns: number): string[] {
  const paragraph = toParagraph(text);
  const { cells } = paragraph;
  const lines: string[] = [];
  let start = 0;
  while (start < cells.length) {
    let used = 0;
    let end = start;
    while (end < cells.length && used + cells[end]!.width <= columns) used += cells[end++]!.width;
    if (end === start) end = start + 1; // a grapheme wider than the line still has to go somewhere
    // What is left is only spaces: they are dropped, so the line ends here.
    const isLast = paragraph.lineStartAt[end] === cells.length;
    const cut = isLast ? cells.length : chooseBreak(paragraph, start, end);
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
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}
