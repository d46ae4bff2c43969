/**
 * `segment()`: a text in, its segments out (sentences, headings, speaker labels, page chrome),
 * each with UTF-16 offsets into the input. Lossless: between two segments there is only
 * whitespace, and every segment's text is the trimmed slice of the input at its offsets.
 */
import type { Segment, SegmentKind } from '../types.js';
import { splitParagraphs, trimSpan } from './layout.js';
import type { LineSpan } from './layout.js';
import { hasFinalPunctuation, isDateline, lineKind, looksLikeHeading } from './line-kinds.js';
import type { LanguageProfile } from './profile.js';
import { resolveLanguageProfile } from './resolve-language.js';
import { findRunBreaks } from './run-breaks.js';
import { selectSrxRules } from './srx-apply.js';
import type { CompiledSrxRule } from './srx-apply.js';
import type { SrxRules } from './srx-types.js';

export type { LanguageProfile } from './profile.js';
export type { ResolvedLanguage } from './resolve-language.js';
export { resolveLanguageProfile, supportedLanguages } from './resolve-language.js';
export type { SrxLanguageMap, SrxRule, SrxRules } from './srx-types.js';
export { parseSrx } from './srx-parse.js';
export type { SrxProblem } from './srx-parse.js';

/** Options of `segment()`. */
export interface SegmentOptions {
  /** BCP-47 tag of the text's language (`en`, `zh-CN`, `fr` ...); unknown tags use a generic profile. */
  lang: string;
  /** SRX rules whose break and no-break rules for `lang` apply on top of the built-in rules. @default undefined */
  rules?: SrxRules;
}

interface Context {
  text: string;
  profile: LanguageProfile;
  srx: readonly CompiledSrxRule[];
  paragraph: number;
  out: Segment[];
}

function push(context: Context, span: LineSpan, kind: SegmentKind): void {
  const { text, paragraph, out } = context;
  out.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, paragraph, kind });
}

/** Splits running text (one line, or hard-wrapped lines) into sentences; a trailing date is a dateline heading. */
function segmentRun(context: Context, start: number, end: number): void {
  const { text, profile } = context;
  const run = text.slice(start, end);
  const breaks = [...findRunBreaks(run, profile, context.srx), run.length];
  let from = 0;
  for (const at of breaks) {
    const span = trimSpan(text, start + from, start + at);
    from = at;
    if (span.start >= span.end) continue;
    const isLast = at === run.length;
    const kind = isLast && isDateline(text.slice(span.start, span.end), profile) && context.out.length > 0 ? 'heading' : 'sentence';
    push(context, span, kind);
  }
}

/** Whether a line without final punctuation stands alone as a heading rather than continuing running text. */
function isHeadingLine(context: Context, lines: readonly LineSpan[], index: number, previousIsOpen: boolean): boolean {
  const line = lines[index]!;
  const lineText = context.text.slice(line.start, line.end);
  // A line holding a sentence and then a date ("... 2020. April 26, 2020") is running text.
  if (previousIsOpen || !looksLikeHeading(lineText) || findRunBreaks(lineText, context.profile, context.srx).length > 0) return false;
  const next = lines[index + 1];
  if (next === undefined) return true;
  return /^[\p{Lu}\p{Lt}\p{N}\p{Ps}\p{Pi}"'¿¡]|^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(context.text[next.start] ?? '');
}

function segmentParagraph(context: Context, lines: readonly LineSpan[]): void {
  const { text, profile } = context;
  let runStart = -1;
  let runEnd = -1;
  let previousIsOpen = false;
  const flush = () => {
    if (runStart >= 0) segmentRun(context, runStart, runEnd);
    runStart = -1;
  };
  lines.forEach((line, index) => {
    const lineText = text.slice(line.start, line.end);
    const kind = lineKind(lineText, profile) ?? (isHeadingLine(context, lines, index, previousIsOpen) ? 'heading' : undefined);
    if (kind !== undefined) {
      flush();
      push(context, line, kind);
      previousIsOpen = false;
      return;
    }
    if (runStart < 0) runStart = line.start;
    runEnd = line.end;
    previousIsOpen = !hasFinalPunctuation(lineText);
  });
  flush();
}

/**
 * Splits `text` into segments: blank lines separate paragraphs; each line is page chrome, a
 * speaker label, a heading, or running text split into sentences by the language's rules
 * (and by SRX rules when given).
 */
export function segment(text: string, options: SegmentOptions): Segment[] {
  const { profile } = resolveLanguageProfile(options.lang);
  const srx = options.rules ? selectSrxRules(options.rules, options.lang) : [];
  const context: Context = { text, profile, srx, paragraph: 0, out: [] };
  for (const lines of splitParagraphs(text)) {
    const before = context.out.length;
    segmentParagraph(context, lines);
    if (context.out.length > before) context.paragraph++;
  }
  return context.out;
}
