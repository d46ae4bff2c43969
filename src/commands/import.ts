/**
 * `bitext import FILE`: a translation memory (TMX 1.1–1.4, or TSV / XLIFF 2.0) becomes a project
 * whose beads are confirmed 1-1 pairs, keeping props and notes. TMX is streamed, so a file larger
 * than memory is fine as long as the project fits.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../core/errors.js';
import type { ImportReport } from '../core/formats/tmx-project-builder.js';
import { tsvToProject } from '../core/formats/tsv.js';
import { xliffToProject } from '../core/formats/xliff-reader.js';
import type { Project } from '../core/types.js';
import { t } from '../i18n/index.js';
import { PROJECT_EXTENSION, saveProject } from '../io/project-file.js';
import { readText } from '../io/read-text.js';
import { checkOutputFree } from '../io/export-file.js';
import { checkImportFile } from '../io/import-input.js';
import { importTmxFile } from '../io/tmx-file.js';
import { toolVersion } from '../io/tool-version.js';

interface ImportFlags {
  output?: string;
  sourceLang?: string;
  target?: string[];
  force?: boolean;
}

/** `memory.tmx` → `memory.bitext.json` beside it. */
function defaultProjectPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}${PROJECT_EXTENSION}`);
}

function reportTmx(report: ImportReport, project: Project, output: string): void {
  const langs = project.targets.map((target) => target.document.lang).join(', ');
  process.stderr.write(`${t('import.done', { count: report.pairs, units: report.units, source: project.source.lang, targets: langs, file: output })}\n`);
  const skipped = report.withoutSource + report.withoutTranslation;
  if (skipped > 0) process.stderr.write(`${t('import.skipped', { withoutSource: report.withoutSource, withoutTranslation: report.withoutTranslation, lang: project.source.lang })}\n`);
  if (report.duplicateVariants > 0) process.stderr.write(`${t('import.duplicates', { count: report.duplicateVariants })}\n`);
}

async function readProject(file: string, flags: ImportFlags, importedAt: string): Promise<{ project: Project; report?: ImportReport }> {
  const extension = extname(file).toLowerCase();
  const common = { fileName: basename(file), toolVersion: toolVersion(), importedAt };
  if (extension === '.xlf' || extension === '.xliff') return { project: xliffToProject(readText(file), common) };
  if (extension === '.tsv' || extension === '.txt') {
    // Read (and so check the encoding) first: a bad file is the problem to report, not the options.
    const text = readText(file);
    const targetLang = flags.target?.[0];
    if (!flags.sourceLang || !targetLang) throw new UserError('import-tsv-needs-langs', { path: file });
    return { project: tsvToProject(text, { ...common, sourceLang: flags.sourceLang, targetLang }) };
  }
  try {
    return await importTmxFile(file, { ...common, ...(flags.sourceLang ? { sourceLang: flags.sourceLang } : {}), ...(flags.target ? { targets: flags.target } : {}) });
  } catch (error) {
    // The reader's hint is for any command; here the file is being imported.
    if (error instanceof UserError && error.code === 'tmx-invalid-xml') throw new UserError(error.code, { ...error.params, context: 'import' }, error.exitCode);
    throw error;
  }
}

async function runImport(file: string, flags: ImportFlags): Promise<void> {
  checkImportFile(file);
  const output = flags.output ?? defaultProjectPath(file);
  // Refused before reading a large file; saveProject checks again when writing.
  checkOutputFree(output, flags.force ?? false);
  const { project, report } = await readProject(file, flags, new Date().toISOString());
  saveProject(output, project, { overwrite: flags.force ?? false, backup: true });
  if (report) reportTmx(report, project, output);
  else process.stderr.write(`${t('import.done', { count: project.targets[0]?.beads.length ?? 0, units: project.targets[0]?.beads.length ?? 0, source: project.source.lang, targets: project.targets.map((target) => target.document.lang).join(', '), file: output })}\n`);
}

/** Adds `bitext import`. */
export function register(program: Command): void {
  program
    .command('import')
    .description(t('import.description'))
    .argument('<file>', t('import.fileArgument'))
    .option('-o, --output <project>', t('import.outputOption'))
    .option('--source-lang <lang>', t('import.sourceLangOption'))
    .option('--target <lang...>', t('import.targetOption'))
    .option('--force', t('import.forceOption'))
    .action((file: string, flags: ImportFlags) => runImport(file, flags));
}
