/**
 * Builds a one-target project from rows of aligned text (what TSV and XLIFF hold): each row is a
 * bead, 1-1, or 1-0 / 0-1 when a side is empty.
 */
import type { BeadStatus, Project, ProjectBead } from '../types.js';
import { normalizeLanguageTag } from './language-tag.js';

/** One aligned pair read from a bilingual file. */
export interface PairRow {
  source: string;
  target: string;
  status?: BeadStatus;
  confidence?: number;
  note?: string;
  props?: Record<string, string>;
}

/** Where the rows came from and when they were read. */
export interface PairProjectOptions {
  sourceLang: string;
  targetLang: string;
  /** File name, for the project name and documents. */
  fileName: string;
  sourceDocument?: string;
  targetDocument?: string;
  toolVersion: string;
  importedAt: string;
}

/** The project holding `rows` as beads, in order. */
export function pairsToProject(rows: readonly PairRow[], options: PairProjectOptions): Project {
  const source: Project['source'] = { lang: normalizeLanguageTag(options.sourceLang), file: options.sourceDocument ?? options.fileName, segments: [] };
  const target: Project['source'] = { lang: normalizeLanguageTag(options.targetLang), file: options.targetDocument ?? options.fileName, segments: [] };
  const beads: ProjectBead[] = rows.map((row, index) => {
    const bead: ProjectBead = { id: `b${index}`, source: [], target: [], status: row.status ?? 'confirmed', confidence: row.confidence ?? 1 };
    if (row.source !== '') {
      bead.source.push(`s${source.segments.length}`);
      source.segments.push({ id: `s${source.segments.length}`, text: row.source, kind: 'sentence', paragraph: index });
    }
    if (row.target !== '') {
      bead.target.push(`t${target.segments.length}`);
      target.segments.push({ id: `t${target.segments.length}`, text: row.target, kind: 'sentence', paragraph: index });
    }
    if (row.note) bead.note = row.note;
    if (row.props && Object.keys(row.props).length > 0) bead.props = row.props;
    return bead;
  });
  return {
    format: 'bitext-project',
    version: 1,
    meta: { name: options.fileName.replace(/\.[^.]*$/, ''), toolVersion: options.toolVersion, created: options.importedAt, changed: options.importedAt, author: '' },
    source,
    targets: [{ document: target, beads }],
    revisions: [],
  };
}
