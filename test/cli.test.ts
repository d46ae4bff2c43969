import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli } from './helpers/cli.js';

test('bitext --help is in English by default and lists the global options', () => {
  const result = runCli(['--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Usage: bitext/m);
  assert.match(result.stdout, /--ui-lang <lng>/);
});

test('bitext --ui-lang zh-CN --help is Chinese, including commander titles', () => {
  const result = runCli(['--ui-lang', 'zh-CN', '--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^用法：/m);
  assert.match(result.stdout, /选项：/);
  assert.match(result.stdout, /逐句对齐/);
});

test('LANG=fr_FR.UTF-8 picks French without a flag', () => {
  const result = runCli(['--help'], { env: { LANG: 'fr_FR.UTF-8' } });
  assert.match(result.stdout, /^Utilisation\u00a0:/m);
});

test('--version prints the package version', () => {
  const result = runCli(['--version']);
  assert.equal(result.status, 0);
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(result.stdout.trim(), version);
});

test('an unknown option is a usage error (exit 2), one translated line and no stack', () => {
  const result = runCli(['--ui-lang', 'fr', '--bogus']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /option inconnue --bogus/);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
});
