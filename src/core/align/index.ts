/**
 * Sentence alignment: `align(source, target, options)` returns the beads a human aligner would
 * draw, each with a calibrated confidence. Two passes, as Moore's aligner and hunalign -realign:
 * a first pass with lengths, anchors and the given lexicons; then a lexicon learnt from it, the
 * length model and bead priors re-estimated, and a second pass whose forward-backward posteriors
 * become the confidences.
 */
import type { Bead, Segment } from '../types.js';
import { BEAD_SHAPES, defaultLogPriors } from './bead-shapes.js';
import { bandAroundPath } from './band.js';
import type { BandReach } from './band.js';
import { FULL_SEARCH_NODES, findBand, pathNodes } from './coarse-path.js';
import { POSTERIOR_TEMPERATURE, calibrateConfidence } from './confidence.js';
import { KeyInterner, buildSide, draftSide, weighTokens } from './features.js';
import type { KeyLexicon, SideFeatures } from './features.js';
import { countCooccurrences, emptyCounts, learnLexicon } from './learnt-lexicon.js';
import type { CooccurrenceCounts } from './learnt-lexicon.js';
import { initialLengthModel, refineLengthModel } from './length-model.js';
import { buildLexicalTable } from './lexical-table.js';
import { lexiconApplies } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import { searchLattice } from './lattice-search.js';
import type { PathBead } from './lattice-search.js';
import { backgroundMatchRate, translationMatchRate, withLearntKeys } from './model-estimation.js';
import { segmentsOfGivenLines } from './given-lines.js';
import { BeadScorer, KIND_CODE } from './scorer.js';
import type { ScoringModel, Structure } from './scorer.js';
import { isCjkLanguage } from './tokens.js';
import { inputWarnings } from './warnings.js';
import type { AlignWarning } from './warnings.js';

export type { Lexicon } from './lexicon.js';
export { parseDictionary } from './lexicon.js';
export { kindsOfGivenLines, segmentsOfGivenLines } from './given-lines.js';
export type { AlignWarning } from './warnings.js';
export type { KeyLexicon } from './features.js';
export type { CooccurrenceCounts } from './learnt-lexicon.js';
export { emptyCounts, learnLexicon, mergeCounts } from './learnt-lexicon.js';

/** Options of `align`. */
export interface AlignOptions {
  /** BCP-47 tag of the source language (en, zh-CN, de ...). */
  sourceLang: string;
  /** BCP-47 tag of the target language. */
  targetLang: string;
  /**
   * Segments of the source, in the order of `source`: paragraphs and headings become anchors.
   * Without them, each sentence's kind (heading, speaker label, page chrome) is read off its text.
   */
  sourceSegments?: readonly Segment[];
  /** Segments of the target, in the order of `target`. */
  targetSegments?: readonly Segment[];
  /** Bilingual lexicons (CC-CEDICT, a user dictionary); those for another pair are ignored. */
  lexicons?: readonly Lexicon[];
  /** A learnt lexicon pooled over a batch; when given, the aligner does not learn its own. */
  learntLexicon?: KeyLexicon;
  /** Learn a lexicon from the first pass and align again. @default true */
  realign?: boolean;
  /**
   * Search the whole lattice whatever the documents' length: time and memory grow with the product
   * of the sentence counts (benchmarks, to measure what the band around a coarse path loses). @default false
   */
  wholeLattice?: boolean;
  /** Signals to switch off, to measure what each one earns (benchmarks). @default [] */
  ablate?: readonly Signal[];
}

/** The signals `ablate` can switch off. */
export type Signal = 'lexical' | 'numbers' | 'punctuation' | 'cognates' | 'lexicons' | 'structure';

/** What `alignDetailed` returns: the beads, the warnings and the first pass's word counts. */
export interface AlignResult {
  beads: Bead[];
  warnings: AlignWarning[];
  /** Word co-occurrences of the first pass, to pool a learnt lexicon over a batch. */
  cooccurrences: CooccurrenceCounts;
}

/**
 * The band of the second pass around the first pass's path. That path is already at sentence
 * level, so the second pass only moves beads locally: with 2 sentences instead of 5, the beads came
 * out the same on the long benchmark documents and no confidence moved by more than 0.0001. Where the
 * first pass left sentences out, though, the learnt lexicon often moves the gap by more: on
 * documents missing a passage of 8 to 52 sentences every 470 (bench/align-gaps.ts), strict F1 was
 * 0.824 with a band of 5 everywhere against 0.840 for the whole lattice (1,800 sentences), and is
 * 0.837 with 15 sentences around each gap of the first pass (0.821 → 0.834 at 9,500 sentences).
 */
const REALIGN_REACH: BandReach = { radius: 2, gapRadius: 15, gapSteps: 3 };

/** Weight of the lexical likelihood ratio against the length and prior terms. */
const LEXICAL_WEIGHT = 0.35;

/** Aligns `source` with `target` sentence by sentence. */
export function align(source: readonly string[], target: readonly string[], options: AlignOptions): Bead[] {
  return alignDetailed(source, target, options).beads;
}

/** `align`, plus warnings about the input and the statistics a batch pools. */
export function alignDetailed(source: readonly string[], target: readonly string[], options: AlignOptions): AlignResult {
  const warnings = inputWarnings(source, target, options.sourceLang, options.targetLang);
  if (source.length === 0 || target.length === 0) {
    const beads: Bead[] = [...source.map((_, i) => ({ source: [i], target: [], score: 0, confidence: 1 })), ...target.map((_, j) => ({ source: [], target: [j], score: 0, confidence: 1 }))];
    return { beads, warnings, cooccurrences: emptyCounts() };
  }
  const off = new Set(options.ablate ?? []);
  const lexicons = off.has('lexicons') ? [] : (options.lexicons ?? []).filter((lexicon) => lexiconApplies(lexicon, options.sourceLang, options.targetLang));
  const withCognates = !off.has('cognates') && !isCjkLanguage(options.sourceLang) && !isCjkLanguage(options.targetLang);
  const interner = new KeyInterner();
  const sideOptions = { withCognates, lexicons, withNumbers: !off.has('numbers'), withPunctuation: !off.has('punctuation'), withWords: !off.has('lexical') };
  const draft = (sentences: readonly string[], lang: string) => draftSide(sentences, { lang, ...sideOptions });
  let sourceSide = buildSide(source, draft(source, options.sourceLang), interner);
  const targetSide = buildSide(target, draft(target, options.targetLang), interner);
  if (options.learntLexicon) sourceSide = withLearntKeys(sourceSide, options.learntLexicon, interner);
  weigh(sourceSide, targetSide, interner);
  const structures = off.has('structure')
    ? ([undefined, undefined] as const)
    : ([structureOf(options.sourceSegments, source, options.sourceLang), structureOf(options.targetSegments, target, options.targetLang)] as const);

  const background = backgroundMatchRate(sourceSide, targetSide);
  const firstModel: ScoringModel = {
    logPriors: defaultLogPriors(),
    length: initialLengthModel(sourceSide.lengths, targetSide.lengths),
    lexicalWeight: LEXICAL_WEIGHT,
    backgroundRate: background,
    matchRate: Math.min(0.9, background + 0.35),
    neutralGaps: true,
  };
  const firstBand = findBand(sourceSide, targetSide, interner.size, firstModel, options.wholeLattice === true ? Infinity : FULL_SEARCH_NODES);
  const firstScorer = new BeadScorer(sourceSide, targetSide, buildLexicalTable(firstBand, sourceSide, targetSide, interner.size), firstModel, ...structures);
  const firstPass = searchLattice(firstBand, firstScorer);
  const cooccurrences = countCooccurrences(emptyCounts(), firstPass, sourceSide, targetSide, interner);

  if (options.realign !== false && !options.learntLexicon) {
    sourceSide = withLearntKeys(sourceSide, learnLexicon(cooccurrences), interner);
    weigh(sourceSide, targetSide, interner);
  }
  const secondModel: ScoringModel = {
    ...firstModel,
    length: refineLengthModel(firstModel.length, oneToOneLengths(firstPass, sourceSide, targetSide)),
    matchRate: translationMatchRate(firstPass, firstScorer, background),
  };
  const isSmall = options.wholeLattice === true || (source.length + 1) * (target.length + 1) <= FULL_SEARCH_NODES;
  const secondBand = isSmall ? firstBand : bandAroundPath(pathNodes(firstPass), source.length, target.length, 1, REALIGN_REACH);
  const secondScorer = new BeadScorer(sourceSide, targetSide, buildLexicalTable(secondBand, sourceSide, targetSide, interner.size), secondModel, ...structures);
  const secondPass = searchLattice(secondBand, secondScorer, POSTERIOR_TEMPERATURE);
  return { beads: secondPass.map(toBead), warnings, cooccurrences };
}

function weigh(source: SideFeatures, target: SideFeatures, interner: KeyInterner): void {
  weighTokens(source, target, interner.size);
  weighTokens(target, source, interner.size);
}

function oneToOneLengths(beads: readonly PathBead[], source: SideFeatures, target: SideFeatures): Array<[number, number]> {
  return beads
    .filter((bead) => BEAD_SHAPES[bead.shapeIndex]!.source === 1 && BEAD_SHAPES[bead.shapeIndex]!.target === 1)
    .map((bead) => [source.lengths[bead.sourceStart]!, target.lengths[bead.targetStart]!]);
}

/** Paragraphs and kinds from the caller's segments, or kinds read off the sentences themselves. */
function structureOf(given: readonly Segment[] | undefined, sentences: readonly string[], lang: string): Structure {
  const segments = given && given.length === sentences.length ? given : segmentsOfGivenLines(sentences, lang);
  return {
    paragraphStart: Uint8Array.from(segments, (segment, index) => (index === 0 || segment.paragraph !== segments[index - 1]!.paragraph ? 1 : 0)),
    kind: Uint8Array.from(segments, (segment) => KIND_CODE[segment.kind]),
  };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

function toBead(bead: PathBead): Bead {
  return {
    source: range(bead.sourceStart, bead.sourceEnd),
    target: range(bead.targetStart, bead.targetEnd),
    score: bead.score,
    confidence: calibrateConfidence(bead.posterior),
  };
}
