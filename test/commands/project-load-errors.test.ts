/**
 * What a person reads when a project does not load: a hint that fits the file in front of them
 * (restore `.bak` only when there is one; "is it a project?" for a text file), and `-` refused as a
 * project (projects are files: lock, journal and backup live beside them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

const SCIO = join('aligned', 'scio-2020-q1');

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'bitext-load-'));
}

test('an empty file or a plain text file given as a project: no .bak is offered, the hint asks whether it is a project', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'empty.txt'), '');
  const empty = runCli(['export', join(dir, 'empty.txt')]);
  assert.equal(empty.status, 3);
  assert.match(empty.stderr, /empty\.txt is empty, so it is not a bitext project/);
  assert.match(empty.stderr, /bitext align SOURCE TARGET … -o NAME\.bitext\.json/);
  assert.doesNotMatch(empty.stderr, /\.bak/);

  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'My notes.\nDo not lose them.\n');
  const align = runCli(['align', join(SCIO, 'en.txt'), join(SCIO, 'fr.txt'), '--source-lang', 'en', '--target-lang', 'fr', '-o', victim]);
  assert.equal(align.status, 3);
  assert.match(align.stderr, /victim\.txt is not valid JSON/);
  assert.match(align.stderr, /Is it a bitext project\?/);
  assert.doesNotMatch(align.stderr, /\.bak/);
  assert.equal(readFileSync(victim, 'utf8'), 'My notes.\nDo not lose them.\n');
});

test('a damaged project offers its .bak only when the .bak exists (translated)', () => {
  const dir = scratch();
  const path = join(dir, 'scio.bitext.json');
  writeFileSync(path, '{"format": "bitext-project"');
  const without = runCli(['info', path]);
  assert.equal(without.status, 3);
  assert.match(without.stderr, /Fix it by hand; there is no earlier version \(.*scio\.bitext\.json\.bak\) to restore/);
  assert.doesNotMatch(without.stderr, /restore the previous version/);

  copyFileSync(path, `${path}.bak`);
  const withBackup = runCli(['--ui-lang', 'zh-CN', 'info', path]);
  assert.equal(withBackup.status, 3);
  assert.match(withBackup.stderr, /请手工修复，或从 .*scio\.bitext\.json\.bak 恢复上一版本/);
});

test('- is refused as a project by export, info and update: usage error, exit 2, translated, nothing written', () => {
  const project = '{"format": "bitext-project", "version": 1}';
  for (const args of [['export', '-'], ['info', '-'], ['update', '-', '--source', join(SCIO, 'en.txt')]]) {
    const result = runCli(args, { input: project });
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /a project is a file: - \(standard input\) cannot be used here/);
    assert.doesNotMatch(result.stderr, /not valid JSON|not a bitext project/);
  }
  const french = runCli(['--ui-lang', 'fr', 'info', '-'], { input: project });
  assert.equal(french.status, 2);
  assert.match(french.stderr, /un projet est un fichier/);
  for (const name of ['-', '-.lock', '-.bak', '-.journal']) assert.equal(existsSync(join(REPO_ROOT, name)), false, `${name} left behind`);
});

test('a missing project file: the hint says how projects are made, not "use - for standard input"', () => {
  const result = runCli(['export', join(scratch(), 'none.bitext.json')]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /no such file/);
  assert.match(result.stderr, /projects are made with bitext align/);
  assert.doesNotMatch(result.stderr, /standard input/);
});
