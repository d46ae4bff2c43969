/** Loads the hand-made gold alignments of the sample corpus (test/fixtures/gold/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GOLD_DIR = fileURLToPath(new URL('../fixtures/gold/', import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL('../../aligned/scio-2020-q1/', import.meta.url));

/** A gold bead: source and target sentence ids. */
export interface GoldBead {
  source: number[];
  target: number[];
}

/** One gold pair: which documents, their sentence lists and the ladder. */
export interface GoldPair {
  source: string;
  target: string;
  sourceSentences: string[];
  targetSentences: string[];
  beads: GoldBead[];
}

/** Every gold ladder with the two documents it aligns (names of `<doc>.sentences.txt` and `<doc>.txt`). */
export const GOLD_PAIRS: ReadonlyArray<{ ladder: string; source: string; target: string }> = [
  { ladder: 'en-zh-CN.ladder', source: 'en', target: 'zh-CN' },
  { ladder: 'en-fr.ladder', source: 'en', target: 'fr' },
  { ladder: 'en-ja.ladder', source: 'en', target: 'ja' },
  { ladder: 'en-es.ladder', source: 'en', target: 'es' },
  { ladder: 'en-de.ladder', source: 'en', target: 'de' },
  { ladder: 'zh-CN-zh-CN.r2.ladder', source: 'zh-CN', target: 'zh-CN.r2' },
];

/** Parses ladder lines such as `[3, 4]:[5]`, `[]:[7]`, `[12]:[]` (an optional `:score` is ignored). */
export function parseLadder(text: string): GoldBead[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const match = /^\[([\d, ]*)\]:\[([\d, ]*)\](?::[-\d.e]+)?$/.exec(line.trim());
      if (!match) throw new Error(`ladder line ${index + 1} is malformed: ${line}`);
      const ids = (list: string) => (list.trim() === '' ? [] : list.split(',').map((id) => Number(id.trim())));
      return { source: ids(match[1]!), target: ids(match[2]!) };
    });
}

/** Reads a sentence list: one sentence per line. */
export function readSentences(doc: string): string[] {
  return readFileSync(`${GOLD_DIR}${doc}.sentences.txt`, 'utf8').replace(/\n$/, '').split('\n');
}

/** Loads one gold pair by its ladder file name. */
export function loadGoldPair(ladder: string): GoldPair {
  const pair = GOLD_PAIRS.find((p) => p.ladder === ladder);
  if (!pair) throw new Error(`unknown gold ladder ${ladder}`);
  return {
    source: pair.source,
    target: pair.target,
    sourceSentences: readSentences(pair.source),
    targetSentences: readSentences(pair.target),
    beads: parseLadder(readFileSync(`${GOLD_DIR}${ladder}`, 'utf8')),
  };
}

/** Reads a corpus text (aligned/scio-2020-q1/<doc>.txt). */
export function readCorpusText(doc: string): string {
  return readFileSync(`${CORPUS_DIR}${doc}.txt`, 'utf8');
}
