import { test } from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import { wrapColumns } from '../../src/commands/wrap-help.js';
import { runAll } from '../helpers/cli-async.js';

const lines = (text: string) => text.split('\n');

test('Chinese wraps between characters at the column width (two columns a character)', () => {
  const text = '删除 XML 1.0 禁止的字符（控制字符、孤立代理项），而不是停止';
  const wrapped = lines(wrapColumns(text, 20));
  assert.equal(wrapped.join('').replace(/ /g, ''), text.replace(/ /g, ''), 'no character lost');
  for (const line of wrapped) assert.ok(stringWidth(line) <= 20, `${line} is ${stringWidth(line)} columns`);
  assert.equal(wrapped[0], '删除 XML 1.0 禁止的', '19 columns: one more character would make 21');
});

test('kinsoku: no line starts with closing punctuation or ends with an opening bracket', () => {
  // at width 10 a plain character break would put "，" at a line start and leave "（" at a line end
  assert.deepEqual(lines(wrapColumns('一二三四五，六七八九十', 10)), ['一二三四', '五，六七八', '九十']);
  assert.deepEqual(lines(wrapColumns('一二三四（五六七八）', 10)), ['一二三四', '（五六七', '八）']);
});

test('French keeps « » and the space before : ; ? ! with their words', () => {
  const wrapped = lines(wrapColumns('une entrée par ligne, « source<TAB>cible » ou « cible @ source »', 24));
  assert.ok(wrapped.every((line) => !line.endsWith('«') && !line.startsWith('»') && !line.startsWith(':')), wrapped.join(' | '));
  assert.deepEqual(lines(wrapColumns('sortie avec -o : remplacer', 15)), ['sortie avec', '-o : remplacer']);
});

test('English wraps at spaces only, and a word longer than the width stays whole', () => {
  assert.deepEqual(lines(wrapColumns('save into this project', 12)), ['save into', 'this project']);
  assert.deepEqual(lines(wrapColumns('see /a/very/long/path/name here', 10)), ['see', '/a/very/long/path/name', 'here']);
});

const [zh, fr] = await runAll([[['--ui-lang', 'zh-CN', 'export', '--help']], [['--ui-lang', 'fr', 'segment', '--help']]]);

test('help in Chinese and French: commander\'s "choices" and "default" are translated, lines fit 80 columns', () => {
  assert.doesNotMatch(zh!.stdout, /choices|default:/);
  assert.match(zh!.stdout, /（可选值：tmx、tsv、xliff）/);
  assert.match(zh!.stdout, /可选值：confirmed、all；默认：\s*confirmed/);
  for (const line of lines(zh!.stdout)) assert.ok(stringWidth(line) <= 80, `${line} is ${stringWidth(line)} columns`);
  assert.doesNotMatch(fr!.stdout, /choices|default:/);
  assert.match(fr!.stdout, /\(choix\u00a0: text, json, jsonl\u00a0;\s+par\s+défaut\u00a0: text\)/);
});
