/**
 * `bitext align --batch MANIFEST`: aligns every `source<TAB>target<TAB>output` line of a manifest
 * on all cores (worker threads), in two rounds so that the lexicon learnt from the first-pass
 * alignments of all documents is shared by the final alignment of each.
 */
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { emptyCounts, learnLexicon, mergeCounts } from '../core/align/index.js';
import type { KeyLexicon } from '../core/align/index.js';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { t, tDynamic } from '../i18n/index.js';
import { readText } from '../io/read-text.js';
import type { AlignCommandOptions } from './align.js';
import { warningText } from './align.js';
import type { BatchEntry, BatchReply, BatchTask } from './align-worker.js';

/** Parses a manifest; relative paths are relative to the manifest's folder. */
export function parseManifest(text: string, manifestPath: string): BatchEntry[] {
  const base = dirname(resolve(manifestPath));
  const entries: BatchEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = raw.split('\t').map((field) => field.trim());
    if (fields.length !== 3 || fields.some((field) => field === '')) throw new UserError('align-manifest-invalid', { path: manifestPath, line: index + 1 });
    const [source, target, output] = fields.map((field) => resolve(base, field)) as [string, string, string];
    entries.push({ source, target, output });
  });
  if (entries.length === 0) throw new UserError('align-manifest-empty', { path: manifestPath });
  return entries;
}

function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./align-worker.js', import.meta.url));
  // Run from source, the worker is TypeScript: workers do not inherit tsx's loader, so register it.
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./align-worker.ts', import.meta.url).href;
  const bootstrap = `(async () => { const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(worker)}); })();`;
  return new Worker(bootstrap, { eval: true });
}

function progress(done: number, total: number, round: string): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r${round} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

/** Runs the tasks on a pool of workers, in any order, and returns the replies by index. */
async function runPool(tasks: BatchTask[], round: string): Promise<BatchReply[]> {
  const size = Math.max(1, Math.min(availableParallelism(), tasks.length));
  const replies: BatchReply[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: size }, startWorker);
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolvePool, reject) => {
            const feed = () => {
              if (next >= tasks.length) return resolvePool();
              worker.postMessage(tasks[next++]);
            };
            worker.on('message', (reply: BatchReply) => {
              replies[reply.index] = reply;
              progress(++done, tasks.length, round);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return replies;
}

function report(replies: BatchReply[], entries: BatchEntry[]): number {
  let failures = 0;
  replies.forEach((reply, index) => {
    const name = entries[index]!.source;
    if (reply.ok) {
      for (const warning of reply.warnings) process.stderr.write(`${t('align.warningPrefix')} ${name}: ${warningText(warning)}\n`);
      return;
    }
    failures++;
    const message = reply.code === 'bug' ? t('cli.bug', { message: reply.message ?? '' }) : tDynamic(`errors.${reply.code}.message`, reply.params);
    process.stderr.write(`${t('cli.errorPrefix')} ${name}: ${message}\n`);
  });
  return failures;
}

/** Aligns every pair of the manifest; entries that fail are reported and the exit status is 1. */
export async function runBatch(manifestPath: string, options: AlignCommandOptions): Promise<void> {
  const entries = parseManifest(readText(manifestPath), manifestPath);
  const plain = { ...options, batch: undefined };
  const first = await runPool(entries.map((entry, index) => ({ round: 'first', index, entry, options: plain })), t('align.batchFirstRound'));
  const counts = first.reduce((sum, reply) => (reply.ok && reply.counts ? mergeCounts(sum, reply.counts) : sum), emptyCounts());
  const learnt: KeyLexicon = learnLexicon(counts);
  const firstFailures = report(first, entries);
  const remaining = entries.map((entry, index) => ({ round: 'final' as const, index, entry, options: plain, learnt })).filter((task) => first[task.index]!.ok);
  const final = remaining.length > 0 ? await runPool(remaining.map((task, k) => ({ ...task, index: k })), t('align.batchFinalRound')) : [];
  const finalFailures = report(final, remaining.map((task) => task.entry));
  process.stderr.write(`${t('align.batchDone', { aligned: remaining.length - finalFailures, total: entries.length })}\n`);
  if (firstFailures + finalFailures > 0) process.exitCode = EXIT.userError;
}
