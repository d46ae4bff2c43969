/**
 * Long documents with passages left out: what the band around a coarse path loses against the
 * whole lattice. Text+Berg de-fr repeated; copy c loses a block of 8-52 sentences, on the source
 * side in even copies and on the target side in odd ones (an untranslated passage, an added one),
 * and the gold loses the same sentences. Prints one JSON line.
 * Usage: tsx bench/align-gaps.ts <copies> [whole]
 */
import { readFileSync } from 'node:fs';
import { align } from '../src/core/align/index.js';
import { SHARED_BENCH, lines } from './align-data.js';
import { countAlignment, parseLadder, scores } from './metric.js';
import type { LadderBead } from './metric.js';

const copies = Number(process.argv[2] ?? 4);
const wholeLattice = process.argv[3] === 'whole';
const de = lines(`${SHARED_BENCH}textberg-de-fr-dev/dev.de`);
const fr = lines(`${SHARED_BENCH}textberg-de-fr-dev/dev.fr`);
const gold = parseLadder(readFileSync(`${SHARED_BENCH}textberg-de-fr-dev/dev.defr`, 'utf8'));

const source: string[] = [];
const target: string[] = [];
const truth: LadderBead[] = [];
for (let copy = 0; copy < copies; copy++) {
  // Deterministic block positions and lengths, spread over the document.
  const start = ((copy * 97) % 380) + 30;
  const length = 8 + ((copy * 37) % 45);
  const dropsSource = copy % 2 === 0;
  const dropped = (index: number, isSource: boolean) => isSource === dropsSource && index >= start && index < start + length;
  const sourceId = new Map<number, number>();
  const targetId = new Map<number, number>();
  de.forEach((sentence, i) => {
    if (dropped(i, true)) return;
    sourceId.set(i, source.length);
    source.push(sentence);
  });
  fr.forEach((sentence, j) => {
    if (dropped(j, false)) return;
    targetId.set(j, target.length);
    target.push(sentence);
  });
  for (const bead of gold) {
    const kept = { source: bead.source.flatMap((i) => sourceId.get(i) ?? []), target: bead.target.flatMap((j) => targetId.get(j) ?? []) };
    if (kept.source.length + kept.target.length > 0) truth.push(kept);
  }
}
const cpuStart = process.cpuUsage();
const beads = align(source, target, { sourceLang: 'de', targetLang: 'fr', wholeLattice });
const cpu = process.cpuUsage(cpuStart);
const result = scores(countAlignment(truth, beads));
process.stdout.write(`${JSON.stringify({ source: source.length, target: target.length, wholeLattice, strictF1: result.strict.f1, laxF1: result.lax.f1, cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
