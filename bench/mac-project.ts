/**
 * A large real-text project for the benchmarks: the MAC zh-en dev chapters (../shared/bench, never copied into
 * the repo) with their gold alignment, repeated until `pairs` beads. Confidences follow a deterministic spread so
 * that some pairs are weak, and runs are comparable.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addTarget, createProject } from '../src/core/project/create.js';
import type { Bead, Project, Segment } from '../src/core/types.js';

const MAC = new URL('../../shared/bench/align/mac-zh-en-dev/', import.meta.url).pathname;

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
const asSegment = (text: string): Segment => ({ text, start: 0, end: text.length, paragraph: 0, kind: 'sentence' });

/** Builds a zh-CN → en project of exactly `pairs` beads, keeping only the segments those beads cover. */
export function buildMacProject(pairs: number, name: string): Project {
  const zh: string[] = [];
  const en: string[] = [];
  const beads: Bead[] = [];
  const docs = readdirSync(join(MAC, 'gold')).map((f) => f.replace('.align', '')).sort();
  while (beads.length < pairs) {
    for (const doc of docs) {
      const [zhBase, enBase] = [zh.length, en.length];
      zh.push(...lines(join(MAC, 'zh', doc)));
      en.push(...lines(join(MAC, 'en', doc)));
      for (const line of lines(join(MAC, 'gold', `${doc}.align`))) {
        const [source, target] = line.split(':').map((side) => JSON.parse(side) as number[]);
        const confidence = ((beads.length * 7919) % 1000) / 1000;
        beads.push({ source: source!.map((i) => i + zhBase), target: target!.map((i) => i + enBase), score: 0, confidence });
      }
      if (beads.length >= pairs) break;
    }
  }
  const kept = beads.slice(0, pairs);
  const covered = (side: 'source' | 'target') => kept.reduce((last, bead) => Math.max(last, ...bead[side]), -1) + 1;
  const project = createProject({ name, author: 'bench', time: '2026-11-29T00:00:00.000Z', toolVersion: '0.1.0', source: { lang: 'zh-CN', file: 'zh.txt', segments: zh.slice(0, covered('source')).map(asSegment) } });
  return addTarget(project, { lang: 'en', file: 'en.txt', segments: en.slice(0, covered('target')).map(asSegment), beads: kept });
}
