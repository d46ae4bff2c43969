/**
 * `bitext info PROJECT`: what a project holds: languages and files, pairs by review status and by
 * shape, edited segments, revisions, and a histogram of the aligner's confidence for the pairs still
 * to review. `--json` prints the same figures for scripts. Read-only: no lock is taken.
 */
import type { Command } from 'commander';
import { projectStats, CONFIDENCE_BINS } from '../core/project/stats.js';
import type { ProjectStats, TargetStats } from '../core/project/stats.js';
import { t } from '../i18n/index.js';
import { loadProject } from '../io/project-file.js';

/** Width of the longest histogram bar, in characters. */
const BAR_WIDTH = 30;

function histogram(bins: readonly number[]): string[] {
  const largest = Math.max(1, ...bins);
  return bins.map((count, k) => {
    const range = `${(k / CONFIDENCE_BINS).toFixed(1)}–${((k + 1) / CONFIDENCE_BINS).toFixed(1)}`;
    const bar = '█'.repeat(Math.round((count / largest) * BAR_WIDTH));
    return `    ${range}  ${String(count).padStart(6)}  ${bar}`;
  });
}

function targetLines(target: TargetStats): string[] {
  const lines = [
    t('project.info.target', { lang: target.lang, file: target.file, segments: target.segments, pairs: target.beads }),
    `  ${t('project.info.status', target.byStatus)}`,
    `  ${t('project.info.types', { types: target.byType.map(({ type, count }) => `${type} ${count}`).join(' · ') })}`,
  ];
  if (target.editedSegments > 0) lines.push(`  ${t('project.info.edited', { count: target.editedSegments })}`);
  if (target.byStatus.auto === 0) return [...lines, `  ${t('project.info.allReviewed')}`];
  return [...lines, `  ${t('project.info.confidence', { low: target.lowConfidence })}`, ...histogram(target.confidence)];
}

/** The report a person reads. */
export function formatInfo(stats: ProjectStats, path: string): string {
  const lines = [
    t('project.info.title', { name: stats.name, path }),
    t('project.info.meta', { created: stats.created, changed: stats.changed, author: stats.author, version: stats.toolVersion, count: stats.revisions }),
    t('project.info.source', { lang: stats.source.lang, file: stats.source.file, segments: stats.source.segments }),
  ];
  if (stats.source.editedSegments > 0) lines.push(`  ${t('project.info.edited', { count: stats.source.editedSegments })}`);
  if (stats.targets.length === 0) lines.push(t('project.info.noTargets'));
  for (const target of stats.targets) lines.push('', ...targetLines(target));
  return `${lines.join('\n')}\n`;
}

/** Adds `bitext info` to the program. */
export function register(program: Command): void {
  program
    .command('info')
    .description(t('cli.info.description'))
    .argument('<project>', t('cli.info.projectArgument'))
    .option('--json', t('cli.info.jsonOption'))
    .action((path: string, options: { json?: boolean }) => {
      const stats = projectStats(loadProject(path));
      process.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : formatInfo(stats, path));
    });
}
