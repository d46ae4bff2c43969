/**
 * TMX 1.4 writer. Streams: the document is produced as a sequence of string chunks (see
 * xml-writer.ts for why not xmlbuilder2 here), so a million units never become one string unless the
 * caller asks for it (`projectToTmx`). Output validates against the TMX 1.4 DTD.
 *
 * Placement of per-bead data: in a unit with one translation, status, confidence, bead type, note and
 * kept props sit on the `<tu>` (where CAT tools look for them); in a multilingual unit each target's
 * data sits on its own `<tuv>`. The reader accepts both places.
 */
import type { Project, Revision } from '../types.js';
import { exportUnits } from './export-units.js';
import type { ExportSelection, ExportUnit, SkippedCounts, UnitTarget } from './export-units.js';
import { KEPT_TU_ATTRIBUTES, PROP, attributeProp, isAttributeProp } from './tmx-props.js';
import { isoToTmxDate } from './tmx-date.js';
import { writeInlineText } from './xml-inline.js';
import { XmlTextGuard } from './xml-text-guard.js';
import { XmlChunkWriter } from './xml-writer.js';
import type { SanitizedBead } from './xml-text-guard.js';

/** Options of a TMX export. */
export interface TmxWriteOptions extends ExportSelection {
  /** bitext's version, for `creationtoolversion`. */
  toolVersion: string;
  /** ISO time of the export, for the header's `creationdate` (fixed in tests for stable output). */
  exportedAt: string;
  /** Remove characters XML 1.0 forbids instead of refusing the export. @default false */
  sanitize?: boolean;
}

/** What an export wrote and what it left out. */
export interface ExportSummary {
  units: number;
  /** Translations written (a unit with three targets counts three). */
  pairs: number;
  skipped: SkippedCounts;
  sanitized: SanitizedBead[];
}

/** Strings gathered before a chunk is handed out (about a thousand units, a few hundred kilobytes). */
const CHUNK_PARTS = 16384;

/** What every `<tu>` of a project says about its creation, worked out once per export. */
interface ProjectCreation {
  creationdate: string | undefined;
  creationid: string;
}

function latestRevision(unit: ExportUnit): Revision | undefined {
  let last: Revision | undefined;
  for (const target of unit.targets) if (target.lastRevision && (!last || target.lastRevision.time > last.time)) last = target.lastRevision;
  return last;
}

function tuAttributes(unit: ExportUnit, creation: ProjectCreation): Record<string, string> {
  const attributes: Record<string, string> = { tuid: unit.id };
  if (creation.creationdate) attributes['creationdate'] = creation.creationdate;
  if (creation.creationid) attributes['creationid'] = creation.creationid;
  const last = latestRevision(unit);
  const changed = last ? isoToTmxDate(last.time) : undefined;
  if (last && changed) Object.assign(attributes, { changedate: changed, changeid: last.author });
  const kept = unit.targets[0]?.bead.props;
  if (!kept) return attributes;
  for (const name of KEPT_TU_ATTRIBUTES) {
    const value = kept[attributeProp(name)];
    // A revision made in bitext is newer than what the imported memory said.
    if (value !== undefined && !(last && (name === 'changedate' || name === 'changeid'))) attributes[name] = value;
  }
  return attributes;
}

function writeProp(builder: XmlChunkWriter, type: string, value: string, indent = ''): void {
  if (indent) builder.txt(indent);
  builder.leaf('prop', { type }, value);
}

/** Status, confidence, bead type and id, kept props and the note; `indent` lays them out one per line. */
function writeBeadData(builder: XmlChunkWriter, target: UnitTarget, guard: XmlTextGuard, indent = ''): void {
  const { bead, lang } = target;
  writeProp(builder, PROP.status, bead.status, indent);
  writeProp(builder, PROP.confidence, String(Math.round(bead.confidence * 10000) / 10000), indent);
  writeProp(builder, PROP.beadType, target.beadType, indent);
  writeProp(builder, PROP.bead, bead.id, indent);
  for (const [type, value] of Object.entries(bead.props ?? {})) {
    if (!isAttributeProp(type)) writeProp(builder, guard.clean(type, bead.id, lang), guard.clean(value, bead.id, lang), indent);
  }
  if (!bead.note) return;
  if (indent) builder.txt(indent);
  builder.leaf('note', {}, guard.clean(bead.note, bead.id, lang));
}

function writeTuv(builder: XmlChunkWriter, lang: string, document: string, text: string, beadId: string, guard: XmlTextGuard, data?: UnitTarget): void {
  builder.txt('\n      ').ele('tuv', { 'xml:lang': lang });
  if (document) writeProp(builder, PROP.document, guard.clean(document, beadId, lang));
  if (data) writeBeadData(builder, data, guard);
  builder.ele('seg');
  writeInlineText(builder, text, (run) => guard.clean(run, beadId, lang));
  builder.up().up();
}

function writeUnit(builder: XmlChunkWriter, unit: ExportUnit, creation: ProjectCreation, guard: XmlTextGuard): void {
  const isBilingual = unit.targets.length === 1;
  builder.txt('\n    ').ele('tu', tuAttributes(unit, creation));
  const first = unit.targets[0];
  if (isBilingual && first) writeBeadData(builder, first, guard, '\n      ');
  writeTuv(builder, unit.sourceLang, unit.sourceDocument, unit.sourceText, first?.bead.id ?? unit.id, guard);
  for (const target of unit.targets) writeTuv(builder, target.lang, target.document, target.text, target.bead.id, guard, isBilingual ? undefined : target);
  builder.txt('\n    ').up();
}

function headerAttributes(project: Project, options: TmxWriteOptions): Record<string, string> {
  return {
    creationtool: 'bitext',
    creationtoolversion: options.toolVersion,
    segtype: 'sentence',
    'o-tmf': 'bitext',
    adminlang: 'en',
    srclang: project.source.lang,
    datatype: 'plaintext',
    creationdate: isoToTmxDate(options.exportedAt) ?? '',
    ...(project.meta.author ? { creationid: project.meta.author } : {}),
  };
}

/**
 * The TMX document of a project as chunks of text (tens of KiB each), for streaming to a file.
 * Returns the summary when done. Throws `export-forbidden-char` (naming the bead) before writing any
 * unit past the bad one, unless `sanitize` is set.
 */
export function* tmxChunks(project: Project, options: TmxWriteOptions): Generator<string, ExportSummary> {
  const skipped: SkippedCounts = { excluded: 0, unconfirmed: 0, emptySide: 0 };
  const creation: ProjectCreation = { creationdate: isoToTmxDate(project.meta.created), creationid: project.meta.author };
  const guard = new XmlTextGuard(options.sanitize);
  const pending: string[] = [];
  const builder = new XmlChunkWriter(pending);
  const flush = (): string => {
    const text = pending.join('');
    pending.length = 0;
    return text;
  };
  // No DOCTYPE: Java SAX parsers (OmegaT, Okapi) would try to fetch a DTD that is not beside the file.
  pending.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  builder.ele('tmx', { version: '1.4' });
  builder.txt('\n  ').ele('header', headerAttributes(project, options)).up().txt('\n  ').ele('body');
  let pairs = 0;
  let units = 0;
  for (const unit of exportUnits(project, options, skipped)) {
    writeUnit(builder, unit, creation, guard);
    units += 1;
    pairs += unit.targets.length;
    if (pending.length >= CHUNK_PARTS) yield flush();
  }
  builder.txt('\n  ').up().txt('\n').up();
  builder.end();
  yield `${flush()}\n`;
  return { units, pairs, skipped, sanitized: guard.sanitized };
}

/** The whole TMX document as one string, with its summary (for small projects and tests). */
export function projectToTmx(project: Project, options: TmxWriteOptions): { tmx: string; summary: ExportSummary } {
  const chunks: string[] = [];
  const iterator = tmxChunks(project, options);
  for (let step = iterator.next(); ; step = iterator.next()) {
    if (step.done) return { tmx: chunks.join(''), summary: step.value };
    chunks.push(step.value);
  }
}
