/**
 * A project's preview (preview.ts) read off the bytes of its file, without parsing the whole file.
 *
 * Reading relies on the layout serialize.ts writes: one segment, bead or revision per line, and
 * every structure line indented by its depth. Since JSON strings hold no raw newline and no
 * unescaped quote, a line that starts with indentation and `"key": ` is structure, never text. A
 * file laid out any other way gets no preview (it is then parsed whole first). Nothing here is a
 * check: the file is parsed and checked in full before anyone can act on it.
 */
import { Buffer } from 'node:buffer';
import type { ProjectBead, ProjectMeta, ProjectSegment } from '../types.js';
import type { PreviewRequest, PreviewTarget, ProjectPreview } from './preview.js';
import { PROJECT_FORMAT, PROJECT_VERSION } from './schema.js';

const NEWLINE = 0x0a;
const STATUS_KEY = Buffer.from('"status":"');
const CONFIRMED = Buffer.from('"status":"confirmed"');

/** The preview of a project file's bytes, or undefined when they are not laid out as serialize.ts writes. */
export function previewProjectBytes(bytes: Uint8Array, request: PreviewRequest): ProjectPreview | undefined {
  const reader = new LineReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (reader.line() !== '{') return undefined;
  if (value(reader, '  ', 'format') !== PROJECT_FORMAT || value(reader, '  ', 'version') !== PROJECT_VERSION) return undefined;
  const meta = value(reader, '  ', 'meta');
  if (!isMeta(meta) || reader.line() !== '  "source": {') return undefined;
  const source = documentLayout(reader, '    ');
  if (!source || !/^ {2}\},?$/.test(reader.line() ?? '')) return undefined;
  const targets = targetsLayout(reader);
  if (!targets) return undefined;
  const preview: ProjectPreview = { meta, sourceLang: source.lang, targetLangs: targets.map((target) => target.document.lang) };
  const chosen = targets.find((target) => target.document.lang === request.lang) ?? targets[0];
  if (!chosen) return preview;
  const target = previewTarget(reader.bytes, source, chosen, request.pairs);
  return target && { ...preview, target };
}

/** Where a document's parts are in the file: its language, and the byte range of its segment rows. */
interface DocumentLayout {
  lang: string;
  segments: Rows;
}

/** A byte range holding the rows of an array, one per line. */
interface Rows {
  start: number;
  end: number;
}

interface TargetLayout {
  document: DocumentLayout;
  beads: Rows;
}

function previewTarget(bytes: Buffer, source: DocumentLayout, chosen: TargetLayout, pairCount: number): PreviewTarget | undefined {
  const beads = firstRows(bytes, chosen.beads, pairCount);
  if (!beads?.every(isBead)) return undefined;
  const sourceText = leadingTexts(bytes, source.segments, beads, 'source');
  const targetText = leadingTexts(bytes, chosen.document.segments, beads, 'target');
  if (!sourceText || !targetText) return undefined;
  const pairs = beads.map((bead) => ({ bead, source: bead.source.map((id) => sourceText.get(id)!), target: bead.target.map((id) => targetText.get(id)!) }));
  return { lang: chosen.document.lang, ...countBeads(bytes, chosen.beads), pairs };
}

/**
 * The texts of the segments the first beads hold, by id: beads partition each document in order,
 * so these are its first rows. Undefined when they are not (the file is not what it says).
 */
function leadingTexts(bytes: Buffer, rows: Rows, beads: readonly ProjectBead[], side: 'source' | 'target'): Map<string, string> | undefined {
  const ids = beads.flatMap((bead) => bead[side]);
  const segments = firstRows(bytes, rows, ids.length);
  if (!segments || segments.length < ids.length || !segments.every(isSegment)) return undefined;
  const texts = new Map(segments.map((segment) => [segment.id, segment.text]));
  return ids.every((id) => texts.has(id)) ? texts : undefined;
}

/**
 * How many bead rows there are, and how many of them are confirmed: rows whose first status (a
 * bead's own comes before any of its props) reads `"status":"confirmed"`. Native searches, not a
 * byte loop: this runs in a cold process, before the first frame.
 */
function countBeads(bytes: Buffer, rows: Rows): { beadCount: number; confirmedCount: number } {
  let beadCount = 0;
  for (let start = rows.start; start < rows.end; beadCount++) {
    const end = bytes.indexOf(NEWLINE, start);
    start = end < 0 ? rows.end : end + 1;
  }
  let confirmedCount = 0;
  for (let at = bytes.indexOf(CONFIRMED, rows.start); at !== -1 && at < rows.end; at = bytes.indexOf(CONFIRMED, at + CONFIRMED.length)) {
    const lineStart = bytes.lastIndexOf(NEWLINE, at) + 1;
    if (bytes.indexOf(STATUS_KEY, lineStart) === at) confirmedCount++;
  }
  return { beadCount, confirmedCount };
}

/** The first `count` rows of an array, parsed; undefined when one of them is not JSON. */
function firstRows(bytes: Buffer, rows: Rows, count: number): unknown[] | undefined {
  const parsed: unknown[] = [];
  for (let start = rows.start; start < rows.end && parsed.length < count; ) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0 || end > rows.end) end = rows.end;
    const row = parseJson(bytes.toString('utf8', start, end));
    if (row === undefined) return undefined;
    parsed.push(row);
    start = end + 1;
  }
  return parsed;
}

/** The `"targets"` array: each target's document and bead rows. */
function targetsLayout(reader: LineReader): TargetLayout[] | undefined {
  const opening = reader.line();
  if (opening === '  "targets": [],') return [];
  if (opening !== '  "targets": [') return undefined;
  const targets: TargetLayout[] = [];
  for (;;) {
    if (reader.line() !== '    {' || reader.line() !== '      "document": {') return undefined;
    const document = documentLayout(reader, '        ');
    if (!document || reader.line() !== '      },') return undefined;
    const beads = arrayRows(reader, '      ', 'beads');
    if (!beads) return undefined;
    targets.push({ document, beads });
    const closing = reader.line();
    if (closing === '    }') return reader.line() === '  ],' ? targets : undefined;
    if (closing !== '    },') return undefined;
  }
}

/** A document's lines: `"lang"`, `"file"`, then the `"segments"` array, all at `indent`. */
function documentLayout(reader: LineReader, indent: string): DocumentLayout | undefined {
  const lang = value(reader, indent, 'lang');
  if (typeof lang !== 'string' || typeof value(reader, indent, 'file') !== 'string') return undefined;
  const segments = arrayRows(reader, indent, 'segments');
  return segments && { lang, segments };
}

/** An array at `indent` with its rows one per line: `"key": [`, rows, `]`; or `"key": []`. */
function arrayRows(reader: LineReader, indent: string, key: string): Rows | undefined {
  const opening = reader.line();
  const head = `${indent}"${key}": [`;
  if (opening === `${head}]` || opening === `${head}],`) return { start: reader.position, end: reader.position };
  if (opening !== head) return undefined;
  const start = reader.position;
  const end = reader.bytes.indexOf(`\n${indent}]`, start - 1);
  if (end < start) return undefined;
  reader.position = end + 1;
  return /^\],?$/.test(reader.line()?.slice(indent.length) ?? '') ? { start, end } : undefined;
}

/** The value of a line `indent"key": value` (a trailing comma allowed), or undefined. */
function value(reader: LineReader, indent: string, key: string): unknown {
  const line = reader.line();
  const head = `${indent}"${key}": `;
  if (!line?.startsWith(head)) return undefined;
  return parseJson(line.slice(head.length));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.trimStart().replace(/,$/, ''));
  } catch {
    return undefined;
  }
}

/** The file's lines one by one, from a byte position that can also be moved. */
class LineReader {
  position = 0;
  constructor(readonly bytes: Buffer) {}

  /** The next line's text without its newline; undefined at the end. */
  line(): string | undefined {
    if (this.position >= this.bytes.length) return undefined;
    let end = this.bytes.indexOf(NEWLINE, this.position);
    if (end < 0) end = this.bytes.length;
    const text = this.bytes.toString('utf8', this.position, end);
    this.position = end + 1;
    return text;
  }
}

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);
const isIdList = (data: unknown): data is string[] => Array.isArray(data) && data.every((id) => typeof id === 'string');

function isMeta(data: unknown): data is ProjectMeta {
  return isRecord(data) && ['name', 'toolVersion', 'created', 'changed', 'author'].every((key) => typeof data[key] === 'string');
}

/** What the screen reads of a bead: ids, status and confidence (the full check comes later). */
function isBead(data: unknown): data is ProjectBead {
  return isRecord(data) && typeof data['id'] === 'string' && isIdList(data['source']) && isIdList(data['target']) && typeof data['status'] === 'string' && typeof data['confidence'] === 'number';
}

function isSegment(data: unknown): data is ProjectSegment {
  return isRecord(data) && typeof data['id'] === 'string' && typeof data['text'] === 'string';
}
