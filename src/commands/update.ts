/**
 * `bitext update PROJECT --source NEW.txt`: bring a project up to date with a revised source. Beads
 * on unchanged sentences are kept with their review state; changed regions are re-aligned and left
 * for review; the update is one revision in the project's history (`bitext diff PROJECT --rev N`).
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { isEqual, summaryCounts, updateSource } from '../core/diff/index.js';
import { segment } from '../core/segment/index.js';
import { t, tDynamic } from '../i18n/index.js';
import { acquireLock, loadProject, saveProject } from '../io/project-file.js';
import { readText } from '../io/read-text.js';
import { defaultAuthor } from './review.js';

/** Options of `update`. */
export interface UpdateCommandOptions {
  source: string;
  author?: string;
  dryRun?: boolean;
}

/** Runs `bitext update`. */
export function runUpdate(path: string, options: UpdateCommandOptions): void {
  const text = readText(options.source);
  if (text.trim() === '') throw new UserError('update-empty-source', { path: options.source });
  // A dry run only reads, like `bitext info`, so it must not be refused while a review holds the project.
  const release = options.dryRun ? () => undefined : acquireLock(path);
  try {
    const project = loadProject(path);
    const segments = segment(text, { lang: project.source.lang });
    const context = { author: defaultAuthor(options.author), time: new Date().toISOString(), file: basename(options.source) };
    const outcome = updateSource(project, segments, context);
    if (isEqual(outcome.diff.entries)) {
      process.stdout.write(`${t('update.unchanged', { path })}\n`);
      return;
    }
    const counts = summaryCounts(outcome.diff.summary, (key, params) => tDynamic(key, params ?? {}));
    const lines = [t('update.source', { counts, sentences: segments.length })];
    for (const { lang, kept, keptConfirmed, realigned } of outcome.targets) {
      const keptText = t('update.kept', { count: kept, confirmed: keptConfirmed });
      lines.push(`  ${t('update.target', { lang, kept: keptText, realigned: t('update.realigned', { count: realigned }) })}`);
    }
    if (options.dryRun) lines.push(t('update.dryRun'));
    else {
      saveProject(path, outcome.project);
      lines.push(t('update.saved', { path, revision: outcome.project.revisions.at(-1)!.number }));
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    release();
  }
}

/** Adds `update` to the program. */
export function register(program: Command): void {
  program
    .command('update')
    .description(t('update.description'))
    .argument('<project>', t('update.projectArgument'))
    .requiredOption('--source <file>', t('update.sourceOption'))
    .option('--author <name>', t('update.authorOption'))
    .option('--dry-run', t('update.dryRunOption'))
    .action((path: string, options: UpdateCommandOptions) => {
      if (options.source === '') throw new UserError('update-empty-source', { path: options.source }, EXIT.usage);
      runUpdate(path, options);
    });
}
