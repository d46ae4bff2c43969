/**
 * XLIFF 2.0 reader (what xliff-writer.ts writes, and plain XLIFF 2.0 from other tools): one unit
 * becomes one bead; several segments of a unit are joined. `reviewed` and `final` states are
 * confirmed, anything else automatic. `<ph>` comes back as an inline code holding its original data,
 * `<pc>` as a highlight.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';
import type { BeadStatus, Project } from '../types.js';
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { encodeInlineCode } from './inline-codes.js';
import { pairsToProject } from './pair-project.js';
import type { PairRow } from './pair-project.js';

/** Options of an XLIFF import. */
export interface XliffImportOptions {
  fileName: string;
  toolVersion: string;
  importedAt: string;
}

interface UnitState {
  metas: Record<string, string>;
  notes: string[];
  data: Record<string, string>;
  /** Inline code placeholders waiting for `<originalData>`, which may come after them. */
  source: Array<string | { ref: string; id: string }>;
  target: Array<string | { ref: string; id: string }>;
  state: string | undefined;
}

function statusOf(state: string | undefined): BeadStatus {
  return state === 'reviewed' || state === 'final' ? 'confirmed' : 'auto';
}

function resolve(parts: UnitState['source'], data: Record<string, string>): string {
  return parts.map((part) => (typeof part === 'string' ? part : encodeInlineCode({ kind: 'element', element: { name: 'ph', attributes: { x: part.id }, children: data[part.ref] ? [data[part.ref]!] : [] } }))).join('');
}

function rowOf(unit: UnitState): PairRow {
  const confidence = Number.parseFloat(unit.metas['confidence'] ?? '');
  const props = Object.fromEntries(Object.entries(unit.metas).filter(([type]) => type !== 'confidence' && type !== 'bead-type'));
  return {
    source: resolve(unit.source, unit.data),
    target: resolve(unit.target, unit.data),
    status: statusOf(unit.state),
    ...(confidence >= 0 && confidence <= 1 ? { confidence } : {}),
    ...(unit.notes.length > 0 ? { note: unit.notes.join('\n') } : {}),
    ...(Object.keys(props).length > 0 ? { props } : {}),
  };
}

/** Reads an XLIFF 2.0 document as a one-target project. */
export function xliffToProject(xliff: string, options: XliffImportOptions): Project {
  const parser = new SaxesParser({ xmlns: false });
  const rows: PairRow[] = [];
  const langs = { source: '', target: '', original: '' };
  let unit: UnitState | undefined;
  let side: 'source' | 'target' | undefined;
  let collecting: { kind: 'meta' | 'note' | 'data'; key: string; text: string } | undefined;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const a = tag.attributes;
    if (tag.name === 'xliff') Object.assign(langs, { source: a['srcLang'] ?? '', target: a['trgLang'] ?? '' });
    else if (tag.name === 'file') langs.original ||= a['original'] ?? '';
    else if (tag.name === 'unit') unit = { metas: {}, notes: [], data: {}, source: [], target: [], state: undefined };
    else if (!unit) return;
    else if (tag.name === 'segment') unit.state ??= a['state'];
    else if (tag.name === 'source' || tag.name === 'target') side = tag.name;
    else if (side && tag.name === 'ph') unit[side].push({ ref: a['dataRef'] ?? '', id: a['id'] ?? '' });
    else if (side && tag.name === 'pc') unit[side].push(encodeInlineCode({ kind: 'hi-start', attributes: { x: a['id'] ?? '' } }));
    else if (tag.name === 'mda:meta') collecting = { kind: 'meta', key: a['type'] ?? '', text: '' };
    else if (tag.name === 'note') collecting = { kind: 'note', key: '', text: '' };
    else if (tag.name === 'data') collecting = { kind: 'data', key: a['id'] ?? '', text: '' };
  });
  parser.on('text', (text) => {
    if (collecting) collecting.text += text;
    else if (unit && side) unit[side].push(text);
  });
  parser.on('closetag', (tag) => {
    if (!unit) return;
    if (tag.name === 'unit') {
      rows.push(rowOf(unit));
      unit = undefined;
    } else if (tag.name === 'source' || tag.name === 'target') side = undefined;
    else if (side && tag.name === 'pc') unit[side].push(encodeInlineCode({ kind: 'hi-end' }));
    else if (collecting && (tag.name === 'mda:meta' || tag.name === 'note' || tag.name === 'data')) {
      if (collecting.kind === 'meta') unit.metas[collecting.key] = collecting.text;
      else if (collecting.kind === 'note') unit.notes.push(collecting.text);
      else unit.data[collecting.key] = collecting.text;
      collecting = undefined;
    }
  });
  try {
    parser.write(xliff).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '') : String(error);
    throw new UserError('xliff-invalid', { path: options.fileName, line: parser.line, reason }, EXIT.dataError);
  }
  if (!langs.source || !langs.target || rows.length === 0) throw new UserError('xliff-empty', { path: options.fileName }, EXIT.dataError);
  return pairsToProject(rows, { ...options, sourceLang: langs.source, targetLang: langs.target, ...(langs.original ? { targetDocument: langs.original } : {}) });
}
