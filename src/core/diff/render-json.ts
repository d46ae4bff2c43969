/**
 * The JSON diff for machines: every change (never the unchanged context), 0-based positions, the
 * texts of both sides and the inline parts. `--only` filters the entries, never the summary.
 */
import type { DiffReport, RenderOptions } from './report.js';
import type { DiffEntry } from './types.js';

/** Version of the JSON layout; raised on any incompatible change. */
export const DIFF_JSON_VERSION = 1;

function entryJson(entry: DiffEntry, langs: readonly string[]): Record<string, unknown> {
  return {
    kind: entry.kind,
    old: entry.old,
    new: entry.new,
    ...(entry.ids ? { oldIds: entry.ids.old, newIds: entry.ids.new } : {}),
    similarity: Math.round(entry.similarity * 1000) / 1000,
    fields: entry.fields.map((field, f) => ({
      lang: langs[f] ?? langs[0],
      before: field.before,
      after: field.after,
      parts: field.parts,
    })),
  };
}

/** Renders a report as pretty-printed JSON. Ends with a newline. */
export function renderJson(report: DiffReport, options: Pick<RenderOptions, 'only'> = {}): string {
  const document = {
    format: 'bitext-diff',
    version: DIFF_JSON_VERSION,
    subject: report.subject,
    old: report.oldName,
    new: report.newName,
    ...(report.revisions && { revisions: report.revisions }),
    identical: report.comparisons.every((c) => c.result.entries.every((e) => e.kind === 'equal')),
    comparisons: report.comparisons.map((comparison) => ({
      title: comparison.title,
      langs: comparison.result.langs,
      summary: comparison.result.summary,
      entries: comparison.result.entries
        .filter((e) => e.kind !== 'equal' && (options.only === undefined || options.only.has(e.kind)))
        .map((e) => entryJson(e, comparison.result.langs)),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
