/**
 * `bitext import` on the wrong input: the file is checked (stdin, missing, empty, encoding, a bitext
 * project) before the options, and XML errors are a translated sentence with the parser's detail after
 * it, with a hint that fits the command that read the file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { saveProject } from '../../src/io/project-file.js';
import { alignedProject } from '../core/formats/aligned-project.js';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'bitext-import-input-'));
}

const TRUNCATED_TMX = '<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="en"><prop type="x">a</header>\n<body></body></tmx>\n';

test('import - is a usage error (exit 2) that does not send the user to - ', () => {
  const result = runCli(['import', '-'], { input: 'Hello\tBonjour\n' });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /import reads a file: - \(standard input\) cannot be used here/);
  assert.doesNotMatch(result.stderr, /no such file|use - to read/);
});

test('an empty file and a file that is not UTF-8 are reported as such, before the missing TSV languages', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'gb.txt'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x09, 0x78, 0x0a])); // 你好<TAB>x in GB18030
  const empty = runCli(['import', join(dir, 'empty.txt')]);
  assert.equal(empty.status, 3);
  assert.match(empty.stderr, /empty\.txt is empty: there is nothing to import/);
  const gb = runCli(['--ui-lang', 'zh-CN', 'import', join(dir, 'gb.txt')]);
  assert.equal(gb.status, 3);
  assert.match(gb.stderr, /gb\.txt/);
  assert.match(gb.stderr, /UTF-8/);
  for (const result of [empty, gb]) assert.doesNotMatch(result.stderr, /languages|语言/);
  assert.deepEqual(readdirSync(dir).sort(), ['empty.txt', 'gb.txt'], 'no project written');
});

test('a bitext project given to import is named as one, with what to do instead (translated)', () => {
  const dir = scratch();
  const path = join(dir, 'scio.bitext.json');
  saveProject(path, alignedProject(['zh-CN']));
  const result = runCli(['--ui-lang', 'fr', 'import', path]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /scio\.bitext\.json est un projet bitext, pas une mémoire de traduction/);
  assert.match(result.stderr, /bitext review .*scio\.bitext\.json/);
  assert.doesNotMatch(result.stderr, /XML/);
  assert.equal(existsSync(join(dir, 'scio.bitext.bitext.json')), false);
});

test('a broken TMX: translated sentence, then the parser detail; the hint says import under import and not under diff', () => {
  const dir = scratch();
  const path = join(dir, 'trunc.tmx');
  writeFileSync(path, TRUNCATED_TMX);
  const zh = runCli(['--ui-lang', 'zh-CN', 'import', path]);
  assert.equal(zh.status, 3);
  assert.match(zh.stderr, /trunc\.tmx 不是格式正确的 XML（第 3 行，第 \d+ 列）。XML 解析器的说明：\S/);
  assert.match(zh.stderr, /后重新导入/);
  const diff = runCli(['diff', path, path]);
  assert.equal(diff.status, 3);
  assert.match(diff.stderr, /not well-formed XML \(line 3, column \d+\)\. The XML parser says: \S/);
  assert.match(diff.stderr, /run the command again/);
  assert.doesNotMatch(diff.stderr, /import/);
});

test('no pair for the source language: "no unit has a segment in en-US", without a/an before the code', () => {
  const dir = scratch();
  const path = join(dir, 'fr-de.tmx');
  writeFileSync(path, '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu></body></tmx>\n');
  const result = runCli(['import', path, '--source-lang', 'en-US']);
  assert.equal(result.status, 3);
  assert.match(result.stderr, /fr-de\.tmx: no unit has a segment in en-US with a translation \(units read: 1\)/);
});
