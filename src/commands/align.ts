/**
 * `bitext align SOURCE TARGET`: segments (or reads pre-segmented) both texts, aligns them and
 * prints the beads as a ladder, TSV or JSON, or saves them into a project (`-o NAME.bitext.json`,
 * created or given one more target language). `--batch MANIFEST` aligns many pairs at once.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { alignDetailed, segmentsOfGivenLines } from '../core/align/index.js';
import type { AlignResult, AlignWarning, KeyLexicon, Lexicon } from '../core/align/index.js';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { addTarget, createProject } from '../core/project/create.js';
import { segment } from '../core/segment/index.js';
import type { Project, Segment } from '../core/types.js';
import { t, tDynamic } from '../i18n/index.js';
import { lexiconsFor } from '../io/align-lexicons.js';
import { loadProject, saveProject } from '../io/project-file.js';
import { readText } from '../io/read-text.js';
import { toolVersion } from '../io/tool-version.js';
import { ALIGN_FORMATS, formatAlignment } from './align-output.js';
import type { AlignFormat } from './align-output.js';
import { LOW_CONFIDENCE } from '../ui/state/pairs.js';
import { defaultAuthor } from './review.js';

/** Options of `bitext align`, as commander parses them. */
export interface AlignCommandOptions {
  sourceLang: string;
  targetLang: string;
  presegmented?: boolean;
  dict?: string;
  format: AlignFormat;
  output?: string;
  replace?: boolean;
  batch?: string;
}

/** A document read for alignment: its file name, segments and sentence texts. */
export interface AlignDocument {
  file: string;
  segments: Segment[];
}

/**
 * Sentences of a pre-segmented file: line k is sentence k (a final newline adds no sentence). Each
 * line's kind (heading, speaker label, page chrome) is read off its text, as `align()` does for
 * plain sentence lists, so the project records it and the aligner anchors on it.
 */
export function presegmentedSegments(text: string, lang: string): Segment[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return segmentsOfGivenLines(lines, lang);
}

/** Reads and segments one side. */
export function readDocument(path: string, lang: string, presegmented: boolean): AlignDocument {
  const text = readText(path);
  return { file: path === '-' ? 'stdin' : basename(path), segments: presegmented ? presegmentedSegments(text, lang) : segment(text, { lang }) };
}

/** Aligns two read documents (paragraphs and segment kinds as anchors). */
export function alignDocuments(source: AlignDocument, target: AlignDocument, options: AlignCommandOptions, lexicons: readonly Lexicon[], learntLexicon?: KeyLexicon, realign = true): AlignResult {
  return alignDetailed(
    source.segments.map((s) => s.text),
    target.segments.map((s) => s.text),
    {
      sourceLang: options.sourceLang,
      targetLang: options.targetLang,
      lexicons,
      realign,
      sourceSegments: source.segments,
      targetSegments: target.segments,
      ...(learntLexicon && { learntLexicon }),
    },
  );
}

/** The translated text of an alignment warning. */
export function warningText(warning: AlignWarning): string {
  const params: Record<string, string | number> = { ...warning.params };
  if (typeof params['side'] === 'string') params['side'] = tDynamic(`align.side.${params['side']}`);
  return tDynamic(`align.warnings.${warning.code}`, params);
}

function sameSource(project: Project, source: AlignDocument): boolean {
  const texts = project.source.segments.map((s) => s.text);
  return texts.length === source.segments.length && texts.every((text, k) => text === source.segments[k]!.text);
}

/** Saves the alignment into a project file: a new project, or one more target of an existing one. */
export function saveIntoProject(path: string, source: AlignDocument, target: AlignDocument, result: AlignResult, options: AlignCommandOptions): Project {
  const time = new Date().toISOString();
  let project: Project;
  if (existsSync(path)) {
    project = loadProject(path);
    if (!sameSource(project, source)) throw new UserError('align-project-source-differs', { path, file: source.file });
  } else {
    const name = basename(path).replace(/\.bitext\.json$|\.json$/, '');
    project = createProject({ name, author: defaultAuthor(), time, toolVersion: toolVersion(), source: { lang: options.sourceLang, file: source.file, segments: source.segments } });
  }
  project = addTarget(project, { lang: options.targetLang, file: target.file, segments: target.segments, beads: result.beads }, { replace: options.replace === true, time });
  saveProject(path, project);
  return project;
}

async function runAlign(sourcePath: string | undefined, targetPath: string | undefined, options: AlignCommandOptions): Promise<void> {
  if (options.batch !== undefined) {
    const { runBatch } = await import('./align-batch.js');
    await runBatch(options.batch, options);
    return;
  }
  if (sourcePath === undefined || targetPath === undefined) throw new UserError('align-missing-files', {}, EXIT.usage);
  if (sourcePath === '-' && targetPath === '-') throw new UserError('stdin-twice', {}, EXIT.usage);
  const lexicons = lexiconsFor(options.sourceLang, options.targetLang, options.dict);
  const source = readDocument(sourcePath, options.sourceLang, options.presegmented === true);
  const target = readDocument(targetPath, options.targetLang, options.presegmented === true);
  const result = alignDocuments(source, target, options, lexicons);
  for (const warning of result.warnings) process.stderr.write(`${t('align.warningPrefix')} ${warningText(warning)}\n`);
  if (options.output !== undefined) {
    saveIntoProject(options.output, source, target, result, options);
    const low = result.beads.filter((bead) => bead.confidence < LOW_CONFIDENCE).length;
    process.stderr.write(`${t('align.saved', { beads: result.beads.length, low, lang: options.targetLang, path: options.output })}\n`);
    return;
  }
  const texts = (document: AlignDocument) => document.segments.map((s) => s.text);
  process.stdout.write(formatAlignment(options.format, result.beads, texts(source), texts(target), options.sourceLang, options.targetLang));
}

/** Adds `align` to the program. */
export function register(program: Command): void {
  program
    .command('align')
    .description(t('align.description'))
    .argument('[source]', t('align.sourceArgument'))
    .argument('[target]', t('align.targetArgument'))
    .requiredOption('--source-lang <lang>', t('align.sourceLangOption'))
    .requiredOption('--target-lang <lang>', t('align.targetLangOption'))
    .option('--presegmented', t('align.presegmentedOption'))
    .option('--dict <file>', t('align.dictOption'))
    .addOption(new Option('--format <format>', t('align.formatOption')).choices(ALIGN_FORMATS).default('ladder'))
    .option('-o, --output <project>', t('align.outputOption'))
    .option('--replace', t('align.replaceOption'))
    .option('--batch <manifest>', t('align.batchOption'))
    .action(async (source: string | undefined, target: string | undefined, options: AlignCommandOptions) => {
      await runAlign(source, target, options);
    });
}
