/** Interchange formats: TMX 1.4 (streaming writer and reader), TSV, XLIFF 2.0, inline-code placeholders. */
export { projectToTmx, tmxChunks } from './tmx-writer.js';
export type { ExportSummary, TmxWriteOptions } from './tmx-writer.js';
export { TmxReader, tmxToProject } from './tmx-reader.js';
export type { TmxImportResult } from './tmx-reader.js';
export type { ImportReport, TmxImportOptions } from './tmx-project-builder.js';
export { collectExportUnits } from './export-units.js';
export type { ExportSelection, ExportUnit, SkippedCounts, UnitTarget } from './export-units.js';
export { projectToTsv, tsvToProject, escapeTsvCell, unescapeTsvCell } from './tsv.js';
export { projectToXliff, xliffChunks } from './xliff-writer.js';
export { xliffToProject } from './xliff-reader.js';
export { displayInlineCodes, encodeInlineCode, flattenInlineCodes, hasInlineCodes, splitInlineCodes, stripInlineCodes } from './inline-codes.js';
export type { CodeElement, InlineCode } from './inline-codes.js';
export { findForbiddenXmlChar, removeForbiddenXmlChars } from './xml-chars.js';
export { isoToTmxDate, tmxDateToIso } from './tmx-date.js';
export { normalizeLanguageTag } from './language-tag.js';
