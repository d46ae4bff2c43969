/**
 * Test helpers for the review screen: a project built from the hand-made gold alignment of the
 * sample (en → zh-CN, en → fr) with a few aligner mistakes put back in, and `press()`, which
 * writes keys and waits the two ticks React 19 + Ink need before the frame shows them.
 */
import { addTarget, createProject } from '../../src/core/project/create.js';
import type { Bead, Project, Segment } from '../../src/core/types.js';
import { loadGoldPair } from '../helpers/gold.js';

/** Raw key sequences as a terminal sends them. */
export const KEY = {
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  backspace: '\u007F',
  ctrlZ: '\u001A',
  ctrlR: '\u0012',
  ctrlC: '\u0003',
  ctrlLeft: '\u001B[1;5D',
  home: '\u001B[H',
  end: '\u001B[F',
} as const;

/**
 * Writes each key to Ink's stdin and lets React flush after each one (setImmediate, then
 * setTimeout 0), then one more turn for the autosave, which runs after the frame is drawn.
 */
export async function press(stdin: { write: (data: string) => void }, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Types text one character at a time, as a person would. */
export async function type(stdin: { write: (data: string) => void }, text: string): Promise<void> {
  await press(stdin, ...Array.from(text));
}

function segments(texts: readonly string[]): Segment[] {
  let offset = 0;
  return texts.map((text) => {
    const segment: Segment = { text, start: offset, end: offset + text.length, paragraph: 0, kind: 'sentence' };
    offset += text.length + 1;
    return segment;
  });
}

/** Confidences like an aligner's: high for 1-1, lower for the rest, one pair clearly weak. */
function asAligner(beads: ReadonlyArray<{ source: number[]; target: number[] }>): Bead[] {
  return beads.map((bead, i) => {
    const isOneToOne = bead.source.length === 1 && bead.target.length === 1;
    const confidence = i === 3 ? 0.31 : isOneToOne ? 0.93 : 0.62;
    return { ...bead, score: Math.log(confidence), confidence };
  });
}

/**
 * The sample as an aligner might have left it: the gold en → zh-CN ladder, except that the gold
 * 2-1 bead [6, 7]:[6] was cut into [6]:[6] and [7]:[] (so merge fixes it); plus the gold en → fr
 * alignment as a second target.
 */
export function sampleProject(): Project {
  const zh = loadGoldPair('en-zh-CN.ladder');
  const fr = loadGoldPair('en-fr.ladder');
  const zhBeads = zh.beads.flatMap((bead) =>
    bead.source.join() === '6,7' ? [{ source: [6], target: bead.target }, { source: [7], target: [] }] : [bead],
  );
  const base = createProject({
    name: 'scio-2020-q1',
    author: 'tester',
    time: '2026-11-28T10:02:00.000Z',
    toolVersion: '0.1.0',
    source: { lang: 'en', file: 'en.txt', segments: segments(zh.sourceSentences) },
  });
  const withZh = addTarget(base, { lang: 'zh-CN', file: 'zh-CN.txt', segments: segments(zh.targetSentences), beads: asAligner(zhBeads) });
  return addTarget(withZh, { lang: 'fr', file: 'fr.txt', segments: segments(fr.targetSentences), beads: asAligner(fr.beads) });
}

/** A fixed clock, so revisions are reproducible. */
export const FIXED_NOW = (): string => '2026-11-29T09:14:00.000Z';
