/** bitext as a library: the pure core of each area. */
export * from './core/types.js';
export * from './core/project/index.js';
export { segment, resolveLanguageProfile, supportedLanguages, parseSrx } from './core/segment/index.js';
export type { SegmentOptions, LanguageProfile, ResolvedLanguage, SrxRules, SrxRule, SrxLanguageMap } from './core/segment/index.js';
export { align, alignDetailed, parseDictionary, learnLexicon, mergeCounts, emptyCounts } from './core/align/index.js';
export type { AlignOptions, AlignResult, AlignWarning, Lexicon, KeyLexicon, CooccurrenceCounts } from './core/align/index.js';
export { diffInline, diffSentences, diffUnits, diffProjectVersions, diffRevisions, applyDiff, renderPretty, renderPlain, renderJson, renderHtml } from './core/diff/index.js';
export type { InlinePart, DiffEntry, DiffResult, DiffSummary, DiffUnit, DiffReport, ChangeKind } from './core/diff/index.js';
export * from './core/formats/index.js';
