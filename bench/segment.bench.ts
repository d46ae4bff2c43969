/**
 * `npm run bench:segment`: accuracy on the 48 English Golden Rules (pragmatic_segmenter / pySBD
 * form) for bitext's `segment()` next to plain sentence-splitter and Intl.Segmenter, then
 * throughput on ≥ 10 MB of real English prose, and a 50 MB text without any punctuation
 * (which must scale linearly).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { split } from 'sentence-splitter';
import { segment } from '../src/core/segment/index.js';

const BENCH_DIR = new URL('../../shared/bench/', import.meta.url).pathname;
const REPO = new URL('../', import.meta.url).pathname;

interface GoldenCase {
  id: string;
  name?: string;
  input: string;
  expected: string[];
}

type Segmenter = (text: string) => string[];

const ours: Segmenter = (text) => segment(text, { lang: 'en' }).map((s) => s.text);
const sentenceSplitter: Segmenter = (text) =>
  split(text)
    .filter((node) => node.type === 'Sentence')
    .map((node) => node.raw.trim())
    .filter(Boolean);
const intl = new Intl.Segmenter('en', { granularity: 'sentence' });
const intlSegmenter: Segmenter = (text) => [...intl.segment(text)].map((s) => s.segment.trim()).filter(Boolean);

function score(cases: GoldenCase[], run: Segmenter): { passed: number; failed: GoldenCase[] } {
  const failed = cases.filter((c) => JSON.stringify(run(c.input)) !== JSON.stringify(c.expected));
  return { passed: cases.length - failed.length, failed };
}

function accuracy(): void {
  const cases = JSON.parse(readFileSync(join(BENCH_DIR, 'segment/golden_rules.en.json'), 'utf8')) as GoldenCase[];
  console.log(`Golden Rules (English), ${cases.length} cases, exact match of trimmed sentences`);
  const rows: Array<[string, Segmenter]> = [['bitext segment()', ours], ['sentence-splitter 5 (plain)', sentenceSplitter], ['Intl.Segmenter', intlSegmenter]];
  for (const [name, run] of rows) {
    const { passed, failed } = score(cases, run);
    console.log(`  ${name.padEnd(30)} ${String(passed).padStart(2)}/${cases.length}  ${((100 * passed) / cases.length).toFixed(1)}%`);
    if (run === ours) for (const c of failed) console.log(`      fails ${c.id} ${c.name ?? ''}: ${JSON.stringify(run(c.input))}`);
  }
}

/** Real English prose: the SCIO briefing and the English side of the MAC literary dev set, repeated to `bytes`. */
function englishCorpus(bytes: number): string {
  const macDir = join(BENCH_DIR, 'align/mac-zh-en-dev/en');
  const parts = [readFileSync(join(REPO, 'aligned/scio-2020-q1/en.txt'), 'utf8')];
  // MAC files are one sentence per line; joining a chapter's lines gives running paragraphs.
  for (const file of readdirSync(macDir).sort()) parts.push(readFileSync(join(macDir, file), 'utf8').split('\n').join(' '));
  const unit = parts.join('\n\n');
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/** Wall time, and CPU time of this process (less disturbed when the machine is busy). */
function time<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, result };
}

function throughput(): void {
  const text = englishCorpus(10 * 1024 * 1024);
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  console.log(`\nThroughput on ${mb.toFixed(1)} MB of English prose (real text, repeated)`);
  const oursRun = time(() => segment(text, { lang: 'en' }));
  console.log(`  bitext segment()              ${(oursRun.ms / 1000).toFixed(2)} s  ${(mb / (oursRun.ms / 1000)).toFixed(1)} MB/s  (CPU ${(oursRun.cpuMs / 1000).toFixed(2)} s; ${oursRun.result.length} segments; target < 2 s)`);
  const sample = text.slice(0, 1024 * 1024);
  const lines = sample.split('\n');
  const splitterRun = time(() => lines.reduce((n, line) => n + split(line).length, 0));
  console.log(`  sentence-splitter, first 1 MB ${(splitterRun.ms / 1000).toFixed(2)} s  ${(1 / (splitterRun.ms / 1000)).toFixed(1)} MB/s (CPU ${(splitterRun.cpuMs / 1000).toFixed(2)} s; by line; whole text would take ~${((mb * splitterRun.ms) / 1000).toFixed(0)} s)`);
  // Each Intl segment object copies the whole input (V8), so 10 MB at once runs out of memory: measure by line.
  const intlRun = time(() => lines.reduce((n, line) => n + [...intl.segment(line)].length, 0));
  console.log(`  Intl.Segmenter, first 1 MB    ${(intlRun.ms / 1000).toFixed(2)} s  ${(1 / (intlRun.ms / 1000)).toFixed(1)} MB/s (CPU ${(intlRun.cpuMs / 1000).toFixed(2)} s; by line)`);
}

function noPunctuation(): void {
  console.log('\nText without any punctuation (one huge line): time must grow linearly');
  const words = 'the state council information office held a press conference thursday afternoon in beijing ';
  for (const size of [10, 50]) {
    const text = words.repeat(Math.ceil((size * 1024 * 1024) / words.length));
    const { ms, cpuMs, result } = time(() => segment(text, { lang: 'en' }));
    console.log(`  ${String(size).padStart(2)} MB: ${(ms / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s), ${result.length} segment(s), longest ${Math.max(...result.map((s) => s.text.length))} chars`);
  }
}

accuracy();
throughput();
noPunctuation();
