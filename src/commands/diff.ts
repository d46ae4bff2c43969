/**
 * `bitext diff OLD NEW` and `bitext diff PROJECT --rev A..B`: what changed between two texts, two
 * projects, two TMX files or two revisions, as a coloured or marked-up diff, plain lines, JSON or a
 * standalone HTML report. Exits 0 when the inputs are equal and 1 when they differ, like diff(1).
 */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import i18next from 'i18next';
import { Option } from 'commander';
import type { Command } from 'commander';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { segment } from '../core/segment/index.js';
import { COLOUR_STYLE, MARKER_STYLE, diffProjectVersions, diffRevisions, diffSentences, guessLanguage, isReportEqual, latestRevision, renderHtml, renderJson, renderPlain, renderPretty } from '../core/diff/index.js';
import type { DiffReport, RenderOptions, Translate } from '../core/diff/index.js';
import type { Revision } from '../core/types.js';
import { t, tDynamic } from '../i18n/index.js';
import { detectInputKind, loadBitext, readText } from '../io/diff-input.js';
import type { InputKind } from '../io/diff-input.js';
import { loadProject } from '../io/project-file.js';
import { DIFF_FORMATS, parseContext, parseOnly, parseRevisionRange, shouldUseColour } from './diff-options.js';
import type { DiffFormat } from './diff-options.js';

/** Options of `diff`, as commander hands them over. */
export interface DiffCommandOptions {
  lang?: string;
  format: DiffFormat;
  context: string;
  only?: string;
  rev?: string;
  output?: string;
  force?: boolean;
}

const translate: Translate = (key, params) => tDynamic(key, params ?? {});

/** Sentences of a text, by bitext's segmenter. */
function sentencesOf(text: string, lang: string): string[] {
  return segment(text, { lang }).map((s) => s.text);
}

async function textReport(oldPath: string, newPath: string, lang: string | undefined): Promise<DiffReport> {
  const [oldText, newText] = [readText(oldPath), readText(newPath)];
  const language = lang ?? guessLanguage(newText || oldText);
  const result = diffSentences(sentencesOf(oldText, language), sentencesOf(newText, language), { lang: language });
  return { subject: 'text', oldName: oldPath, newName: newPath, comparisons: [{ title: language, result }] };
}

async function inputsReport(oldPath: string, newPath: string, lang: string | undefined): Promise<DiffReport> {
  const kinds: [InputKind, InputKind] = [detectInputKind(oldPath), detectInputKind(newPath)];
  if (kinds[0] !== kinds[1]) {
    const kindName = (kind: InputKind) => tDynamic(`diff.inputKind.${kind}`);
    throw new UserError('diff-kind-mismatch', { old: oldPath, new: newPath, oldKind: kindName(kinds[0]), newKind: kindName(kinds[1]) });
  }
  const kind = kinds[0];
  if (kind === 'text') return textReport(oldPath, newPath, lang);
  const [before, after] = [await loadBitext(oldPath, kind), await loadBitext(newPath, kind)];
  return { subject: kind, oldName: oldPath, newName: newPath, comparisons: diffProjectVersions(before, after, lang) };
}

function revisionReport(path: string, range: string): { report: DiffReport; from: number; to: number } {
  if (detectInputKind(path) !== 'project') throw new UserError('diff-rev-needs-project', { path });
  const project = loadProject(path);
  const { from, to } = parseRevisionRange(range, latestRevision(project));
  const { comparisons, revisions } = diffRevisions(project, from, to, path);
  const name = (revision: number) => t('diff.revisionName', { file: basename(path), revision });
  return { report: { subject: 'revision', oldName: name(from), newName: name(to), comparisons, revisions }, from, to };
}

/** The revisions between the two compared ones, one line each, before the diff itself. */
function revisionLog(revisions: readonly Revision[], from: number, to: number): string {
  if (revisions.length === 0) return '';
  const lines = revisions.map((r) =>
    t('diff.revisionLine', { number: r.number, time: r.time, author: r.author, operation: r.operation, lang: r.lang, beads: r.beads.join(' ') || '—' }),
  );
  return [t('diff.revisionLog', { from, to }), ...lines.map((l) => `  ${l}`), ''].join('\n');
}

function render(report: DiffReport, format: DiffFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(report, options);
    case 'plain':
      return renderPlain(report, options);
    case 'html':
      return renderHtml(report, options, i18next.language);
    case 'pretty':
      return renderPretty(report, shouldUseColour(Boolean(process.stdout.isTTY), process.env) ? COLOUR_STYLE : MARKER_STYLE, options);
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Refuses an output that is one of the inputs, or (without --force) any existing file: it may be the user's translation, not an old report. */
function checkOutput(output: string, inputs: ReadonlyArray<string | undefined>, force: boolean): void {
  for (const input of inputs) if (input !== undefined && sameFile(input, output)) throw new UserError('diff-output-is-input', { path: output });
  if (!force && existsSync(output)) throw new UserError('output-exists', { path: output });
}

/** Runs `bitext diff`; sets the exit status to 1 when the inputs differ. */
export async function runDiff(oldPath: string, newPath: string | undefined, options: DiffCommandOptions): Promise<void> {
  const renderOptions: RenderOptions = { context: parseContext(options.context), translate, ...(options.only !== undefined && { only: parseOnly(options.only)! }) };
  if (oldPath === '-' && newPath === '-') throw new UserError('stdin-twice', {}, EXIT.usage);
  if (options.output !== undefined) checkOutput(options.output, [oldPath, newPath], options.force === true);
  let report: DiffReport;
  let log = '';
  if (options.rev !== undefined) {
    if (newPath !== undefined) throw new UserError('diff-rev-two-inputs', {}, EXIT.usage);
    const revision = revisionReport(oldPath, options.rev);
    report = revision.report;
    if (options.format === 'pretty') log = revisionLog(revision.report.revisions ?? [], revision.from, revision.to);
  } else {
    if (newPath === undefined) throw new UserError('diff-missing-new', {}, EXIT.usage);
    report = await inputsReport(oldPath, newPath, options.lang);
  }
  const text = log + render(report, options.format, renderOptions);
  if (options.output !== undefined) {
    writeFileSync(options.output, text);
    process.stderr.write(`${t('diff.written', { path: options.output })}\n`);
  } else process.stdout.write(text);
  process.exitCode = isReportEqual(report) ? EXIT.ok : EXIT.different;
}

/** Adds `diff` to the program. */
export function register(program: Command): void {
  program
    .command('diff')
    .description(t('diff.description'))
    .argument('<old>', t('diff.oldArgument'))
    .argument('[new]', t('diff.newArgument'))
    .option('--lang <ll>', t('diff.langOption'))
    .addOption(new Option('--format <format>', t('diff.formatOption')).choices(DIFF_FORMATS).default('pretty'))
    .option('--context <n>', t('diff.contextOption'), '1')
    .option('--only <kinds>', t('diff.onlyOption'))
    .option('--rev <range>', t('diff.revOption'))
    .option('-o, --output <file>', t('diff.outputOption'))
    .option('--force', t('diff.forceOption'))
    .action(runDiff);
}
