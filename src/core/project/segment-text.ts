/**
 * Text rules for joining and splitting segments, so that a side's segments always add up to its
 * document: splitting never drops a character other than the whitespace at the cut, and joining
 * puts back a space only between scripts that use spaces.
 */
import type { ProjectSegment } from '../types.js';

/** Scripts written without spaces between sentences (CJK ideographs, kana, fullwidth forms). */
const NO_SPACE_SCRIPT = /[\u2e80-\u30ff\u3100-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Joins two segment texts as they would stand in running text. */
export function joinSegmentTexts(first: string, second: string): string {
  if (first === '' || second === '') return first + second;
  const needsNoSpace = NO_SPACE_SCRIPT.test(first.at(-1)!) || NO_SPACE_SCRIPT.test(second[0]!);
  return needsNoSpace ? first + second : `${first} ${second}`;
}

/** The text a segment had in its document (its `original` once edited). */
export function originalText(segment: ProjectSegment): string {
  return segment.original ?? segment.text;
}

/** A segment with `text`, recording `original` only while the text differs from it. */
export function withText(segment: ProjectSegment, text: string, original: string): ProjectSegment {
  const { original: _dropped, ...rest } = segment;
  return text === original ? { ...rest, text } : { ...rest, text, original };
}

/**
 * Splits a segment at a UTF-16 offset of its text into two trimmed, non-empty halves, or returns
 * null when one half would be empty. An edited segment's whole original stays with the first half
 * and the second half's original is empty, so the originals still add up to the document.
 */
export function splitSegmentText(segment: ProjectSegment, offset: number, newId: string): [ProjectSegment, ProjectSegment] | null {
  if (!Number.isInteger(offset) || offset <= 0 || offset >= segment.text.length) return null;
  const head = segment.text.slice(0, offset).trim();
  const tail = segment.text.slice(offset).trim();
  if (head === '' || tail === '') return null;
  const first = withText(segment, head, segment.original === undefined ? head : segment.original);
  const second = withText({ ...segment, id: newId }, tail, segment.original === undefined ? tail : '');
  return [first, second];
}

/** Merges a segment with the next one on the same side; the result keeps the first one's id and kind. */
export function mergeSegmentTexts(first: ProjectSegment, second: ProjectSegment): ProjectSegment {
  const text = joinSegmentTexts(first.text, second.text);
  const original = joinSegmentTexts(originalText(first), originalText(second));
  return withText(first, text, original);
}
