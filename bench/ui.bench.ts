/**
 * `npm run bench:ui`: the review screen on a 50,000-pair project built from real text (the MAC
 * zh-en dev chapters and their gold alignment, repeated until 50,000 pairs), rendered by Ink into
 * a 120×40 fake terminal.
 * - Launch to first frame, in this process as `bitext review` does it: import the screen, read the
 *   project file and preview its first pairs, draw (the whole file is parsed and checked after the
 *   first frame, before keys are read: that time is printed too). Baseline in the same run:
 *   JSON.parse of the same file, and a one-line Ink app's first frame. Then the same from a new
 *   process, as a user launches it (`node dist/cli.js review`, built first if stale): Node's start,
 *   the CLI's modules, React and Ink included, and when it starts reading keys.
 * - Key press: time from the key reaching stdin to the frame being written, for moves (j k PgDn
 *   PgUp G g !), confirms and merges + undo. Baseline: a one-line Ink counter re-rendered per key.
 * Targets (issue 6): first frame < 500 ms, key press p95 < 30 ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { serializeProject } from '../src/core/project/index.js';
import type { Project } from '../src/core/types.js';
import { buildMacProject } from './mac-project.js';
import { FakeStdin } from '../test/helpers/fake-stdin.js';
import { newestMtime } from '../test/helpers/cli-entry.js';
import { initI18n } from '../src/i18n/index.js';
import { acquireLock, readProjectFile, saveProject } from '../src/io/project-file.js';

const PAIRS = 50_000;
const SIZE = { columns: 120, rows: 40 };
/** Ink draws at most 30 frames a second; keys are spaced further apart so each one is drawn on its own. */
const KEY_GAP_MS = 45;

const buildProject = (): Project => buildMacProject(PAIRS, 'mac-50k');
/** New processes launched for the first-frame figure (their median is reported). */
const LAUNCHES = 5;

/** A terminal for Ink: records when each frame is written. */
class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly columns = SIZE.columns;
  readonly rows = SIZE.rows;
  writes: number[] = [];
  chunks: string[] = [];
  bytes = 0;
  /** Every frame really goes through a write system call (to /dev/null), as to a terminal. */
  private readonly fd = openSync('/dev/null', 'w');
  write = (chunk: string) => {
    this.bytes += writeSync(this.fd, chunk);
    this.writes.push(performance.now());
    if (this.chunks.length < 400) this.chunks.push(chunk);
    return true;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForWrite(stdout: FakeStdout, after: number): Promise<number> {
  for (let i = 0; i < 2000; i++) {
    const write = stdout.writes.find((time) => time >= after);
    if (write !== undefined) return write - after;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('no frame was written');
}

const median = (values: number[]) => percentile(values, 50);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The built CLI, built first (with the review screen's bundle) when it is missing or older than the
 * sources, or when its bundle is older than the compiled screen (a bare `tsc` since the last build):
 * `bitext review` would then load the screen's modules one by one, not what a user runs.
 */
function builtCli(): string {
  const cli = join(ROOT, 'dist', 'cli.js');
  let isFresh = false;
  try {
    const isBundleFresh = statSync(join(ROOT, 'dist', 'ui', 'run-review.bundle.js')).mtimeMs >= statSync(join(ROOT, 'dist', 'ui', 'run-review.js')).mtimeMs;
    isFresh = isBundleFresh && statSync(cli).mtimeMs >= newestMtime(join(ROOT, 'src'));
  } catch {
    // Not built yet.
  }
  if (!isFresh) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  return cli;
}

/** What a new `bitext review` process reports (ms since it started): first frame, CPU time then, and the answer to a key pressed at the first frame. */
interface Launch {
  frame: number;
  cpu: number;
  keys: number;
}

/** `bitext review path` in a new process on a fake 120×40 terminal. */
function launchInNewProcess(cli: string, path: string): Promise<Launch> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', join(ROOT, 'bench', 'fake-terminal.mjs'), cli, 'review', path], {
      env: { ...process.env, BITEXT_AUTHOR: 'bench', NODE_ENV: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let errors = '';
    let result: Launch | undefined;
    child.stdout.resume();
    child.stderr.on('data', (data: Buffer) => {
      errors += data.toString();
      const frame = /FIRST_FRAME ([\d.]+) ([\d.]+)/.exec(errors);
      const keys = /KEY_ANSWERED ([\d.]+)/.exec(errors);
      if (frame && keys && !result) {
        result = { frame: Number(frame[1]), cpu: Number(frame[2]), keys: Number(keys[1]) };
        setTimeout(() => child.stdin.write('q'), 200);
      }
    });
    child.on('exit', () => (result ? resolve(result) : reject(new Error(`bitext review did not draw: ${errors}`))));
  });
}

/** Milliseconds from a new Node process's start to its first line of script, in `env`. */
function nodeStartTime(env: NodeJS.ProcessEnv): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(performance.now()))'], { env, encoding: 'utf8' });
  return Number(run.stdout);
}

async function measureKeys(stdin: FakeStdin, stdout: FakeStdout, keys: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const key of keys) {
    await sleep(KEY_GAP_MS);
    const start = performance.now();
    stdin.write(key);
    times.push(await waitForWrite(stdout, start));
  }
  return times;
}

async function main(): Promise<void> {
  initI18n('en');
  const dir = mkdtempSync(join(tmpdir(), 'bitext-ui-bench-'));
  const path = join(dir, 'mac-50k.bitext.json');
  const freshPath = join(dir, 'mac-50k-fresh.bitext.json');
  // Written directly, not with saveProject (which keeps the saved project for the next save's
  // diff): the launch below should start from a heap like a new process's, not with 50,000 pairs in it.
  const text = serializeProject(buildProject());
  writeFileSync(path, text);
  writeFileSync(freshPath, text);
  // As `bitext review` runs it: React's production build (the development build checks every element).
  process.env['NODE_ENV'] = 'production';
  const { createElement, useState } = await import('react');
  const { render, Text, useInput } = await import('ink');

  // Baselines: the floor of loading (JSON.parse) and of Ink itself (a one-line app).
  let start = performance.now();
  JSON.parse(readFileSync(path, 'utf8'));
  const parseOnly = performance.now() - start;
  const baseOut = new FakeStdout();
  const baseIn = new FakeStdin();
  function Counter() {
    const [count, setCount] = useState(0);
    useInput(() => setCount((c) => c + 1));
    return createElement(Text, null, `keys: ${count}`);
  }
  start = performance.now();
  const baseApp = render(createElement(Counter), { stdout: baseOut as unknown as NodeJS.WriteStream, stdin: baseIn as unknown as NodeJS.ReadStream, exitOnCtrlC: false, patchConsole: false });
  const baseFirst = await waitForWrite(baseOut, start);
  const baseKeys = await measureKeys(baseIn, baseOut, Array.from({ length: 100 }, () => 'j'));
  baseApp.unmount();

  // The review screen, opened as `bitext review` opens it (see src/commands/review.ts), from a
  // heap without the garbage of the baselines (run with --expose-gc by scripts/run-bench.mjs).
  (globalThis as { gc?: () => void }).gc?.();
  start = performance.now();
  const cpuStart = process.cpuUsage();
  const { runReview } = await import('../src/ui/run-review.js');
  const imported = performance.now();
  const file = readProjectFile(path, { pairs: SIZE.rows });
  const { preview } = file;
  if (!preview) throw new Error('the project file has no preview: bitext review would parse it whole before its first frame');
  const previewed = performance.now();
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  // As `bitext review` does: hold the lock, so autosaves append to the project's journal.
  const release = acquireLock(path);
  const saveTimes: number[] = [];
  const save = (next: Project) => {
    const begin = performance.now();
    saveProject(path, next);
    saveTimes.push(performance.now() - begin);
  };
  let firstFrameAt = 0;
  let launchCpu = { user: 0, system: 0 };
  let loadTime = 0;
  let checkTime: number | undefined;
  let opened: ReturnType<typeof file.open> | undefined;
  const review = runReview({
    preview,
    author: 'bench',
    save,
    terminal: { stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, size: SIZE },
    load: () => {
      firstFrameAt = stdout.writes.at(-1) ?? NaN;
      launchCpu = process.cpuUsage(cpuStart);
      const begin = performance.now();
      opened = file.open();
      loadTime = performance.now() - begin;
      return opened.project;
    },
    check: () => {
      const begin = performance.now();
      opened?.finish();
      checkTime = performance.now() - begin;
    },
  });
  // runReview has drawn the preview, parsed the project and mounted the screen before it first
  // waits: keys are read from here on (the detailed check follows two frame intervals later).
  const readyAt = performance.now();
  // Keys pressed during the check wait for it, as during the parse: that is the launch's cost, measured
  // in the new process below. The key press figures start once the screen is fully ready.
  while (checkTime === undefined) await sleep(5);
  const firstFrame = firstFrameAt - previewed;
  const frames = stdout.chunks;
  const total = firstFrameAt - start;

  const moves = [...Array(60).fill('j'), ...Array(20).fill('k'), ...Array(15).fill('\u001B[6~'), ...Array(5).fill('\u001B[5~'), 'G', 'k', 'k', 'g', '!', '!', '!', '!'];
  const keysCpuStart = process.cpuUsage();
  const keysBytesStart = stdout.bytes;
  const moveTimes = await measureKeys(stdin, stdout, moves);
  const confirmTimes = await measureKeys(stdin, stdout, Array(20).fill('\r'));
  const editTimes = await measureKeys(stdin, stdout, ['m', 'u', 'm', 'u', '\u0012', 'u', 'x', 'x']);
  const keyCount = moves.length + 20 + 8;
  const keysCpu = process.cpuUsage(keysCpuStart);
  const bytesPerKey = (stdout.bytes - keysBytesStart) / keyCount;
  await sleep(200);
  stdin.write('q');
  const { project: final } = await review;
  const saveStart = performance.now();
  saveProject(path, final, { full: true });
  const fullSaveTime = performance.now() - saveStart;
  release();

  // Ink's own floor for this screen: a component that only prints a full 120×40 frame of the same
  // text (the last frames the review screen drew, coloured the same way), switching frame per key.
  // eslint-disable-next-line no-control-regex
  const screens = frames.map((frame) => frame.replace(/\u001B\[\d*[ABCDGJKH]|\u001B\[\?25[lh]/g, '')).filter((frame) => frame.split('\n').length > 30).slice(-20);
  const floorOut = new FakeStdout();
  const floorIn = new FakeStdin();
  function Replay() {
    const [count, setCount] = useState(0);
    useInput(() => setCount((c) => c + 1));
    return createElement(Text, null, screens[count % screens.length] ?? '');
  }
  const floorApp = render(createElement(Replay), { stdout: floorOut as unknown as NodeJS.WriteStream, stdin: floorIn as unknown as NodeJS.ReadStream, exitOnCtrlC: false, patchConsole: false });
  await waitForWrite(floorOut, 0);
  const floorKeys = await measureKeys(floorIn, floorOut, Array.from({ length: 60 }, () => 'j'));
  floorApp.unmount();

  const cli = builtCli();
  const launches: Launch[] = [];
  for (let i = 0; i < LAUNCHES; i++) launches.push(await launchInNewProcess(cli, freshPath));
  const launchFrame = median(launches.map((l) => l.frame));
  const nodeStart = median(Array.from({ length: LAUNCHES }, () => nodeStartTime(process.env)));
  const withoutExtraCerts = process.env['NODE_EXTRA_CA_CERTS'] ? median(Array.from({ length: LAUNCHES }, () => nodeStartTime({ ...process.env, NODE_EXTRA_CA_CERTS: '' }))) : undefined;
  rmSync(dir, { recursive: true, force: true });

  const all = [...moveTimes, ...confirmTimes, ...editTimes];
  console.log(`review screen, ${PAIRS.toLocaleString('en')} pairs (MAC zh-en dev, repeated), ${SIZE.columns}×${SIZE.rows}`);
  console.log('\nlaunch to first frame                     measured     baseline (same run)');
  console.log(`  import the screen (React, Ink loaded)   ${ms(imported - start)}`);
  console.log(`  read project file + preview             ${ms(previewed - imported).padEnd(12)} JSON.parse only: ${ms(parseOnly)}`);
  console.log(`  render first frame                      ${ms(firstFrame).padEnd(12)} one-line Ink app: ${ms(baseFirst)}`);
  console.log(`  total                                   ${ms(total).padEnd(12)} target < 500 ms: ${total < 500 ? 'met' : 'MISSED'}`);
  console.log(`  CPU time (user + system), import to first frame: ${ms((launchCpu.user + launchCpu.system) / 1000)} (wall time above is inflated on a loaded machine)`);
  console.log(`  then, after the frame: parse the whole file ${ms(loadTime)}, keys read from ${ms(readyAt - start)}; its detailed check (schema, invariants) ${ms(checkTime)} after that`);
  console.log(`  new process, as a user launches it (median of ${LAUNCHES}, from Node's start): ${ms(launchFrame)}, CPU ${ms(median(launches.map((l) => l.cpu)))}; target < 500 ms: ${launchFrame < 500 ? 'met' : 'MISSED'}`);
  console.log(`    a key pressed at the first frame is answered at ${ms(median(launches.map((l) => l.keys)))} (median; the whole file is parsed first)`);
  const certs = withoutExtraCerts === undefined ? '' : ` (${ms(withoutExtraCerts)} without the NODE_EXTRA_CA_CERTS this machine sets)`;
  console.log(`    baseline: Node's own start to running a script, same environment: ${ms(nodeStart)}${certs}`);
  console.log(`\nbaselines for a key press (same run): one-line Ink app p50 ${ms(percentile(baseKeys, 50))} / p95 ${ms(percentile(baseKeys, 95))}; Ink redrawing a full ${SIZE.columns}×${SIZE.rows} frame of the same text p50 ${ms(percentile(floorKeys, 50))} / p95 ${ms(percentile(floorKeys, 95))}`);
  console.log('\nkey press to frame             n     p50        p95        max');
  const row = (name: string, times: number[]) =>
    console.log(`  ${name.padEnd(28)} ${String(times.length).padEnd(5)} ${ms(percentile(times, 50)).padEnd(10)} ${ms(percentile(times, 95)).padEnd(10)} ${ms(Math.max(...times))}`);
  row('moves (j k PgDn PgUp G g !)', moveTimes);
  row('confirm (Enter)', confirmTimes);
  row('merge, undo, redo, exclude', editTimes);
  row('all keys', all);
  console.log(`  p95 target < 30 ms: ${percentile(all, 95) < 30 ? 'met' : 'MISSED'}`);
  console.log(`  CPU time per key (all work while keys were pressed, / ${keyCount}): ${ms((keysCpu.user + keysCpu.system) / 1000 / keyCount)}; bytes written to the terminal per key: ${Math.round(bytesPerKey)}`);
  console.log(`\nautosave after a change (journal append, after the frame): n ${saveTimes.length}, p50 ${ms(percentile(saveTimes, 50))}, max ${ms(Math.max(...saveTimes))}; full atomic save of the file (on quit): ${ms(fullSaveTime)}`);
}

await main();
