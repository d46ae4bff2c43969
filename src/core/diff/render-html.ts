/**
 * The HTML report: one standalone page (inline CSS, no script, no network) with the old and new
 * versions side by side, deletions struck through in red and insertions underlined in green.
 */
import { summaryLine } from './render-pretty.js';
import { formatPositions, viewRows } from './view.js';
import type { Comparison, DiffReport, RenderOptions, Translate } from './report.js';
import type { DiffEntry, FieldDiff } from './types.js';

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",sans-serif;margin:1.5rem;color:#1f2328;background:#fff}
h1{font-size:1.25rem}h2{font-size:1.05rem;margin-top:2rem}
p.summary{color:#424a53}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border-top:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#f6f8fa}
.kind{width:5.5rem;font-size:.85em}.pos{width:3.5rem;color:#656d76;font-variant-numeric:tabular-nums}
del{color:#b31d28;background:#ffebe9;text-decoration:line-through}
ins{color:#116329;background:#dafbe1;text-decoration:underline}
tr.equal td{color:#656d76}
tr.skip td{text-align:center;color:#656d76;background:#f6f8fa;font-style:italic}
tr.changed .kind{color:#9a6700}tr.added .kind{color:#116329}tr.removed .kind{color:#b31d28}
tr.moved .kind{color:#0969da}tr.split .kind,tr.merged .kind{color:#8250df}
div.field+div.field{margin-top:.3rem;padding-top:.3rem;border-top:1px dashed #d0d7de}
`;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sideHtml(field: FieldDiff, side: 'old' | 'new'): string {
  return field.parts
    .filter((part) => (side === 'old' ? !part.added : !part.removed))
    .map((part) => {
      const text = escapeHtml(part.value);
      if (part.removed) return `<del>${text}</del>`;
      if (part.added) return `<ins>${text}</ins>`;
      return text;
    })
    .join('');
}

function cellHtml(entry: DiffEntry, langs: readonly string[], side: 'old' | 'new'): string {
  const isEmpty = side === 'old' ? entry.old.length === 0 : entry.new.length === 0;
  if (isEmpty) return '<td class="text"></td>';
  const fields = entry.fields.map((field, f) => {
    const html = entry.kind === 'equal' ? escapeHtml((side === 'old' ? field.before : field.after).join(' ')) : sideHtml(field, side);
    return `<div class="field" lang="${escapeHtml(langs[f] ?? langs[0] ?? '')}">${html}</div>`;
  });
  return `<td class="text ${side}">${fields.join('')}</td>`;
}

function entryRow(entry: DiffEntry, langs: readonly string[], translate: Translate): string {
  const kind = entry.kind === 'equal' ? '' : escapeHtml(translate(`diff.kind.${entry.kind}`));
  const oldIds = entry.ids?.old.join('+');
  const newIds = entry.ids?.new.join('+');
  return (
    `<tr class="${entry.kind}"><td class="kind">${kind}</td>` +
    `<td class="pos"${oldIds ? ` title="${escapeHtml(oldIds)}"` : ''}>${formatPositions(entry.old)}</td>${cellHtml(entry, langs, 'old')}` +
    `<td class="pos"${newIds ? ` title="${escapeHtml(newIds)}"` : ''}>${formatPositions(entry.new)}</td>${cellHtml(entry, langs, 'new')}</tr>`
  );
}

function comparisonHtml(report: DiffReport, comparison: Comparison, options: RenderOptions): string {
  const { translate } = options;
  const rows = viewRows(comparison.result.entries, options).map((row) =>
    row.type === 'skip'
      ? `<tr class="skip"><td colspan="5">${escapeHtml(translate('diff.skipped', { count: row.count }))}</td></tr>`
      : entryRow(row.entry, comparison.result.langs, translate),
  );
  const head =
    `<tr><th class="kind"></th><th class="pos">#</th><th>${escapeHtml(translate('diff.columnOld', { name: report.oldName }))}</th>` +
    `<th class="pos">#</th><th>${escapeHtml(translate('diff.columnNew', { name: report.newName }))}</th></tr>`;
  const identical = comparison.result.entries.every((e) => e.kind === 'equal') ? `<p>${escapeHtml(translate('diff.identical'))}</p>` : '';
  return (
    `<section><h2>${escapeHtml(comparison.title)}</h2>` +
    `<p class="summary">${escapeHtml(summaryLine(comparison.result.summary, translate))}</p>${identical}` +
    `<table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></section>`
  );
}

/**
 * Renders a report as a standalone HTML page.
 * @param uiLang language of the page's own labels, for the `lang` attribute of the page
 */
export function renderHtml(report: DiffReport, options: RenderOptions, uiLang = 'en'): string {
  const title = options.translate('diff.htmlTitle', { old: report.oldName, new: report.newName });
  const sections = report.comparisons.map((comparison) => comparisonHtml(report, comparison, options));
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(uiLang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n` +
    `<style>${CSS}</style>\n</head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n${sections.join('\n')}\n</body>\n</html>\n`
  );
}
