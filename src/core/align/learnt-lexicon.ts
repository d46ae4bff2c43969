/**
 * A translation lexicon learnt from a first-pass alignment (as Moore's aligner and hunalign's
 * -realign do): word pairs that keep landing in the same beads are probably translations. Counts
 * are kept by key name so that the beads of many documents can be pooled into one lexicon.
 */
import type { KeyInterner, KeyLexicon, SideFeatures } from './features.js';

/** Co-occurrence counts of source and target base keys over beads; mergeable across documents. */
export interface CooccurrenceCounts {
  beads: number;
  source: Map<string, number>;
  target: Map<string, number>;
  /** `sourceKey\ttargetKey` → number of beads holding both. */
  pairs: Map<string, number>;
}

/** Empty counts. */
export function emptyCounts(): CooccurrenceCounts {
  return { beads: 0, source: new Map(), target: new Map(), pairs: new Map() };
}

/** Tokens rarer than this share of sentences are used for learning (common words are noise). */
const MIN_LEARNING_WEIGHT = 0.3;
/** Beads with more distinct words than this on a side are skipped (too many spurious pairs). */
const MAX_WORDS_PER_SIDE = 40;

function wordIds(side: SideFeatures, start: number, end: number, interner: KeyInterner): number[] {
  const seen = new Set<number>();
  const words: number[] = [];
  for (let t = side.tokenStart[start]!; t < side.tokenStart[end]!; t++) {
    const id = side.base[t]!;
    if (side.weight[t]! >= MIN_LEARNING_WEIGHT && !seen.has(id) && interner.names[id]!.startsWith('t:')) {
      seen.add(id);
      words.push(id);
    }
  }
  return words;
}

/** Adds the word pairs of the given beads (half-open ranges, 1-0 and 0-1 skipped) to `counts`. */
export function countCooccurrences(
  counts: CooccurrenceCounts,
  beads: ReadonlyArray<{ sourceStart: number; sourceEnd: number; targetStart: number; targetEnd: number }>,
  source: SideFeatures,
  target: SideFeatures,
  interner: KeyInterner,
): CooccurrenceCounts {
  // Counted on interned ids (numbers hash far faster than strings), named only at the end.
  const keySpace = interner.size;
  const sourceCounts = new Map<number, number>();
  const targetCounts = new Map<number, number>();
  const pairCounts = new Map<number, number>();
  for (const bead of beads) {
    if (bead.sourceEnd === bead.sourceStart || bead.targetEnd === bead.targetStart) continue;
    const sourceWords = wordIds(source, bead.sourceStart, bead.sourceEnd, interner);
    const targetWords = wordIds(target, bead.targetStart, bead.targetEnd, interner);
    if (sourceWords.length > MAX_WORDS_PER_SIDE || targetWords.length > MAX_WORDS_PER_SIDE) continue;
    counts.beads++;
    // Indexed loops: this runs once, mostly before it is optimized, where for-of allocates per element.
    for (let a = 0; a < sourceWords.length; a++) sourceCounts.set(sourceWords[a]!, (sourceCounts.get(sourceWords[a]!) ?? 0) + 1);
    for (let b = 0; b < targetWords.length; b++) targetCounts.set(targetWords[b]!, (targetCounts.get(targetWords[b]!) ?? 0) + 1);
    for (let a = 0; a < sourceWords.length; a++) {
      const pairBase = sourceWords[a]! * keySpace;
      for (let b = 0; b < targetWords.length; b++) pairCounts.set(pairBase + targetWords[b]!, (pairCounts.get(pairBase + targetWords[b]!) ?? 0) + 1);
    }
  }
  const names = interner.names;
  for (const [id, value] of sourceCounts) counts.source.set(names[id]!, (counts.source.get(names[id]!) ?? 0) + value);
  for (const [id, value] of targetCounts) counts.target.set(names[id]!, (counts.target.get(names[id]!) ?? 0) + value);
  for (const [pair, value] of pairCounts) {
    const name = `${names[Math.floor(pair / keySpace)]!}\t${names[pair % keySpace]!}`;
    counts.pairs.set(name, (counts.pairs.get(name) ?? 0) + value);
  }
  return counts;
}

/** Adds `more` into `into` (pooling documents of a batch). */
export function mergeCounts(into: CooccurrenceCounts, more: CooccurrenceCounts): CooccurrenceCounts {
  into.beads += more.beads;
  for (const [key, value] of more.source) into.source.set(key, (into.source.get(key) ?? 0) + value);
  for (const [key, value] of more.target) into.target.set(key, (into.target.get(key) ?? 0) + value);
  for (const [key, value] of more.pairs) into.pairs.set(key, (into.pairs.get(key) ?? 0) + value);
  return into;
}

/** Options of `learnLexicon`. */
export interface LearnOptions {
  /** Least number of shared beads. @default 2 */
  minCount?: number;
  /** Least Dice coefficient 2·c(s,t)/(c(s)+c(t)). @default 0.5 */
  minDice?: number;
  /** Translations kept per source word. @default 2 */
  perWord?: number;
}

/** Word pairs whose Dice coefficient over the beads is high: source base key → target base keys. */
export function learnLexicon(counts: CooccurrenceCounts, options: LearnOptions = {}): KeyLexicon {
  const { minCount = 2, minDice = 0.5, perWord = 2 } = options;
  const candidates = new Map<string, Array<[string, number]>>();
  for (const [pair, together] of counts.pairs) {
    if (together < minCount) continue;
    const [s, t] = pair.split('\t') as [string, string];
    if (s === t) continue;
    const dice = (2 * together) / ((counts.source.get(s) ?? 0) + (counts.target.get(t) ?? 0));
    if (dice < minDice) continue;
    const list = candidates.get(s) ?? [];
    list.push([t, dice]);
    candidates.set(s, list);
  }
  const lexicon = new Map<string, string[]>();
  for (const [s, list] of candidates) lexicon.set(s, list.sort((x, y) => y[1] - x[1]).slice(0, perWord).map(([t]) => t));
  return lexicon;
}
