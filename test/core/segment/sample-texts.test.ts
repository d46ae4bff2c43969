/**
 * The SCIO briefing and its translations against the hand-made gold sentence lists in
 * test/fixtures/gold/, plus the kinds of the English seed's special lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { segment } from '../../../src/core/segment/index.js';
import { assertLossless } from './golden-table.js';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const goldSentences = (name: string) => read(`test/fixtures/gold/${name}.sentences.txt`).split('\n').filter((line) => line !== '');

for (const name of ['en', 'zh-CN', 'zh-CN.r2', 'fr', 'de', 'es', 'ja']) {
  test(`scio-2020-q1/${name}.txt segments exactly as the gold list`, () => {
    const text = read(`aligned/scio-2020-q1/${name}.txt`);
    const segments = segment(text, { lang: name.split('.')[0]! });
    assert.deepEqual(
      segments.map((s) => s.text),
      goldSentences(name),
    );
    assertLossless(text, segments);
  });
}

test('the English seed: title and dateline are headings, the speaker label and page chrome are marked', () => {
  const segments = segment(read('aligned/scio-2020-q1/en.txt'), { lang: 'en' });
  const kinds = segments.filter((s) => s.kind !== 'sentence').map((s) => [s.kind, s.text.replace(/\u00a0/g, ' ')]);
  assert.deepEqual(kinds, [
    ['heading', "SCIO briefing on China's industrial and communications development in Q1"],
    ['heading', 'April 26, 2020'],
    ['speaker', 'Huang Libin:'],
    ['chrome', '<  1  2  3  4  5  6  7  >'],
    ['chrome', 'Print E-mail Bookmark and Share'],
  ]);
  const question = segments.find((s) => s.text.startsWith('Then, what kind'));
  assert.equal(question?.kind, 'sentence');
  assert.equal(segments[0]?.paragraph, 0);
  assert.equal(segments[1]?.paragraph, 1, 'the first sentence and the dateline share the second paragraph');
  assert.equal(segments[2]?.paragraph, 1);
  assert.equal(segments[3]?.paragraph, 2);
});

test('the Chinese seed: 黄利斌： is a speaker label and 2020年4月26日 a dateline', () => {
  const segments = segment(read('aligned/scio-2020-q1/zh-CN.txt'), { lang: 'zh-CN' });
  assert.equal(segments.find((s) => s.text === '黄利斌：')?.kind, 'speaker');
  assert.equal(segments.find((s) => s.text === '2020年4月26日')?.kind, 'heading');
  assert.equal(segments[0]?.kind, 'heading');
});
