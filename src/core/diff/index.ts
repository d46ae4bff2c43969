/** Revision diff: compare two texts, projects, TMX files or revisions segment by segment. */
export { diffInline, isSpacedLanguage } from './inline.js';
export type { InlinePart } from './inline.js';
export { diffUnits, diffSentences, sentenceUnits } from './compare.js';
export { applyDiff } from './apply.js';
export { summarize, isEqual } from './summary.js';
export { countWords } from './words.js';
export { CHANGE_KINDS } from './types.js';
export type { ChangeKind, DiffEntry, DiffResult, DiffSummary, DiffUnit, EntryKind, FieldDiff, MatchOptions } from './types.js';
export { viewRows, formatPositions } from './view.js';
export type { ViewRow, ViewOptions } from './view.js';
export { MARKER_STYLE, COLOUR_STYLE, renderParts } from './inline-style.js';
export type { TextStyle } from './inline-style.js';
export { renderPretty, summaryLine } from './render-pretty.js';
export { renderPlain } from './render-plain.js';
export { renderJson, DIFF_JSON_VERSION } from './render-json.js';
export { renderHtml, escapeHtml } from './render-html.js';
export { isReportEqual } from './report.js';
export type { Comparison, DiffLabelKey, DiffReport, RenderOptions, ReportSubject, Translate } from './report.js';
