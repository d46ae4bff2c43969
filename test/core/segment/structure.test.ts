/** Paragraphs, line structure and the non-sentence kinds: headings, datelines, speaker labels, chrome. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/segment/index.js';
import { assertLossless } from './golden-table.js';

const summary = (text: string, lang = 'en') => segment(text, { lang }).map((s) => `${s.paragraph} ${s.kind}: ${s.text}`);

test('blank lines separate paragraphs, and are hard breaks even without punctuation', () => {
  assert.deepEqual(summary('First part of the text\n\n\nsecond part of it.\n \t\nThird.'), [
    '0 heading: First part of the text',
    '1 sentence: second part of it.',
    '2 sentence: Third.',
  ]);
});

test('a short line without final punctuation before running text is a heading', () => {
  assert.deepEqual(summary('Economic outlook\nGrowth slowed in March. Exports fell.'), [
    '0 heading: Economic outlook',
    '0 sentence: Growth slowed in March.',
    '0 sentence: Exports fell.',
  ]);
});

test('hard-wrapped lines of one paragraph are joined into sentences', () => {
  const text = 'The committee met on Monday and\ndiscussed the budget. It adjourned\nat noon.';
  const segments = segment(text, { lang: 'en' });
  assert.deepEqual(
    segments.map((s) => s.text),
    ['The committee met on Monday and\ndiscussed the budget.', 'It adjourned\nat noon.'],
  );
  assertLossless(text, segments);
});

test('a date after the last sentence of a line is a dateline heading, in several languages', () => {
  assert.deepEqual(summary('The office held a briefing. April 26, 2020'), ['0 sentence: The office held a briefing.', '0 heading: April 26, 2020']);
  assert.deepEqual(summary('Le Bureau a tenu une conférence. 26 avril 2020', 'fr'), ['0 sentence: Le Bureau a tenu une conférence.', '0 heading: 26 avril 2020']);
  assert.deepEqual(summary('会议在北京举行。2020年4月26日', 'zh-CN'), ['0 sentence: 会议在北京举行。', '0 heading: 2020年4月26日']);
  // A sentence that merely ends in a date is not a dateline.
  assert.deepEqual(summary('The law took effect on April 26, 2020'), ['0 heading: The law took effect on April 26, 2020']);
  assert.deepEqual(summary('It rained. The law took effect on April 26, 2020'), ['0 sentence: It rained.', '0 sentence: The law took effect on April 26, 2020']);
});

test('speaker labels: names and roles ending in a colon, in Latin and CJK scripts', () => {
  assert.deepEqual(summary('Huang Libin:\nThank you.'), ['0 speaker: Huang Libin:', '0 sentence: Thank you.']);
  assert.deepEqual(summary('Reporter:\n\nWhat happened?'), ['0 speaker: Reporter:', '1 sentence: What happened?']);
  assert.deepEqual(summary('Huang Libin :\nMerci.', 'fr'), ['0 speaker: Huang Libin :', '0 sentence: Merci.']);
  assert.deepEqual(summary('黄利斌：\n谢谢。', 'zh-CN'), ['0 speaker: 黄利斌：', '0 sentence: 谢谢。']);
  assert.deepEqual(summary('记者：\n请问？', 'zh-CN'), ['0 speaker: 记者：', '0 sentence: 请问？']);
  // A sentence that introduces a list is not a label.
  assert.deepEqual(summary('Our efforts can be elaborated in four aspects, as follows:'), ['0 sentence: Our efforts can be elaborated in four aspects, as follows:']);
  assert.deepEqual(summary('the following items:'), ['0 sentence: the following items:']);
});

test('page chrome: pagers and rows of sharing links, with no-break spaces', () => {
  assert.deepEqual(summary('<\u00a0\u00a01\u00a0\u00a02\u00a0\u00a03\u00a0\u00a0>'), ['0 chrome: <\u00a0\u00a01\u00a0\u00a02\u00a0\u00a03\u00a0\u00a0>']);
  assert.deepEqual(summary('« Previous | 1 | 2 | Next »'), ['0 chrome: « Previous | 1 | 2 | Next »']);
  assert.deepEqual(summary('Print E-mail Bookmark and Share'), ['0 chrome: Print E-mail Bookmark and Share']);
  assert.deepEqual(summary('打印 分享 关闭', 'zh-CN'), ['0 chrome: 打印 分享 关闭']);
  // Ordinary words that happen to be short are not chrome.
  assert.deepEqual(summary('Share the bread'), ['0 heading: Share the bread']);
});

test('empty and whitespace-only input give no segments', () => {
  assert.deepEqual(segment('', { lang: 'en' }), []);
  assert.deepEqual(segment(' \n\n\t\u00a0\n', { lang: 'en' }), []);
});

test('a huge line without punctuation is one long sentence (and the scan is linear, see the benchmark)', () => {
  const text = 'word '.repeat(200_000);
  const segments = segment(text, { lang: 'en' });
  assert.equal(segments.length, 1);
  assert.equal(segments[0]?.kind, 'sentence');
  assert.equal(segments[0]?.end, text.trimEnd().length);
});

test('offsets are UTF-16 code units, also after astral characters', () => {
  const text = '😀 Smile. 𠀀 Next one.';
  const segments = segment(text, { lang: 'en' });
  assert.deepEqual(segments.map((s) => [s.start, s.end]), [[0, 9], [10, 22]]);
  assertLossless(text, segments);
});
