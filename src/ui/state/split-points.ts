/**
 * Where a pair can be split on one side: between two of its sentences (the bead splits in two),
 * or inside a sentence at a character (the sentence splits in two). Pure.
 */
import { graphemeStops, wordStarts } from './line-editor.js';

/** A place to split: between sentences `at - 1` and `at`, or inside a sentence at a UTF-16 offset. */
export type SplitPoint = { kind: 'between'; at: number } | { kind: 'inside'; segment: number; offset: number };

/** Every split point of a side, in reading order. */
export function splitPoints(texts: readonly string[]): SplitPoint[] {
  const points: SplitPoint[] = [];
  texts.forEach((text, segment) => {
    if (segment > 0) points.push({ kind: 'between', at: segment });
    for (const offset of graphemeStops(text)) {
      if (offset > 0 && offset < text.length) points.push({ kind: 'inside', segment, offset });
    }
  });
  return points;
}

/** Clause punctuation after which a sentence most often splits into two translated sentences. */
const CLAUSE_END = /[，,；;：:、]\s*/gu;

/**
 * The point the split cursor starts on: the first boundary between sentences when there is one,
 * else the clause end (comma, semicolon ...) nearest the middle of the sentence, else the word
 * start nearest the middle; -1 when the side cannot be split.
 */
export function initialSplitPoint(texts: readonly string[], points: readonly SplitPoint[]): number {
  if (points.length === 0) return -1;
  const between = points.findIndex((point) => point.kind === 'between');
  if (between >= 0) return between;
  const text = texts[0] ?? '';
  const clauseEnds = Array.from(text.matchAll(CLAUSE_END), (match) => match.index + match[0].length).filter((offset) => offset < text.length);
  const candidates = clauseEnds.length > 0 ? clauseEnds : wordStarts(text).filter((offset) => offset > 0);
  const middle = text.length / 2;
  const nearest = candidates.reduce<number | undefined>((best, offset) => (best === undefined || Math.abs(offset - middle) < Math.abs(best - middle) ? offset : best), undefined);
  const index = points.findIndex((point) => point.kind === 'inside' && point.offset === nearest);
  return index >= 0 ? index : Math.floor(points.length / 2);
}

/** The index of the next (or previous) point that starts a word or lies between sentences. */
export function jumpSplitPoint(texts: readonly string[], points: readonly SplitPoint[], from: number, direction: 1 | -1): number {
  const starts = texts.map((text) => new Set(wordStarts(text)));
  for (let i = from + direction; i >= 0 && i < points.length; i += direction) {
    const point = points[i]!;
    if (point.kind === 'between' || starts[point.segment]?.has(point.offset)) return i;
  }
  return from;
}
