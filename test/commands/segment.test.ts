/** `bitext segment` as a user runs it: formats, stdin, warnings, SRX and bad input. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-segment-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

test('text format prints the seed briefing one segment a line, matching the gold list', () => {
  const result = runCli(['segment', 'aligned/scio-2020-q1/en.txt', '--lang', 'en']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  const lines = result.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 36);
  assert.equal(lines[2], 'April 26, 2020');
  assert.equal(lines[5], 'Huang Libin:');
});

test('jsonl gives offsets, paragraph and kind; json gives the same as one array', () => {
  const input = 'Title\n\nHuang Libin:\nIt rose 3.5%. Thank you.';
  const jsonl = runCli(['segment', '-', '--lang', 'en', '--format', 'jsonl'], { input });
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const rows = jsonl.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { text: string; start: number; end: number; kind: string; paragraph: number });
  assert.deepEqual(rows.map((r) => [r.kind, r.paragraph, r.text]), [['heading', 0, 'Title'], ['speaker', 1, 'Huang Libin:'], ['sentence', 1, 'It rose 3.5%.'], ['sentence', 1, 'Thank you.']]);
  for (const r of rows) assert.equal(input.slice(r.start, r.end), r.text);
  const json = runCli(['segment', '-', '--lang', 'en', '-f', 'json'], { input });
  assert.deepEqual(JSON.parse(json.stdout), rows);
});

test('empty input: no segments, a notice on stderr, exit 0', () => {
  const result = runCli(['segment', file('empty.txt', ''), '--lang', 'en']);
  assert.equal(result.status, 0);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /has no text: no segments/);
});

test('an unknown language warns and uses the generic rules; a hard-wrapped sentence prints on one line', () => {
  const result = runCli(['segment', '-', '--lang', 'tlh'], { input: 'Qapla\nbatlh. Heghlu.' });
  assert.equal(result.status, 0);
  assert.equal(result.stdout, 'Qapla batlh.\nHeghlu.\n');
  assert.match(result.stderr, /no segmentation rules for "tlh"/);
});

test('invalid UTF-8 and a missing file are clear errors without a stack trace', () => {
  const bad = runCli(['segment', file('gbk.txt', Buffer.from([0xc4, 0xe3, 0xba, 0xc3])), '--lang', 'zh-CN']);
  assert.equal(bad.status, 3);
  assert.match(bad.stderr, /not valid UTF-8/);
  assert.doesNotMatch(bad.stderr, /at .*\.ts:\d+/);
  const missing = runCli(['segment', join(dir, 'nope.txt'), '--lang', 'en']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no such file/);
});

test('usage error: unknown format', () => {
  const format = runCli(['segment', '-', '--lang', 'en', '--format', 'xml'], { input: 'x' });
  assert.equal(format.status, 2);
  assert.match(format.stderr, /--format/);
});

test('--srx applies the file\'s rules; a malformed SRX file is a data error', () => {
  const srx = file(
    'rules.srx',
    `<srx version="2.0"><header cascade="yes"/><body><languagerules><languagerule languagerulename="en"><rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule></languagerules><maprules><languagemap languagepattern="en.*" languagerulename="en"/></maprules></body></srx>`,
  );
  const result = runCli(['segment', '-', '--lang', 'en', '--srx', srx], { input: 'One; two.' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, 'One;\ntwo.\n');
  const broken = runCli(['segment', '-', '--lang', 'en', '--srx', file('broken.srx', '<srx><body>')], { input: 'One.' });
  assert.equal(broken.status, 3);
  assert.match(broken.stderr, /not a usable SRX file: the XML is not well-formed at line 1, column 11 \(unclosed tag: body\)/);
});

test('--srx problems are told in the UI language, details included', () => {
  const tmx = file('memory.srx', '<tmx version="1.4"><header/><body/></tmx>');
  const en = runCli(['segment', '-', '--lang', 'en', '--srx', tmx], { input: 'One.' });
  assert.equal(en.status, 3);
  assert.match(en.stderr, /memory\.srx is not a usable SRX file: the root element is <tmx>, not <srx>/);
  const fr = runCli(['--ui-lang', 'fr', 'segment', '-', '--lang', 'en', '--srx', tmx], { input: 'One.' });
  assert.match(fr.stderr, /memory\.srx n’est pas un fichier SRX utilisable\u00a0: l’élément racine est <tmx>, et non <srx>/);
  const noMap = file('nomap.srx', '<srx version="2.0"><body><maprules><languagemap languagepattern="en.*"/></maprules></body></srx>');
  const zh = runCli(['--ui-lang', 'zh-CN', 'segment', '-', '--lang', 'en', '--srx', noMap], { input: 'One.' });
  assert.equal(zh.status, 3);
  assert.match(zh.stderr, /nomap\.srx 不是可用的 SRX 文件：某个 <languagemap> 缺少 languagepattern 或 languagerulename 属性/);
  const missing = file('missing.srx', '<srx version="2.0"><body><maprules><languagemap languagepattern="en.*" languagerulename="English"/></maprules></body></srx>');
  const frMissing = runCli(['--ui-lang', 'fr', 'segment', '-', '--lang', 'en', '--srx', missing], { input: 'One.' });
  assert.match(frMissing.stderr, /renvoie à la languagerule «\u00a0English\u00a0», que le fichier ne définit pas/);
  for (const result of [fr, zh, frMissing]) assert.doesNotMatch(result.stderr, /root element|needs|refers to|missing languagerule/);
});

test('a long text without punctuation is one segment and is reported', () => {
  const result = runCli(['segment', '-', '--lang', 'en', '--format', 'jsonl'], { input: 'word '.repeat(3000) });
  assert.equal(result.status, 0);
  assert.equal(result.stdout.trimEnd().split('\n').length, 1);
  assert.match(result.stderr, /1 segment is longer than 2000 characters \(longest: 14999 characters, starting on line 1\)/);
});
