/**
 * `bitext segment FILE|- --lang LL`: a document's segments, one a line (text), as a JSON array, or
 * as JSON lines with offsets, paragraph and kind. Warnings (unknown language, empty input, very long
 * segments) go to stderr so the output stays clean for pipes.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { parseSrx, resolveLanguageProfile, segment, supportedLanguages } from '../core/segment/index.js';
import type { SrxRules } from '../core/segment/index.js';
import { UserError } from '../core/errors.js';
import type { Segment } from '../core/types.js';
import { t, tDynamic } from '../i18n/index.js';
import { readText } from '../io/read-text.js';

type Format = 'text' | 'json' | 'jsonl';

interface SegmentFlags {
  lang: string;
  format: Format;
  srx?: string;
}

/** Segments longer than this are reported: usually a text without punctuation or a missed line structure. */
export const LONG_SEGMENT_CHARS = 2000;

function render(segments: readonly Segment[], format: Format): string {
  if (format === 'json') return `${JSON.stringify(segments, null, 2)}\n`;
  if (format === 'jsonl') return segments.map((s) => `${JSON.stringify(s)}\n`).join('');
  // One segment a line: a sentence that was hard-wrapped over several lines is printed on one.
  return segments.map((s) => `${s.text.replace(/\s*\n\s*/g, ' ')}\n`).join('');
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

function warnAboutLongSegments(text: string, segments: readonly Segment[]): void {
  const long = segments.filter((s) => s.end - s.start > LONG_SEGMENT_CHARS);
  if (long.length === 0) return;
  const longest = long.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  process.stderr.write(`${t('segment.longSegments', { count: long.length, limit: LONG_SEGMENT_CHARS, longest: longest.end - longest.start, line: lineOf(text, longest.start) })}\n`);
}

/** Reads `--srx`; what is wrong with a bad file comes from the core as a code, and is put into words here. */
function readSrxRules(path: string): SrxRules {
  try {
    return parseSrx(readText(path), path);
  } catch (error) {
    const problem = error instanceof UserError ? error.params['problem'] : undefined;
    if (!(error instanceof UserError) || typeof problem !== 'string') throw error;
    const reason = tDynamic(`errors.${problem}.message`, error.params);
    throw new UserError(error.code, { ...error.params, reason }, error.exitCode);
  }
}

function runSegment(file: string, flags: SegmentFlags): void {
  const { isFallback } = resolveLanguageProfile(flags.lang);
  if (isFallback) process.stderr.write(`${t('segment.unknownLanguage', { lang: flags.lang, supported: supportedLanguages().join(', ') })}\n`);
  const rules = flags.srx ? readSrxRules(flags.srx) : undefined;
  const text = readText(file);
  const segments = segment(text, { lang: flags.lang, ...(rules ? { rules } : {}) });
  if (segments.length === 0) process.stderr.write(`${t('segment.empty', { file: file === '-' ? 'stdin' : file })}\n`);
  warnAboutLongSegments(text, segments);
  process.stdout.write(render(segments, flags.format));
}

/** Adds `bitext segment`. */
export function register(program: Command): void {
  program
    .command('segment')
    .description(t('segment.description'))
    .argument('<file>', t('segment.fileArgument'))
    .requiredOption('-l, --lang <lang>', t('segment.langOption'))
    .addOption(new Option('-f, --format <format>', t('segment.formatOption')).choices(['text', 'json', 'jsonl']).default('text'))
    .option('--srx <file>', t('segment.srxOption'))
    .action((file: string, flags: SegmentFlags) => runSegment(file, flags));
}
