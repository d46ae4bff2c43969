/** The human-readable diff: one block per change, with context, in colour or with markers. */
import { renderParts } from './inline-style.js';
import type { TextStyle } from './inline-style.js';
import { formatPositions, viewRows } from './view.js';
import { CHANGE_KINDS } from './types.js';
import type { Comparison, DiffReport, RenderOptions, Translate } from './report.js';
import type { DiffEntry, DiffSummary } from './types.js';

const INDENT = '    ';

function positions(entry: DiffEntry, translate: Translate): string {
  const none = translate('diff.position.none');
  const oldText = formatPositions(entry.old) || none;
  const newText = formatPositions(entry.new) || none;
  const ids = entry.ids ? `  (${entry.ids.old.join('+') || none} → ${entry.ids.new.join('+') || none})` : '';
  return `${oldText} → ${newText}${ids}`;
}

function entryLines(entry: DiffEntry, comparison: Comparison, style: TextStyle, translate: Translate): string[] {
  const { langs } = comparison.result;
  const label = (f: number): string => (entry.fields.length > 1 ? `[${langs[f] ?? ''}] ` : '');
  if (entry.kind === 'equal') {
    return entry.fields.map((field, f) => style.dim(`  · ${formatPositions(entry.new)}  ${label(f)}${field.after.join(' ')}`));
  }
  const heading = `${style.kind(translate(`diff.kind.${entry.kind}`), entry.kind)}  ${positions(entry, translate)}`;
  return [heading, ...entry.fields.map((field, f) => `${INDENT}${label(f)}${renderParts(field.parts, style)}`)];
}

/** The count of each kind of change, as a translated list ("9 changed, 0 added, …"). */
export function summaryCounts(summary: DiffSummary, translate: Translate): string {
  return CHANGE_KINDS.map((kind) => translate('diff.summaryCount', { count: summary.counts[kind], kind: translate(`diff.kind.${kind}`) })).join(
    translate('diff.listSeparator'),
  );
}

/** The summary line: counts of each kind and the changed-words share. */
export function summaryLine(summary: DiffSummary, translate: Translate): string {
  const counts = summaryCounts(summary, translate);
  const words = translate('diff.summaryWords', {
    percent: summary.changedWordsPercent.toFixed(1),
    changed: summary.changedWords,
    total: summary.totalWords,
  });
  return translate('diff.summary', { counts, words });
}

function comparisonLines(comparison: Comparison, style: TextStyle, options: RenderOptions, showTitle: boolean): string[] {
  const { translate } = options;
  const lines = showTitle ? ['', style.kind(`== ${comparison.title} ==`, 'equal')] : [];
  for (const row of viewRows(comparison.result.entries, options)) {
    if (row.type === 'skip') lines.push(style.dim(`  ⋯ ${translate('diff.skipped', { count: row.count })}`));
    else lines.push(...entryLines(row.entry, comparison, style, translate));
  }
  if (comparison.result.entries.every((e) => e.kind === 'equal')) lines.push(translate('diff.identical'));
  lines.push('', summaryLine(comparison.result.summary, translate));
  return lines;
}

/** Renders a report for people; `style` decides colour or markers. Ends with a newline. */
export function renderPretty(report: DiffReport, style: TextStyle, options: RenderOptions): string {
  const lines = [style.kind(`--- ${report.oldName}`, 'removed'), style.kind(`+++ ${report.newName}`, 'added')];
  const showTitles = report.comparisons.length > 1 || report.subject !== 'text';
  for (const comparison of report.comparisons) lines.push(...comparisonLines(comparison, style, options, showTitles));
  return `${lines.join('\n')}\n`;
}
