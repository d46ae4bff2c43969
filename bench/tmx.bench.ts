/**
 * TMX export and import on a generated 1,000,000-unit memory (en→fr sentences from the sample
 * corpus, numbered so that no two units are equal), plus 250k and 500k units to show that import
 * memory grows with the project, not with the file. Baselines, same run, same file, same reading
 * (1 MiB reads decoded in 32 KiB pieces), no project built: the bare tokenizer the import uses
 * (xml-scanner.ts, cutting out the text of every `<seg>`), and saxes, the parser the import used
 * before, with a text handler. Every measurement runs in its own process so that peak RSS (maxRSS)
 * belongs to that measurement alone. CPU seconds (all threads, GC included) are printed beside wall
 * time, since the machine is shared.
 *
 * Last row: a multilingual file (en, fr, and de on 1 unit in 100) imported with `targets: ['de']`, so
 * 99% of units are read and skipped; its peak heap must stay flat, not follow the file.
 *
 *   npm run bench:tmx            (BENCH_TMX_UNITS=200000 for a quick run)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';
import { tmxChunks } from '../src/core/formats/tmx-writer.js';
import { XmlScanner } from '../src/core/formats/xml-scanner.js';
import type { Project } from '../src/core/types.js';
import { writeChunks } from '../src/io/export-file.js';
import { importTmxFile } from '../src/io/tmx-file.js';
import { loadGoldPair } from '../test/helpers/gold.js';

const SELF = fileURLToPath(import.meta.url);
const IMPORT_TARGET_TU_PER_S = 50_000;

function generatedProject(units: number, germanEvery = 0): Project {
  const gold = loadGoldPair('en-fr.ladder');
  const pairs = gold.beads.filter((b) => b.source.length === 1 && b.target.length === 1).map((b) => [gold.sourceSentences[b.source[0]!]!, gold.targetSentences[b.target[0]!]!] as const);
  const source: Project['source'] = { lang: 'en', file: 'en.txt', segments: [] };
  const target: Project['source'] = { lang: 'fr', file: 'fr.txt', segments: [] };
  const beads: Project['targets'][number]['beads'] = [];
  const german: Project['source'] = { lang: 'de', file: 'de.txt', segments: [] };
  const germanBeads: Project['targets'][number]['beads'] = [];
  for (let i = 0; i < units; i++) {
    const [en, fr] = pairs[i % pairs.length]!;
    source.segments.push({ id: `s${i}`, text: `${en} (${i})`, kind: 'sentence', paragraph: i });
    target.segments.push({ id: `t${i}`, text: `${fr} (${i})`, kind: 'sentence', paragraph: i });
    beads.push({ id: `b${i}`, source: [`s${i}`], target: [`t${i}`], status: i % 3 === 0 ? 'auto' : 'confirmed', confidence: (i % 100) / 100 });
    if (germanEvery === 0) continue;
    const hasGerman = i % germanEvery === 0;
    if (hasGerman) german.segments.push({ id: `d${i}`, text: `Satz ${i}`, kind: 'sentence', paragraph: i });
    germanBeads.push({ id: `g${i}`, source: [`s${i}`], target: hasGerman ? [`d${i}`] : [], status: 'confirmed', confidence: 1 });
  }
  const meta = { name: 'bench', toolVersion: '0', created: '2024-01-01T00:00:00Z', changed: '2024-01-01T00:00:00Z', author: 'bench' };
  const targets = [{ document: target, beads }, ...(germanEvery ? [{ document: german, beads: germanBeads }] : [])];
  return { format: 'bitext-project', version: 1, meta, source, targets, revisions: [] };
}

interface Measure {
  seconds: number;
  /** CPU seconds of the process (every thread, so GC helpers too) during the measurement. */
  cpuSeconds: number;
  units: number;
  maxRssMb: number;
  retainedMb?: number;
  /** Highest heap in use during the run, above the heap before it. */
  peakHeapMb?: number;
}

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

async function child(mode: string, units: number, file: string): Promise<Measure> {
  if (mode === 'export' || mode === 'export-multilingual') {
    const project = generatedProject(units, mode === 'export' ? 0 : 100);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const summary = writeChunks(file, tmxChunks(project, { status: 'all', toolVersion: '0', exportedAt: '2024-01-01T00:00:00Z' }));
    return { seconds: (performance.now() - start) / 1000, cpuSeconds: cpuSecondsSince(cpu), units: summary.units, maxRssMb: maxRssMb() };
  }
  const before = heapMb();
  // The read loop yields between 1 MiB chunks, so a timer sees the heap as it grows.
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 2);
  const cpu = process.cpuUsage();
  const start = performance.now();
  if (mode === 'import' || mode === 'import-skipping') {
    const { project, report } = await importTmxFile(file, { toolVersion: '0', ...(mode === 'import' ? {} : { targets: ['de'] }) });
    const seconds = (performance.now() - start) / 1000;
    const cpuSeconds = cpuSecondsSince(cpu);
    clearInterval(sampler);
    const retainedMb = heapMb() - before;
    if (project.targets.length !== 1) throw new Error('unexpected project');
    return { seconds, cpuSeconds, units: report.units, maxRssMb: maxRssMb(), retainedMb, peakHeapMb: peakHeap / 2 ** 20 - before };
  }
  // Baselines: the same bytes, read and decoded as the import does, through a bare tokenizer (no
  // position tracking, as the import's first pass), counting <tu>, building nothing.
  let count = 0;
  let write: (text: string) => void;
  let end: () => void;
  if (mode === 'baseline-saxes') {
    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.on('opentag', (tag) => {
      if (tag.name === 'tu') count += 1;
    });
    parser.on('text', () => undefined);
    write = (text) => parser.write(text);
    end = () => parser.close();
  } else {
    const scanner: XmlScanner = new XmlScanner(
      {
        openElement: (name) => {
          if (name === 'tu') count += 1;
          scanner.wantText = name === 'seg';
        },
        closeElement: () => (scanner.wantText = false),
        text: () => undefined,
      },
      false,
    );
    write = (text) => scanner.write(text);
    end = () => scanner.end();
  }
  await readDecoded(file, write);
  end();
  const cpuSeconds = cpuSecondsSince(cpu);
  clearInterval(sampler);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds, units: count, maxRssMb: maxRssMb(), peakHeapMb: peakHeap / 2 ** 20 - before };
}

/** The file read as src/io/tmx-file.ts reads it: 1 MiB reads into one buffer, decoded in 32 KiB pieces. */
async function readDecoded(path: string, write: (text: string) => void): Promise<void> {
  const file = await open(path, 'r');
  const buffer = new Uint8Array(1 << 20);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (;;) {
    const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    for (let at = 0; at < bytesRead; at += 1 << 15) write(decoder.decode(buffer.subarray(at, Math.min(at + (1 << 15), bytesRead)), { stream: true }));
  }
  await file.close();
}

function run(mode: string, units: number, file: string): Measure {
  // Only the export child holds a generated project plus its output; the readers run with Node's default heap.
  const heap = mode.startsWith('export') ? ['--max-old-space-size=8192'] : [];
  const result = spawnSync(process.execPath, [...heap, '--expose-gc', '--import', 'tsx', SELF, '--child', mode, String(units), file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${mode} ${units} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Measure;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(`${JSON.stringify(await child(args[1]!, Number(args[2]), args[3]!))}\n`);
    return;
  }
  const largest = Number(process.env['BENCH_TMX_UNITS'] ?? 1_000_000);
  const sizes = [Math.round(largest / 4), Math.round(largest / 2), largest];
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-bench-'));
  console.log('| units | file MB | export TU/s | export CPU s | import TU/s | import CPU s | baseline scanner TU/s | scanner CPU s | baseline saxes TU/s | saxes CPU s | import/scanner CPU | import peak RSS MB | project heap MB | import peak heap MB | peak heap − project MB | scanner peak heap MB |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  let failed = false;
  const row = (label: string, units: number, megabytes: number, exported: Measure, imported: Measure, baseline: Measure, saxes: Measure) =>
    `| ${label} | ${fmt(megabytes)} | ${fmt(units / exported.seconds)} | ${fmt(exported.cpuSeconds, 1)} | ${fmt(units / imported.seconds)} | ${fmt(imported.cpuSeconds, 1)} | ${fmt(units / baseline.seconds)} | ${fmt(baseline.cpuSeconds, 1)} | ${fmt(units / saxes.seconds)} | ${fmt(saxes.cpuSeconds, 1)} | ${fmt(imported.cpuSeconds / baseline.cpuSeconds, 2)} | ${fmt(imported.maxRssMb)} | ${fmt(imported.retainedMb ?? 0)} | ${fmt(imported.peakHeapMb ?? 0)} | ${fmt((imported.peakHeapMb ?? 0) - (imported.retainedMb ?? 0))} | ${fmt(baseline.peakHeapMb ?? 0)} |`;
  try {
    for (const units of sizes) {
      const file = join(dir, `bench-${units}.tmx`);
      const exported = run('export', units, file);
      const megabytes = statSync(file).size / 2 ** 20;
      const baseline = run('baseline', units, file);
      const saxes = run('baseline-saxes', units, file);
      const imported = run('import', units, file);
      if (baseline.units !== units || saxes.units !== units || imported.units !== units) throw new Error(`counted ${baseline.units}/${saxes.units}/${imported.units} of ${units} units`);
      if (units === largest && units / imported.seconds < IMPORT_TARGET_TU_PER_S) failed = true;
      console.log(row(fmt(units), units, megabytes, exported, imported, baseline, saxes));
      rmSync(file, { force: true });
    }
    const file = join(dir, 'bench-multilingual.tmx');
    const exported = run('export-multilingual', largest, file);
    const baseline = run('baseline', largest, file);
    const saxes = run('baseline-saxes', largest, file);
    const imported = run('import-skipping', largest, file);
    console.log(row(`${fmt(largest)}, 99% skipped`, largest, statSync(file).size / 2 ** 20, exported, imported, baseline, saxes));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nTarget: import >= ${fmt(IMPORT_TARGET_TU_PER_S)} TU/s at ${fmt(largest)} units; "peak heap − project" (the most heap in use during the import, minus what the finished project occupies) should not grow with the file.`);
  if (failed) process.exitCode = 1;
}

await main();
