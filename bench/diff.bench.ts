/**
 * Revision diff on two 20,000-sentence revisions with 2% of the sentences edited (word edits,
 * deletions, insertions, splits, merges, moves), in English and in Chinese. The sentences are real:
 * the English and Chinese novels of /work/shared/bench/align/mac-zh-en-dev (BENCH_DIFF_DIR to use
 * other one-sentence-per-line files), repeated up to 20,000 with a chapter number.
 *
 * Baseline, same run, same data: jsdiff's `diffArrays` on the exact sentence strings (what a
 * line diff does: finds that something differs, but not changed/split/merged/moved, and no inline
 * diff). Figures: median of 5 runs. Target: the whole diff under 2 s.
 *
 *   npm run bench:diff
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { diffSentences, renderHtml, renderJson, renderPlain } from '../src/core/diff/index.js';
import type { ChangeKind, DiffReport, DiffResult } from '../src/core/diff/index.js';
import { segment } from '../src/core/segment/index.js';
import { makeRevision } from './diff-revision.js';

const SENTENCES = 20_000;
const EDIT_SHARE = 0.02;
const TARGET_SECONDS = 2;
const RUNS = 5;
const DATA = process.env['BENCH_DIFF_DIR'] ?? '/work/shared/bench/align/mac-zh-en-dev';

function loadSentences(folder: string): string[] {
  const files = readdirSync(folder).sort();
  const lines = files.flatMap((f) => readFileSync(join(folder, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== ''));
  return Array.from({ length: SENTENCES }, (_, i) => {
    const copy = Math.floor(i / lines.length);
    return copy === 0 ? lines[i]! : `${lines[i % lines.length]!} (${copy})`;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall-clock and CPU seconds of `run` (CPU time is what a loaded machine does not inflate). */
function time(run: () => unknown): { wall: number; cpu: number } {
  const [walls, cpus]: [number[], number[]] = [[], []];
  for (let k = 0; k < RUNS; k++) {
    const [start, cpuStart] = [performance.now(), process.cpuUsage()];
    run();
    const cpu = process.cpuUsage(cpuStart);
    walls.push((performance.now() - start) / 1000);
    cpus.push((cpu.user + cpu.system) / 1e6);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const row = (name: string, t: { wall: number; cpu: number }) => `| ${name} | ${t.wall.toFixed(3)} | ${t.cpu.toFixed(3)} |`;

const translate = (key: string, params?: Record<string, string | number>) => `${key}${params ? JSON.stringify(params) : ''}`;

function benchLanguage(lang: string, folder: string): boolean {
  const before = loadSentences(folder);
  const { after, expected } = makeRevision(before, lang, EDIT_SHARE, 20_240_601);
  const joiner = lang.startsWith('zh') ? '' : ' ';
  // Paragraphs of about 10 sentences, so segmentation has real work to do. A paragraph ends after
  // the same sentences in both versions: an edit must not move every later paragraph break.
  const paragraphEnds = new Set(before.filter((_, i) => i % 10 === 9));
  const asText = (sentences: string[]) => sentences.map((s) => s + (paragraphEnds.has(s) ? '\n\n' : joiner)).join('');
  const [oldText, newText] = [asText(before), asText(after)];

  const baseline = time(() => diffArrays(before, after));
  let result: DiffResult | undefined;
  const core = time(() => (result = diffSentences(before, after, { lang })));
  const report: DiffReport = { subject: 'text', oldName: 'old', newName: 'new', comparisons: [{ title: lang, result: result! }] };
  const renderOptions = { context: 1, translate };
  const rendering = time(() => [renderPlain(report, renderOptions), renderJson(report), renderHtml(report, renderOptions)]);
  const segmentation = time(() => [segment(oldText, { lang }), segment(newText, { lang })]);
  const endToEnd = time(() => {
    const [a, b] = [segment(oldText, { lang }).map((s) => s.text), segment(newText, { lang }).map((s) => s.text)];
    const diffed = diffSentences(a, b, { lang });
    renderPlain({ ...report, comparisons: [{ title: lang, result: diffed }] }, renderOptions);
  });

  const found = result!.summary.counts;
  const kinds = Object.keys(expected) as ChangeKind[];
  const hits = kinds.reduce((sum, k) => sum + Math.min(found[k], expected[k]), 0);
  const total = kinds.reduce((sum, k) => sum + expected[k], 0);
  const reported = kinds.reduce((sum, k) => sum + found[k], 0);
  console.log(`\n${lang}: ${before.length} → ${after.length} sentences, ${total} edits made`);
  console.log('| measure | wall s | CPU s |');
  console.log('|---|---|---|');
  console.log(row('baseline: diffArrays on exact strings', baseline));
  console.log(row('diffSentences (match + inline + summary)', core));
  console.log(row('render plain + json + html', rendering));
  console.log(row('segment both texts', segmentation));
  console.log(row('end to end: segment + diff + render plain', endToEnd));
  console.log(`edits by kind, expected → found: ${kinds.map((k) => `${k} ${expected[k]}→${found[k]}`).join(', ')}`);
  console.log(`kind-level recall ${(hits / total).toFixed(3)}, precision ${(hits / Math.max(1, reported)).toFixed(3)}; changed words ${result!.summary.changedWordsPercent}%`);
  const isFast = endToEnd.wall < TARGET_SECONDS;
  console.log(`target: end to end < ${TARGET_SECONDS} s: ${isFast ? 'met' : 'MISSED'} (${(endToEnd.wall / baseline.wall).toFixed(1)}× the baseline)`);
  return isFast;
}

const results = [benchLanguage('en', join(DATA, 'en')), benchLanguage('zh-CN', join(DATA, 'zh'))];
if (!results.every(Boolean)) process.exitCode = 1;
