/**
 * Lays out one pair as terminal lines: side by side on wide terminals, stacked on narrow ones.
 * Every line is already wrapped to fit, so the components only colour and print them.
 */
import type { BeadStatus } from '../../core/types.js';
import type { PairView } from '../state/pairs.js';
import { isLowConfidence } from '../state/pairs.js';
import { padToWidth, wrapText } from './wrap.js';

/** Terminals at least this wide show source and target side by side. */
export const SIDE_BY_SIDE_MIN_COLUMNS = 100;

/** Mark between the sentences of a bead, where a split would go. */
export const SENTENCE_MARK = '┊ ';

/** Shown for the empty side of a 1-0 or 0-1 pair. */
export const EMPTY_SIDE = '∅';

const STATUS_MARK: Readonly<Record<BeadStatus, string>> = { auto: '·', confirmed: '✓', excluded: '✗' };

/** One laid-out line: the gutter (number, marks) and the text of each column. */
export interface PairLine {
  gutter: string;
  /** Source text (wide) or the whole text line with its language label (stacked). */
  left: string;
  /** Target text (wide); absent when stacked. */
  right?: string;
  /** Which side the text of this line belongs to (stacked layout colours by it). */
  side: 'source' | 'target' | 'none';
}

/** How the list is laid out at the current terminal size. */
export interface LayoutOptions {
  width: number;
  /** Digits of the largest pair number, so the gutters line up. */
  numberWidth: number;
  sourceLabel: string;
  targetLabel: string;
}

/** Width of the gutter before the texts. */
export function gutterWidth(options: LayoutOptions): number {
  return options.numberWidth + 11;
}

/** Whether the list is drawn side by side at this width. */
export function isSideBySide(width: number): boolean {
  return width >= SIDE_BY_SIDE_MIN_COLUMNS;
}

function beadType(pair: PairView): string {
  return `${pair.bead.source.length}-${pair.bead.target.length}`.slice(0, 5);
}

function gutterLines(pair: PairView, isFocused: boolean, options: LayoutOptions): string[] {
  const marker = isFocused ? '▶ ' : '  ';
  const number = String(pair.index + 1).padStart(options.numberWidth);
  const first = `${marker}${number} ${STATUS_MARK[pair.bead.status]} ${beadType(pair).padEnd(5)} `;
  if (pair.bead.status !== 'auto') return [first];
  const weak = isLowConfidence(pair.bead) ? ' !' : '';
  const second = `${' '.repeat(options.numberWidth + 3)}${pair.bead.confidence.toFixed(2)}${weak}`;
  return [first, padToWidth(second, gutterWidth(options))];
}

const WRAP_CACHE_LIMIT = 8000;
const wrapCache = new Map<string, readonly string[]>();

/**
 * The wrapped lines of one side: each sentence after the first starts with the sentence mark.
 * Cached by text and width: a pair is laid out again whenever its focus or status changes (every
 * move, every confirm), and wrapping is most of laying it out.
 */
export function wrapSide(texts: readonly string[], width: number): readonly string[] {
  if (texts.length === 0) return [EMPTY_SIDE];
  const key = `${width}\u0000${texts.join('\u0001')}`;
  let lines = wrapCache.get(key);
  if (!lines) {
    if (wrapCache.size >= WRAP_CACHE_LIMIT) wrapCache.clear();
    lines = texts.flatMap((text, i) => wrapText(i === 0 ? text : SENTENCE_MARK + text, width));
    wrapCache.set(key, lines);
  }
  return lines;
}

/** Lays out a pair; `isFocused` adds the focus marker. */
export function layoutPair(pair: PairView, isFocused: boolean, options: LayoutOptions): PairLine[] {
  return isSideBySide(options.width) ? layoutWide(pair, isFocused, options) : layoutStacked(pair, isFocused, options);
}

/** Between the source and the target column. */
export const SIDE_SEPARATOR = ' │ ';

/** Where the columns of the side-by-side layout are: gutter, source, separator, target. */
export interface WideColumns {
  gutter: number;
  left: number;
  separator: number;
  right: number;
}

/** The widths of the side-by-side columns (they add up to `options.width`). */
export function wideColumns(options: LayoutOptions): WideColumns {
  const gutter = gutterWidth(options);
  const separator = SIDE_SEPARATOR.length;
  const textWidth = options.width - gutter - separator;
  const left = Math.floor(textWidth / 2);
  return { gutter, left, separator, right: textWidth - left };
}

function layoutWide(pair: PairView, isFocused: boolean, options: LayoutOptions): PairLine[] {
  const gutter = gutterLines(pair, isFocused, options);
  const { left: leftWidth, right: rightWidth } = wideColumns(options);
  const left = wrapSide(pair.source, leftWidth);
  const right = wrapSide(pair.target, rightWidth);
  const height = Math.max(gutter.length, left.length, right.length);
  const blankGutter = ' '.repeat(gutterWidth(options));
  return Array.from({ length: height }, (_, i) => ({
    gutter: gutter[i] ?? blankGutter,
    left: padToWidth(left[i] ?? '', leftWidth),
    right: right[i] ?? '',
    side: 'none',
  }));
}

function layoutStacked(pair: PairView, isFocused: boolean, options: LayoutOptions): PairLine[] {
  const [first = '', second] = gutterLines(pair, isFocused, options);
  const head: PairLine = { gutter: first.trimEnd() + (second ? ` ${second.trim()}` : ''), left: '', side: 'none' };
  const labelWidth = Math.max(options.sourceLabel.length, options.targetLabel.length) + 2;
  const indent = '   ';
  const textWidth = Math.max(10, options.width - indent.length - labelWidth);
  const side = (label: string, texts: readonly string[], which: 'source' | 'target'): PairLine[] =>
    wrapSide(texts, textWidth).map((line, i) => ({
      gutter: indent + (i === 0 ? label.padEnd(labelWidth) : ' '.repeat(labelWidth)),
      left: line,
      side: which,
    }));
  return [head, ...side(options.sourceLabel, pair.source, 'source'), ...side(options.targetLabel, pair.target, 'target')];
}

/** The short label of a language for the stacked layout (`zh-CN` → `ZH`). */
export function languageLabel(lang: string): string {
  return (lang.split('-')[0] ?? lang).toUpperCase();
}
