/**
 * `bitext export PROJECT`: the reviewed bitext as TMX 1.4 (one multilingual file), TSV or XLIFF 2.0
 * (one file per target language). Writes to stdout or, atomically, to `-o FILE`; what was written and
 * what was left out goes to stderr.
 */
import { extname } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { exportUnits, selectTargets } from '../core/formats/export-units.js';
import type { ExportSelection, SkippedCounts } from '../core/formats/export-units.js';
import { tmxChunks } from '../core/formats/tmx-writer.js';
import type { ExportSummary } from '../core/formats/tmx-writer.js';
import { projectToTsv } from '../core/formats/tsv.js';
import { xliffChunks } from '../core/formats/xliff-writer.js';
import type { Project } from '../core/types.js';
import { t } from '../i18n/index.js';
import { checkOutputFree, writeChunks } from '../io/export-file.js';
import { loadProject } from '../io/project-file.js';
import { toolVersion } from '../io/tool-version.js';
import { formatUserError } from './handle-error.js';

type Format = 'tmx' | 'tsv' | 'xliff';

interface ExportFlags {
  format?: Format;
  output?: string;
  status: 'confirmed' | 'all';
  target?: string[];
  sanitize?: boolean;
  force?: boolean;
}

const EXTENSIONS: Record<string, Format> = { '.tmx': 'tmx', '.tsv': 'tsv', '.txt': 'tsv', '.xlf': 'xliff', '.xliff': 'xliff' };

/** `out.tsv` → `out.fr.tsv`: one file per target for the bilingual formats. */
function perTargetPath(path: string, lang: string): string {
  const extension = extname(path);
  return `${path.slice(0, path.length - extension.length)}.${lang}${extension}`;
}

/** "excluded 2, not confirmed 14": only the reasons that left something out; empty when nothing was. */
function skippedParts(skipped: SkippedCounts): string {
  const parts = [
    skipped.excluded > 0 ? t('export.skippedExcluded', { count: skipped.excluded }) : '',
    skipped.unconfirmed > 0 ? t('export.skippedUnconfirmed', { count: skipped.unconfirmed }) : '',
    skipped.emptySide > 0 ? t('export.skippedEmpty', { count: skipped.emptySide }) : '',
  ];
  return parts.filter((part) => part !== '').join(t('export.skippedSeparator'));
}

function report(summary: ExportSummary, file: string | undefined): void {
  const where = file ?? t('export.standardOutput');
  process.stderr.write(`${t('export.written', { count: summary.pairs, units: summary.units, file: where })}\n`);
  const parts = skippedParts(summary.skipped);
  if (parts !== '') process.stderr.write(`${t('export.skipped', { parts })}\n`);
  for (const bead of summary.sanitized) process.stderr.write(`${t('export.sanitized', { count: bead.removed, bead: bead.bead, lang: bead.lang })}\n`);
}

/**
 * The counts of beads left out when the selection exports nothing, or undefined when it exports at
 * least one pair. Runs the exporters' own selection (so the same rules), stopping at the first unit.
 */
function nothingToExport(project: Project, selection: ExportSelection): SkippedCounts | undefined {
  const skipped: SkippedCounts = { excluded: 0, unconfirmed: 0, emptySide: 0 };
  return exportUnits(project, selection, skipped).next().done ? skipped : undefined;
}

/** The error for an export that would write no pair: why, and what to do (review, or `--status all`). */
function nothingError(projectPath: string, skipped: SkippedCounts, targets: string): UserError {
  if (skipped.unconfirmed > 0) return new UserError('export-nothing-confirmed', { path: projectPath, count: skipped.unconfirmed, targets });
  const reasons = skippedParts(skipped);
  return reasons === '' ? new UserError('export-no-pairs', { path: projectPath, targets }) : new UserError('export-nothing', { path: projectPath, targets, reasons });
}

function* textChunk(text: string, summary: ExportSummary): Generator<string, ExportSummary> {
  yield text;
  return summary;
}

function exportBilingual(project: Project, projectPath: string, format: 'tsv' | 'xliff', flags: ExportFlags): void {
  const targets = selectTargets(project, flags.target);
  if (targets.length > 1 && !flags.output) throw new UserError('export-needs-output', { format, count: targets.length });
  const outputs = targets.map((target) => ({ lang: target.document.lang, path: flags.output && targets.length > 1 ? perTargetPath(flags.output, target.document.lang) : flags.output }));
  for (const output of outputs) if (output.path) checkOutputFree(output.path, flags.force ?? false);
  // A target with nothing to export gets no file (an empty TSV or XLIFF only hides the problem).
  const empty = new Map(outputs.map(({ lang }) => [lang, nothingToExport(project, { status: flags.status, targets: [lang] })]));
  const skippedAll = [...empty.values()];
  if (skippedAll.every((skipped) => skipped !== undefined)) throw nothingError(projectPath, sumCounts(skippedAll), outputs.map(({ lang }) => lang).join(', '));
  for (const { lang, path } of outputs) {
    const skipped = empty.get(lang);
    if (skipped) {
      process.stderr.write(`${formatUserError(nothingError(projectPath, skipped, lang))}\n`);
      process.exitCode = EXIT.userError;
      continue;
    }
    const selection = { status: flags.status, targets: [lang], sanitize: flags.sanitize ?? false };
    const chunks =
      format === 'xliff'
        ? xliffChunks(project, selection)
        : (() => {
            const { tsv, pairs, skipped } = projectToTsv(project, selection);
            return textChunk(tsv, { units: pairs, pairs, skipped, sanitized: [] });
          })();
    report(writeChunks(path, chunks), path);
  }
}

function sumCounts(counts: ReadonlyArray<SkippedCounts | undefined>): SkippedCounts {
  const sum: SkippedCounts = { excluded: 0, unconfirmed: 0, emptySide: 0 };
  for (const count of counts) {
    sum.excluded += count?.excluded ?? 0;
    sum.unconfirmed += count?.unconfirmed ?? 0;
    sum.emptySide += count?.emptySide ?? 0;
  }
  return sum;
}

function runExport(projectPath: string, flags: ExportFlags): void {
  const format = flags.format ?? (flags.output ? EXTENSIONS[extname(flags.output).toLowerCase()] : undefined) ?? 'tmx';
  const project = loadProject(projectPath);
  if (format !== 'tmx') return exportBilingual(project, projectPath, format, flags);
  if (flags.output) checkOutputFree(flags.output, flags.force ?? false);
  const selection = { status: flags.status, ...(flags.target ? { targets: flags.target } : {}) };
  const skipped = nothingToExport(project, selection);
  if (skipped) throw nothingError(projectPath, skipped, selectTargets(project, flags.target).map((target) => target.document.lang).join(', '));
  const chunks = tmxChunks(project, { ...selection, sanitize: flags.sanitize ?? false, toolVersion: toolVersion(), exportedAt: new Date().toISOString() });
  report(writeChunks(flags.output, chunks), flags.output);
}

/** Adds `bitext export`. */
export function register(program: Command): void {
  program
    .command('export')
    .description(t('export.description'))
    .argument('<project>', t('export.projectArgument'))
    .addOption(new Option('-f, --format <format>', t('export.formatOption')).choices(['tmx', 'tsv', 'xliff']))
    .option('-o, --output <file>', t('export.outputOption'))
    .addOption(new Option('--status <which>', t('export.statusOption')).choices(['confirmed', 'all']).default('confirmed'))
    .option('--target <lang...>', t('export.targetOption'))
    .option('--sanitize', t('export.sanitizeOption'))
    .option('--force', t('export.forceOption'))
    .action((projectPath: string, flags: ExportFlags) => runExport(projectPath, flags));
}
