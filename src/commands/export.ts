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
import { selectTargets } from '../core/formats/export-units.js';
import { tmxChunks } from '../core/formats/tmx-writer.js';
import type { ExportSummary } from '../core/formats/tmx-writer.js';
import { projectToTsv } from '../core/formats/tsv.js';
import { xliffChunks } from '../core/formats/xliff-writer.js';
import type { Project } from '../core/types.js';
import { t } from '../i18n/index.js';
import { checkOutputFree, writeChunks } from '../io/export-file.js';
import { loadProject } from '../io/project-file.js';
import { toolVersion } from '../io/tool-version.js';

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

function report(summary: ExportSummary, file: string): void {
  process.stderr.write(`${t('export.written', { count: summary.pairs, units: summary.units, file })}\n`);
  const { excluded, unconfirmed, emptySide } = summary.skipped;
  if (excluded + unconfirmed + emptySide > 0) process.stderr.write(`${t('export.skipped', { excluded, unconfirmed, empty: emptySide })}\n`);
  for (const bead of summary.sanitized) process.stderr.write(`${t('export.sanitized', { count: bead.removed, bead: bead.bead, lang: bead.lang })}\n`);
}

function* textChunk(text: string, summary: ExportSummary): Generator<string, ExportSummary> {
  yield text;
  return summary;
}

function exportBilingual(project: Project, format: 'tsv' | 'xliff', flags: ExportFlags): void {
  const targets = selectTargets(project, flags.target);
  if (targets.length > 1 && !flags.output) throw new UserError('export-needs-output', { format, count: targets.length });
  const outputs = targets.map((target) => ({ lang: target.document.lang, path: flags.output && targets.length > 1 ? perTargetPath(flags.output, target.document.lang) : flags.output }));
  for (const output of outputs) if (output.path) checkOutputFree(output.path, flags.force ?? false);
  for (const { lang, path } of outputs) {
    const selection = { status: flags.status, targets: [lang], sanitize: flags.sanitize ?? false };
    const chunks =
      format === 'xliff'
        ? xliffChunks(project, selection)
        : (() => {
            const { tsv, pairs, skipped } = projectToTsv(project, selection);
            return textChunk(tsv, { units: pairs, pairs, skipped, sanitized: [] });
          })();
    report(writeChunks(path, chunks), path ?? '-');
  }
}

function runExport(projectPath: string, flags: ExportFlags): void {
  const format = flags.format ?? (flags.output ? EXTENSIONS[extname(flags.output).toLowerCase()] : undefined) ?? 'tmx';
  const project = loadProject(projectPath);
  if (format !== 'tmx') return exportBilingual(project, format, flags);
  if (flags.output) checkOutputFree(flags.output, flags.force ?? false);
  const chunks = tmxChunks(project, { status: flags.status, ...(flags.target ? { targets: flags.target } : {}), sanitize: flags.sanitize ?? false, toolVersion: toolVersion(), exportedAt: new Date().toISOString() });
  const summary = writeChunks(flags.output, chunks);
  report(summary, flags.output ?? '-');
  if (summary.pairs === 0) process.exitCode = EXIT.userError;
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
