/**
 * The plain diff for scripts: one tab-separated line per row, stable English kind tokens, 1-based
 * positions, `[-…-]{+…+}` markers, never colour. Columns: kind, old positions, new positions, then
 * one column per compared text (a bead's source and target).
 */
import { MARKER_STYLE, renderParts } from './inline-style.js';
import { viewRows } from './view.js';
import { CHANGE_KINDS } from './types.js';
import type { DiffReport, RenderOptions } from './report.js';
import type { DiffEntry, DiffSummary } from './types.js';

function positions(values: readonly number[]): string {
  return values.length === 0 ? '-' : values.map((v) => v + 1).join(',');
}

function noTabs(text: string): string {
  return text.replace(/[\t\n]/g, ' ');
}

function entryLine(entry: DiffEntry): string {
  const texts = entry.fields.map((field) => noTabs(entry.kind === 'equal' ? field.after.join(' ') : renderParts(field.parts, MARKER_STYLE)));
  return [entry.kind, positions(entry.old), positions(entry.new), ...texts].join('\t');
}

function summaryLine(summary: DiffSummary): string {
  const counts = CHANGE_KINDS.map((kind) => `${kind}=${summary.counts[kind]}`);
  return ['summary', ...counts, `changed-words=${summary.changedWords}/${summary.totalWords}`, `${summary.changedWordsPercent.toFixed(1)}%`].join('\t');
}

/** Renders a report as plain lines. Ends with a newline. */
export function renderPlain(report: DiffReport, options: Omit<RenderOptions, 'translate'>): string {
  const lines = [`---\t${noTabs(report.oldName)}`, `+++\t${noTabs(report.newName)}`];
  for (const comparison of report.comparisons) {
    if (report.subject !== 'text') lines.push(`comparison\t${noTabs(comparison.title)}`);
    for (const row of viewRows(comparison.result.entries, options)) {
      lines.push(row.type === 'skip' ? `skipped\t${row.count}` : entryLine(row.entry));
    }
    lines.push(summaryLine(comparison.result.summary));
  }
  return `${lines.join('\n')}\n`;
}
