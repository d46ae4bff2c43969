/**
 * What every command owes the user's files: standard input read once, and a report never written
 * over an existing file without --force.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/core/exit-codes.js';
import { runAll } from '../helpers/cli-async.js';
import { runCli } from '../helpers/cli.js';

const ZH = 'aligned/scio-2020-q1/zh-CN.txt';
const ZH_R2 = 'aligned/scio-2020-q1/zh-CN.r2.txt';
const dir = mkdtempSync(join(tmpdir(), 'bitext-io-'));
const translation = join(dir, 'zh-CN.final.txt');
const TRANSLATION_TEXT = '这是译者的定稿。\n';
writeFileSync(translation, TRANSLATION_TEXT);
const report = join(dir, 'report.txt');

const [refused, forced, refusedZh] = await runAll([
  [['diff', ZH, ZH_R2, '-o', translation]],
  [['diff', ZH, ZH_R2, '--format', 'plain', '-o', report, '--force']],
  [['--ui-lang', 'zh-CN', 'diff', ZH, ZH_R2, '-o', translation]],
]);

test('diff -o refuses to replace an existing file, which stays byte for byte', () => {
  assert.equal(refused!.status, EXIT.userError);
  assert.equal(refused!.stderr, `bitext: ${translation} already exists\n  Choose another file name, or add --force to replace it.\n`);
  assert.equal(readFileSync(translation, 'utf8'), TRANSLATION_TEXT);
  assert.match(refusedZh!.stderr, /已存在/);
});

test('diff -o --force writes the report', () => {
  assert.equal(forced!.status, EXIT.different, forced!.stderr);
  assert.match(readFileSync(report, 'utf8'), /^summary\tchanged=9\t/m);
});

test('align - - and diff - - are usage errors: standard input can be read only once', () => {
  const text = readFileSync(ZH, 'utf8');
  const align = runCli(['align', '-', '-', '--source-lang', 'zh-CN', '--target-lang', 'zh-CN'], { input: text });
  assert.equal(align.status, EXIT.usage);
  assert.equal(align.stdout, '');
  assert.match(align.stderr, /^bitext: only one input can be standard input \(-\)\n/);
  const diff = runCli(['--ui-lang', 'fr', 'diff', '-', '-'], { input: text });
  assert.equal(diff.status, EXIT.usage);
  assert.equal(diff.stdout, '');
  assert.match(diff.stderr, /^bitext\u00a0: une seule entrée peut être l’entrée standard/);
});
