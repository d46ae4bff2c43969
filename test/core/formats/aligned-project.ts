/**
 * The reviewed bitext of the sample corpus, built from the hand-made gold sentence lists and ladders
 * (every bead confirmed, as a reviewer would leave it), with fixed dates so exports are byte-stable.
 */
import { addTarget, createProject } from '../../../src/core/project/index.js';
import type { Project, Segment } from '../../../src/core/types.js';
import { loadGoldPair, readSentences } from '../../helpers/gold.js';

/** Targets of the sample corpus with an en-<lang> gold ladder, in the order the files list them. */
export const ALIGNED_TARGETS = ['zh-CN', 'fr', 'ja', 'es', 'de'] as const;

/** Fixed times so that `aligned/` does not change on every run. */
export const ALIGNED_CREATED = '2020-04-26T12:00:00.000Z';
export const ALIGNED_EXPORTED = '2020-05-01T00:00:00.000Z';

function asSegments(sentences: readonly string[]): Segment[] {
  return sentences.map((text) => ({ text, start: 0, end: text.length, paragraph: 0, kind: 'sentence' }));
}

/** The gold project with the given targets (all five by default), every bead confirmed. */
export function alignedProject(targets: readonly string[] = ALIGNED_TARGETS): Project {
  let project = createProject({
    name: 'scio-2020-q1',
    author: 'bitext-gold',
    time: ALIGNED_CREATED,
    toolVersion: '0.1.0',
    source: { lang: 'en', file: 'en.txt', segments: asSegments(readSentences('en')) },
  });
  for (const lang of targets) {
    const gold = loadGoldPair(`en-${lang}.ladder`);
    const beads = gold.beads.map((bead) => ({ ...bead, score: 0, confidence: 1 }));
    project = addTarget(project, { lang, file: `${lang}.txt`, segments: asSegments(gold.targetSentences), beads });
  }
  return { ...project, targets: project.targets.map((target) => ({ ...target, beads: target.beads.map((bead) => ({ ...bead, status: 'confirmed' as const })) })) };
}
