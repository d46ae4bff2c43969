/**
 * XLIFF 2.0 writer: one file per target language (XLIFF 2 is bilingual), one `<unit>` per bead with
 * its note, its confidence and bead type in the Metadata module (`mda:`), and `state` from the
 * status (confirmed → reviewed, automatic → translated). Inline codes become `<ph>` with their native
 * text in `<originalData>`, and `<hi>` highlights become `<pc>`.
 */
import { createCB } from 'xmlbuilder2';
import type { Project } from '../types.js';
import { collectExportUnits } from './export-units.js';
import type { ExportSelection, ExportUnit } from './export-units.js';
import { codeElementText, splitInlineCodes } from './inline-codes.js';
import { XmlTextGuard, keepAmpersands } from './xml-text-guard.js';

/** xmlbuilder2's streaming builder. */
type XmlStreamBuilder = ReturnType<typeof createCB>;
import type { ExportSummary } from './tmx-writer.js';

/** The XLIFF 2.0 core namespace. */
export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** The XLIFF 2.0 Metadata module namespace. */
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** Options of an XLIFF export of one target. */
export interface XliffWriteOptions extends ExportSelection {
  /** Remove characters XML 1.0 forbids instead of refusing. @default false */
  sanitize?: boolean;
}

type Clean = (text: string) => string;

/** The native texts of the codes of `texts`, in order, for `<originalData>`. */
function codeTexts(texts: readonly string[], clean: Clean): string[] {
  return texts.flatMap((text) => splitInlineCodes(text).flatMap((part) => (typeof part !== 'string' && part.kind === 'element' ? [clean(codeElementText(part.element))] : [])));
}

/** Writes inline content, numbering codes on from `counter.codes` (ids unique in the unit). */
function writeContent(builder: XmlStreamBuilder, text: string, clean: Clean, counter: { codes: number; highlights: number }): void {
  let open = 0;
  for (const part of splitInlineCodes(text)) {
    if (typeof part === 'string') builder.txt(clean(part).replace(/\r\n?/g, '\n'));
    else if (part.kind === 'element') {
      counter.codes += 1;
      builder.ele('ph', { id: `c${counter.codes}`, dataRef: `d${counter.codes}` }).up();
    } else if (part.kind === 'hi-start') {
      open += 1;
      counter.highlights += 1;
      builder.ele('pc', { id: `h${counter.highlights}` });
    } else if (open > 0) {
      open -= 1;
      builder.up();
    }
  }
  for (; open > 0; open--) builder.up();
}

function writeUnit(builder: XmlStreamBuilder, unit: ExportUnit, guard: XmlTextGuard): void {
  const target = unit.targets[0]!;
  const { bead } = target;
  const clean: Clean = (text) => keepAmpersands(guard.clean(text, bead.id, target.lang));
  builder.txt('\n    ').ele('unit', { id: bead.id });
  builder.ele('mda:metadata').ele('mda:metaGroup', { category: 'bitext' });
  builder.ele('mda:meta', { type: 'confidence' }).txt(String(Math.round(bead.confidence * 10000) / 10000)).up();
  builder.ele('mda:meta', { type: 'bead-type' }).txt(target.beadType).up();
  for (const [type, value] of Object.entries(bead.props ?? {})) builder.ele('mda:meta', { type: clean(type) }).txt(clean(value)).up();
  builder.up().up();
  if (bead.note) builder.ele('notes').ele('note').txt(clean(bead.note)).up().up();
  // XLIFF wants <originalData> before the segment, so the codes are listed first.
  const data = codeTexts([unit.sourceText, target.text], clean);
  if (data.length > 0) {
    builder.ele('originalData');
    data.forEach((text, index) => builder.ele('data', { id: `d${index + 1}` }).txt(text).up());
    builder.up();
  }
  const counter = { codes: 0, highlights: 0 };
  builder.ele('segment', { state: bead.status === 'confirmed' ? 'reviewed' : 'translated' });
  builder.ele('source', { 'xml:space': 'preserve' });
  writeContent(builder, unit.sourceText, clean, counter);
  builder.up().ele('target', { 'xml:space': 'preserve' });
  writeContent(builder, target.text, clean, counter);
  builder.up().up().up();
}

/** The XLIFF 2.0 document of one target (`selection.targets[0]`, or the first target) as chunks. */
export function* xliffChunks(project: Project, options: XliffWriteOptions = {}): Generator<string, ExportSummary> {
  const lang = options.targets?.[0] ?? project.targets[0]?.document.lang;
  const { units, skipped } = collectExportUnits(project, { ...options, ...(lang ? { targets: [lang] } : {}) });
  const guard = new XmlTextGuard(options.sanitize);
  const pending: string[] = [];
  const builder = createCB({ data: (chunk: string) => void pending.push(chunk) });
  const flush = (): string => pending.splice(0).join('');
  const targetDocument = project.targets.find((target) => target.document.lang === units[0]?.targets[0]?.lang)?.document;
  builder.dec({ version: '1.0', encoding: 'UTF-8' });
  pending.push('\n');
  builder.ele('xliff', { xmlns: XLIFF_NS, 'xmlns:mda': MDA_NS, version: '2.0', srcLang: project.source.lang, trgLang: targetDocument?.lang ?? lang ?? '' });
  builder.txt('\n  ').ele('file', { id: 'f1', original: keepAmpersands(targetDocument?.file ?? project.source.file) });
  for (const unit of units) {
    writeUnit(builder, unit, guard);
    if (pending.length > 4096) yield flush();
  }
  builder.txt('\n  ').up().txt('\n').up().end();
  yield `${flush()}\n`;
  return { units: units.length, pairs: units.length, skipped, sanitized: guard.sanitized };
}

/** The whole XLIFF document of one target as a string. */
export function projectToXliff(project: Project, options: XliffWriteOptions = {}): { xliff: string; summary: ExportSummary } {
  const chunks: string[] = [];
  const iterator = xliffChunks(project, options);
  for (let step = iterator.next(); ; step = iterator.next()) {
    if (step.done) return { xliff: chunks.join(''), summary: step.value };
    chunks.push(step.value);
  }
}
