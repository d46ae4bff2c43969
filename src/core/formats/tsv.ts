/**
 * TSV as LF Aligner writes it: one pair per line, source TAB target, then (ours, optional on reading)
 * status TAB confidence. A tab, line break or backslash inside a segment is escaped (`\t`, `\n`, `\r`,
 * `\\`), so every pair stays on one line. Inline codes are written as their native text (`<b>`),
 * since a spreadsheet has no placeholders.
 */
import type { BeadStatus, Project } from '../types.js';
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { collectExportUnits } from './export-units.js';
import type { ExportSelection, SkippedCounts } from './export-units.js';
import { flattenInlineCodes } from './inline-codes.js';
import { pairsToProject } from './pair-project.js';
import type { PairProjectOptions, PairRow } from './pair-project.js';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/** Escapes a cell so it holds no tab or line break. */
export function escapeTsvCell(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (char) => ESCAPES[char] ?? char);
}

/** Reverses `escapeTsvCell`; an unknown escape keeps its backslash. */
export function unescapeTsvCell(cell: string): string {
  return cell.replace(/\\(.)/g, (whole, char: string) => UNESCAPES[char] ?? whole);
}

/** The TSV of one target of a project (`selection.targets` names it; the first target otherwise). */
export function projectToTsv(project: Project, selection: ExportSelection = {}): { tsv: string; pairs: number; skipped: SkippedCounts } {
  const lang = selection.targets?.[0] ?? project.targets[0]?.document.lang;
  const { units, skipped } = collectExportUnits(project, { ...selection, ...(lang ? { targets: [lang] } : {}) });
  const lines = units.map((unit) => {
    const target = unit.targets[0]!;
    const cells = [flattenInlineCodes(unit.sourceText), flattenInlineCodes(target.text), target.bead.status, String(Math.round(target.bead.confidence * 10000) / 10000)];
    return `${cells.map(escapeTsvCell).join('\t')}\n`;
  });
  return { tsv: lines.join(''), pairs: units.length, skipped };
}

function isStatus(value: string | undefined): value is BeadStatus {
  return value === 'auto' || value === 'confirmed' || value === 'excluded';
}

/** Reads TSV rows (2 to 4 columns; blank lines skipped) as a project with one target. */
export function tsvToProject(tsv: string, options: PairProjectOptions): Project {
  const rows: PairRow[] = [];
  tsv.split('\n').forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return;
    const cells = line.split('\t');
    if (cells.length < 2) throw new UserError('tsv-bad-line', { path: options.fileName, line: index + 1 }, EXIT.dataError);
    const [source = '', target = '', status, confidence] = cells.map(unescapeTsvCell);
    const parsedConfidence = Number.parseFloat(confidence ?? '');
    rows.push({
      source,
      target,
      ...(isStatus(status) ? { status } : {}),
      ...(parsedConfidence >= 0 && parsedConfidence <= 1 ? { confidence: parsedConfidence } : {}),
    });
  });
  if (rows.length === 0) throw new UserError('tsv-empty', { path: options.fileName }, EXIT.dataError);
  return pairsToProject(rows, options);
}
