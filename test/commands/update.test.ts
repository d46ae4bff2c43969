import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAll } from '../helpers/cli-async.js';
import { serializeProject } from '../../src/core/project/index.js';
import type { Project } from '../../src/core/types.js';
import { goldProject } from '../core/project/gold-project.js';

const EN_R2 = 'test/fixtures/diff/en.r2.txt';
const tmp = mkdtempSync(join(tmpdir(), 'bitext-update-'));
const original = serializeProject(goldProject(['zh-CN']));
const projectFile = (name: string) => join(tmp, `${name}.bitext.json`);
const [dryFile, realFile, corruptFile, emptyFile] = [projectFile('dry'), projectFile('real'), projectFile('corrupt'), projectFile('empty')];
writeFileSync(dryFile, original);
writeFileSync(realFile, original);
writeFileSync(corruptFile, original.slice(0, 200));
const emptySource = join(tmp, 'empty.txt');
writeFileSync(emptySource, '  \n');

const [dry, real, corrupt, empty, missing] = await runAll([
  [['update', dryFile, '--source', EN_R2, '--dry-run']],
  [['update', realFile, '--source', EN_R2, '--author', 'lead']],
  [['update', corruptFile, '--source', EN_R2]],
  [['update', emptyFile, '--source', emptySource]],
  [['update', join(tmp, 'nowhere.bitext.json'), '--source', EN_R2]],
]);
const [revisionDiff, again] = await runAll([[['diff', realFile, '--rev', '1', '--format', 'json']], [['update', realFile, '--source', EN_R2]]]);

test('update keeps the untouched beads, re-aligns the changed regions, saves with a backup', () => {
  assert.equal(real!.status, 0, real!.stderr);
  assert.match(real!.stdout, /Source: 36 sentences \(2 changed, 2 added, 2 removed, 0 moved, 0 split, 0 merged\)/);
  // en-zh-CN.ladder has 34 beads; 4 hold an edited or removed sentence (see test/core/diff/update-source.test.ts).
  assert.match(real!.stdout, /zh-CN: 30 beads kept \(0 confirmed\), 6 re-aligned beads to review/);
  assert.ok(existsSync(`${realFile}.bak`));
  const saved = JSON.parse(readFileSync(realFile, 'utf8')) as Project;
  assert.deepEqual(saved.source.segments.map((s) => s.text), readFileSync('test/fixtures/diff/en.r2.sentences.txt', 'utf8').split('\n').filter((l) => l));
  assert.equal(saved.revisions.at(-1)!.operation, 'update-source');
  assert.equal(saved.revisions.at(-1)!.author, 'lead');
});

test('the update is a revision that diff --rev shows', () => {
  assert.equal(revisionDiff!.status, 1, revisionDiff!.stderr);
  const report = JSON.parse(revisionDiff!.stdout) as { comparisons: Array<{ title: string; entries: Array<{ kind: string }> }> };
  assert.deepEqual(report.comparisons[0]!.entries.map((e) => e.kind), ['added', 'changed', 'removed', 'added', 'removed', 'changed']);
  assert.deepEqual(report.comparisons[1]!.entries, [], 'the translation was not touched');
  assert.equal(again!.status, 0);
  assert.match(again!.stdout, /the source is unchanged; nothing to do/);
});

test('--dry-run reports and leaves the project alone', () => {
  assert.equal(dry!.status, 0, dry!.stderr);
  assert.match(dry!.stdout, /Dry run: the project was not saved\./);
  assert.equal(readFileSync(dryFile, 'utf8'), original);
});

test('bad inputs: one clear line, non-zero exit, no file touched', () => {
  assert.equal(corrupt!.status, 3, corrupt!.stderr);
  assert.equal(readFileSync(corruptFile, 'utf8'), original.slice(0, 200));
  assert.equal(empty!.status, 1);
  assert.match(empty!.stderr, /empty\.txt is empty/);
  assert.equal(missing!.status, 1);
  assert.match(missing!.stderr, /no such file/);
  for (const failed of [corrupt!, empty!, missing!]) assert.doesNotMatch(failed.stderr, /\n\s+at /);
  assert.equal(existsSync(emptyFile), false);
});
