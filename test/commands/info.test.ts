import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyAction } from '../../src/core/project/index.js';
import { saveProject } from '../../src/io/project-file.js';
import { goldProject } from '../core/project/gold-project.js';
import { runCli } from '../helpers/cli.js';

const context = { author: 'Chen Jie', time: '2026-03-03T08:00:00.000Z' };

function reviewedProject(): string {
  let project = goldProject(['zh-CN', 'fr']);
  project = applyAction(project, { type: 'confirm-through', lang: 'zh-CN', bead: 'b9' }, context);
  project = applyAction(project, { type: 'set-status', lang: 'zh-CN', bead: 'b17', status: 'excluded' }, context);
  project = applyAction(project, { type: 'edit-segment', lang: 'zh-CN', side: 'target', segment: 't12', text: '修改后的译文。' }, context);
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-info-')), 'scio.bitext.json');
  saveProject(path, project);
  return path;
}

test('bitext info prints languages, counts by status and shape, and the confidence histogram', () => {
  const path = reviewedProject();
  const result = runCli(['info', path]);
  assert.equal(result.status, 0, result.stderr);
  const out = result.stdout;
  assert.match(out, /^Project scio-2020-q1 \(/);
  assert.match(out, /3 revisions/);
  assert.match(out, /^source {2}en {2}en\.txt {2}36 segments$/m);
  // en-zh-CN gold ladder: 34 beads (26 1-1, three 2-1, two 1-2, one 0-1, two 1-0).
  assert.match(out, /^target {2}zh-CN {2}zh-CN\.txt {2}34 segments, 34 pairs$/m);
  assert.match(out, /status: 10 confirmed · 23 to review · 1 excluded/);
  assert.match(out, /^ {2}1 segment edited$/m);
  assert.match(out, /^target {2}fr {2}fr\.txt {2}31 segments, 32 pairs$/m);
  assert.match(out, /status: 0 confirmed · 32 to review · 0 excluded/);
  const histogram = out.split('\n').filter((line) => /^ {4}0\.\d–/.test(line));
  assert.equal(histogram.length, 20, 'ten bins for each of the two targets');
  const frTotal = histogram.slice(10).reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[1]), 0);
  assert.equal(frTotal, 32);
});

test('bitext info --json gives the same figures, and pair shapes match the gold ladder', () => {
  const path = reviewedProject();
  const result = runCli(['info', '--json', path]);
  assert.equal(result.status, 0, result.stderr);
  const stats = JSON.parse(result.stdout) as { targets: Array<{ lang: string; byType: Array<{ type: string; count: number }>; byStatus: Record<string, number> }> };
  const zh = stats.targets.find((t) => t.lang === 'zh-CN')!;
  const ladder = readFileSync(new URL('../fixtures/gold/en-zh-CN.ladder', import.meta.url), 'utf8').trim().split('\n');
  const shapes = new Map<string, number>();
  for (const line of ladder) {
    const [s, t] = line.split(':').map((side) => (JSON.parse(side) as number[]).length);
    shapes.set(`${s}-${t}`, (shapes.get(`${s}-${t}`) ?? 0) + 1);
  }
  assert.deepEqual(new Map(zh.byType.map(({ type, count }) => [type, count])), shapes);
  assert.deepEqual(zh.byStatus, { auto: 23, confirmed: 10, excluded: 1 });
});

test('bitext info on a corrupt or newer project: one clear line, exit 3, file untouched', () => {
  const path = reviewedProject();
  const project = JSON.parse(readFileSync(path, 'utf8')) as { version: number; targets: Array<{ beads: Array<{ confidence: unknown }> }> };
  project.targets[1]!.beads[4]!.confidence = 'high';
  writeFileSync(path, JSON.stringify(project));
  const corrupt = runCli(['info', path]);
  assert.equal(corrupt.status, 3);
  assert.match(corrupt.stderr, /is corrupt at \$\.targets\[1\]\.beads\[4\]\.confidence/);
  assert.doesNotMatch(corrupt.stderr, /\n\s+at /, 'no stack trace');
  project.targets[1]!.beads[4]!.confidence = 0.5;
  project.version = 7;
  writeFileSync(path, JSON.stringify(project));
  const newer = runCli(['--ui-lang', 'fr', 'info', path]);
  assert.equal(newer.status, 3);
  assert.match(newer.stderr, /version plus récente de bitext \(version de fichier 7/);
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).version, 7);
});

test('bitext info: one revision is singular', () => {
  const project = applyAction(goldProject(['zh-CN']), { type: 'set-status', lang: 'zh-CN', bead: 'b0', status: 'confirmed' }, context);
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-info-')), 'one.bitext.json');
  saveProject(path, project);
  const result = runCli(['info', path]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, / · 1 revision$/m);
});
