/**
 * One timed alignment in its own process (so peak memory is its own): `N` source sentences built by
 * concatenating copies of the Text+Berg de-fr document. Prints one JSON line.
 * Usage: tsx bench/align-speed.ts <sourceSentences> [gale-church]
 */
import { readFileSync } from 'node:fs';
import { align } from '../src/core/align/index.js';
import { SHARED_BENCH, lines } from './align-data.js';
import { galeChurch } from './gale-church.js';
import { parseLadder } from './metric.js';
import type { LadderBead } from './metric.js';

const wanted = Number(process.argv[2] ?? 10000);
const baseline = process.argv[3] === 'gale-church';
const de = lines(`${SHARED_BENCH}textberg-de-fr-dev/dev.de`);
const fr = lines(`${SHARED_BENCH}textberg-de-fr-dev/dev.fr`);
const copies = Math.ceil(wanted / de.length);
const source = Array.from({ length: copies }, () => de).flat().slice(0, wanted);
const target = Array.from({ length: copies }, () => fr).flat().slice(0, Math.round((wanted * fr.length) / de.length));
const start = performance.now();
const cpuStart = process.cpuUsage();
const beads = baseline ? galeChurch(source, target) : align(source, target, { sourceLang: 'de', targetLang: 'fr' });
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
// On a shared machine wall time includes waiting for a core; CPU time is what the aligner costs.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ source: source.length, target: target.length, beads: beads.length, seconds, cpuSeconds, peakMb, sentencesPerSecond: (source.length + target.length) / seconds, strictF1: strictF1OfWholeCopies(beads) })}\n`);

/**
 * Quality at this size, so that the banded search of long documents is checked, not only its speed:
 * strict F1 against the gold repeated once per copy, over the beads that lie inside the copies kept
 * whole (the last copy is cut short, and its gold would not apply). Strict only: the lax metric
 * compares every wrong bead with every gold one, which takes minutes when a long run goes wrong.
 */
function strictF1OfWholeCopies(found: readonly LadderBead[]): number {
  const gold = parseLadder(readFileSync(`${SHARED_BENCH}textberg-de-fr-dev/dev.defr`, 'utf8'));
  const whole = Math.min(Math.floor(source.length / de.length), Math.floor(target.length / fr.length));
  const key = (bead: LadderBead) => `${bead.source.join(',')}:${bead.target.join(',')}`;
  const isNull = (bead: LadderBead) => bead.source.length === 0 || bead.target.length === 0;
  // As bench/metric.ts: precision over every bead found, recall over the gold beads with both sides.
  const expected = Array.from({ length: whole }, (_, copy) => gold.map((bead) => ({ source: bead.source.map((i) => i + copy * de.length), target: bead.target.map((j) => j + copy * fr.length) }))).flat();
  const expectedKeys = new Set(expected.map(key));
  const inside = found.filter((bead) => bead.source.every((i) => i < whole * de.length) && bead.target.every((j) => j < whole * fr.length));
  const foundKeys = new Set(inside.filter((bead) => !isNull(bead)).map(key));
  const precision = inside.filter((bead) => expectedKeys.has(key(bead))).length / Math.max(1, inside.length);
  const recallSet = expected.filter((bead) => !isNull(bead));
  const recall = recallSet.filter((bead) => foundKeys.has(key(bead))).length / Math.max(1, recallSet.length);
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}
