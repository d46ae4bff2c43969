/**
 * Projects built from the hand-made gold sentence lists and ladders of the sample corpus, so the
 * project tests do not depend on the segmenter or the aligner.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addTarget, createProject } from '../../../src/core/project/index.js';
import type { Bead, Project, Segment } from '../../../src/core/types.js';

const GOLD = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));

/** The gold sentences of one document, one per line. */
export function goldSentences(lang: string): string[] {
  return readFileSync(`${GOLD}${lang}.sentences.txt`, 'utf8').split('\n').filter((line) => line.trim() !== '');
}

/** Parses a ladder file (`[3, 4]:[5]` per line) into aligner beads with a made-up confidence. */
export function goldBeads(pair: string): Bead[] {
  return readFileSync(`${GOLD}${pair}.ladder`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const [source, target] = line.split(':').map((side) => JSON.parse(side) as number[]);
      return { source: source!, target: target!, score: -index, confidence: ((index * 37) % 100) / 100 };
    });
}

function asSegments(sentences: readonly string[]): Segment[] {
  let start = 0;
  return sentences.map((text) => {
    const segment: Segment = { text, start, end: start + text.length, paragraph: 0, kind: 'sentence' };
    start += text.length + 1;
    return segment;
  });
}

/** The languages with an en-<lang> gold ladder. */
export const GOLD_TARGETS = ['zh-CN', 'fr', 'ja', 'es', 'de'] as const;

/** An English-source project with the given gold targets (all by default). */
export function goldProject(targets: readonly string[] = GOLD_TARGETS): Project {
  let project = createProject({
    name: 'scio-2020-q1',
    author: 'tester',
    time: '2026-01-01T00:00:00.000Z',
    toolVersion: '0.1.0',
    source: { lang: 'en', file: 'en.txt', segments: asSegments(goldSentences('en')) },
  });
  for (const lang of targets) {
    project = addTarget(project, { lang, file: `${lang}.txt`, segments: asSegments(goldSentences(lang)), beads: goldBeads(`en-${lang}`) });
  }
  return project;
}

/**
 * A large project made of the gold corpus repeated `times` times (real sentences, real bead shapes),
 * for tests that need a file of several megabytes.
 */
export function repeatedGoldProject(times: number, targets: readonly string[] = ['zh-CN']): Project {
  const repeat = <T>(items: readonly T[]) => Array.from({ length: times }, () => items).flat();
  const sourceSentences = goldSentences('en');
  let project = createProject({
    name: 'scio-repeated',
    author: 'tester',
    time: '2026-01-01T00:00:00.000Z',
    toolVersion: '0.1.0',
    source: { lang: 'en', file: 'en.txt', segments: asSegments(repeat(sourceSentences)) },
  });
  for (const lang of targets) {
    const sentences = goldSentences(lang);
    const beads = Array.from({ length: times }, (_, copy) =>
      goldBeads(`en-${lang}`).map((bead) => ({
        ...bead,
        source: bead.source.map((i) => i + copy * sourceSentences.length),
        target: bead.target.map((i) => i + copy * sentences.length),
      })),
    ).flat();
    project = addTarget(project, { lang, file: `${lang}.txt`, segments: asSegments(repeat(sentences)), beads });
  }
  return project;
}
