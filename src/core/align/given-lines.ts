/**
 * Segments for sentences given one per line (`--presegmented`, or `align()` called with plain
 * strings): each line is classified the way the segmenter classifies whole lines, so a title, a
 * dateline, a speaker label or a row of page chrome still anchors the alignment instead of being
 * merged into the sentence next to it.
 */
import { isDateline, lineKind, looksLikeHeading } from '../segment/line-kinds.js';
import { resolveLanguageProfile } from '../segment/resolve-language.js';
import type { LanguageProfile } from '../segment/profile.js';
import type { Segment, SegmentKind } from '../types.js';

/** What may follow a heading: a capital, a digit, an opening bracket or quote, or a CJK character. */
const STARTS_LIKE_TEXT = /^[\p{Lu}\p{Lt}\p{N}\p{Ps}\p{Pi}"'¿¡]|^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function kindOf(lines: readonly string[], index: number, profile: LanguageProfile): SegmentKind {
  const line = lines[index]!.trim();
  const kind = lineKind(line, profile);
  if (kind !== undefined) return kind;
  if (isDateline(line, profile)) return 'heading';
  if (!looksLikeHeading(line)) return 'sentence';
  // As in the segmenter: a line without final punctuation is a heading only when what follows
  // does not read as its continuation ("... the Alps" / "and the Andes.").
  const next = lines[index + 1]?.trim();
  return next === undefined || next === '' || STARTS_LIKE_TEXT.test(next) ? 'heading' : 'sentence';
}

/** The kind of each given line: sentence, heading (titles, datelines), speaker label or page chrome. */
export function kindsOfGivenLines(lines: readonly string[], lang: string): SegmentKind[] {
  const { profile } = resolveLanguageProfile(lang);
  return lines.map((_, index) => kindOf(lines, index, profile));
}

/** Segments for lines given one sentence each (offsets into the lines joined by "\n", one paragraph). */
export function segmentsOfGivenLines(lines: readonly string[], lang: string): Segment[] {
  const kinds = kindsOfGivenLines(lines, lang);
  let start = 0;
  return lines.map((text, index) => {
    const segment: Segment = { text, start, end: start + text.length, paragraph: 0, kind: kinds[index]! };
    start += text.length + 1;
    return segment;
  });
}
