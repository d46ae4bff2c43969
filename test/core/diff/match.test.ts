import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffSentences } from '../../../src/core/diff/index.js';
import type { DiffEntry } from '../../../src/core/diff/index.js';
import { GOLD_DIR } from '../../helpers/gold.js';

const readLines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
const FIXTURES = fileURLToPath(new URL('../../fixtures/diff/', import.meta.url));

const changes = (entries: DiffEntry[]): string[] =>
  entries.filter((e) => e.kind !== 'equal').map((e) => `${e.kind} [${e.old.join(', ')}]:[${e.new.join(', ')}]`);
const inlineChanges = (entry: DiffEntry): string[] =>
  entry.fields[0]!.parts.filter((p) => p.added || p.removed).map((p) => `${p.removed ? '-' : '+'}${p.value}`);

test('zh-CN → zh-CN.r2 finds exactly the 11 entries of REVISIONS.md', () => {
  const before = readLines(`${GOLD_DIR}zh-CN.sentences.txt`);
  const after = readLines(`${GOLD_DIR}zh-CN.r2.sentences.txt`);
  const { entries, summary } = diffSentences(before, after, { lang: 'zh-CN' });
  // Written by hand from REVISIONS.md (ids are 0-based, as there).
  assert.deepEqual(changes(entries), [
    'changed [3]:[3]',
    'merged [11, 12]:[11]',
    'changed [16]:[15]',
    'changed [17]:[16]',
    'changed [18]:[17]',
    'changed [24]:[23]',
    'changed [26]:[25]',
    'changed [28]:[27]',
    'split [29]:[28, 29]',
    'changed [30]:[30]',
    'changed [31]:[31]',
  ]);
  assert.deepEqual(summary.counts, { changed: 9, added: 0, removed: 0, moved: 0, split: 1, merged: 1 });
  const byOld = (i: number): DiffEntry => entries.find((e) => e.old.includes(i))!;
  assert.deepEqual(inlineChanges(byOld(3)), ['-"', '+“', '-"', '+”']);
  assert.deepEqual(inlineChanges(byOld(16)), ['+骨干']);
  assert.deepEqual(inlineChanges(byOld(28)), ['-,', '+，']);
  assert.deepEqual(inlineChanges(byOld(29)), ['-，', '+。']);
  assert.deepEqual(inlineChanges(byOld(30)), ['-线上', '+线下']);
  assert.deepEqual(inlineChanges(byOld(31)), ['-，', '+、']);
  assert.deepEqual(byOld(29).fields[0]!.after, [after[28], after[29]]);
  assert.deepEqual(byOld(11).fields[0]!.before, [before[11], before[12]]);
  // Every other bead of the gold ladder is 1-1 and identical.
  assert.equal(entries.filter((e) => e.kind === 'equal').length, 34 - 11 - 1);
  // Chinese counts characters. By hand from REVISIONS.md: merge 我们还/并 4, 骨干 ×3 6, 2万/20…万 5,
  // the swapped clause 13 + 13, 线上/线下 4; punctuation counts nothing. 2331 letters and digits in both files.
  assert.equal(summary.changedWords, 45);
  assert.equal(summary.totalWords, 2331);
  assert.equal(summary.changedWordsPercent, 1.9);
});

test('en → hand-revised en: two sentences added, two removed, two edited', () => {
  const before = readLines(`${GOLD_DIR}en.sentences.txt`);
  const after = readLines(`${FIXTURES}en.r2.sentences.txt`);
  const { entries, summary } = diffSentences(before, after, { lang: 'en' });
  assert.deepEqual(changes(entries), [
    'added []:[3]',
    'changed [9]:[10]',
    'removed [17]:[]',
    'added []:[28]',
    'removed [30]:[]',
    'changed [33]:[33]',
  ]);
  const text = (kind: string): string[] => entries.filter((e) => e.kind === kind).map((e) => [...e.fields[0]!.before, ...e.fields[0]!.after].join(''));
  assert.deepEqual(text('added'), [
    'A transcript of the question-and-answer session follows.',
    'Further clearance work will continue in the second quarter.',
  ]);
  assert.deepEqual(text('removed'), [
    'Local governments, departments and industrial guilds were also called on to provide targeted services.',
    'The Ministry is working with relevant departments on detailed implementation plans.',
  ]);
  assert.deepEqual(inlineChanges(entries.find((e) => e.old[0] === 9)!), ['-efforts', '+work', '-elaborated', '+summarized']);
  assert.deepEqual(inlineChanges(entries.find((e) => e.old[0] === 33)!), ['+ very much']);
  assert.deepEqual(summary.counts, { changed: 2, added: 2, removed: 2, moved: 0, split: 0, merged: 0 });
});

test('a sentence moved elsewhere is one move, not a removal and an addition', () => {
  const moving = 'The committee approved the budget for the coming year.';
  const before = [moving, 'Bravo is second.', 'Charlie is third.', 'Delta is fourth.', 'Echo is fifth.'];
  const after = ['Bravo is second.', 'Charlie is third.', 'Delta is fourth.', moving, 'Echo is fifth.'];
  const exact = diffSentences(before, after, { lang: 'en' });
  assert.deepEqual(changes(exact.entries), ['moved [0]:[3]']);
  assert.deepEqual(inlineChanges(exact.entries.find((e) => e.kind === 'moved')!), []);
  assert.equal(exact.summary.counts.moved, 1);
  assert.equal(exact.summary.changedWords, 0);
  after[3] = 'The committee approved the budget for next year.';
  const edited = diffSentences(before, after, { lang: 'en' });
  assert.deepEqual(changes(edited.entries), ['moved [0]:[3]']);
  assert.deepEqual(inlineChanges(edited.entries.find((e) => e.kind === 'moved')!), ['-the coming', '+next']);
});

test('an English sentence split in two and two merged into one', () => {
  const before = ['The plan has two parts, and both start in May.', 'Prices rose.', 'Wages did too.'];
  const after = ['The plan has two parts.', 'Both start in May.', 'Prices rose, and wages did too.'];
  const { entries } = diffSentences(before, after, { lang: 'en' });
  assert.deepEqual(changes(entries), ['split [0]:[0, 1]', 'merged [1, 2]:[2]']);
});

test('a rewritten sentence is removed + added, not changed', () => {
  const { entries } = diffSentences(['The meeting starts at noon.'], ['Bring your own lunch tomorrow!'], { lang: 'en' });
  assert.deepEqual(changes(entries), ['removed [0]:[]', 'added []:[0]']);
});

test('identical and empty inputs', () => {
  assert.deepEqual(changes(diffSentences(['a b.', 'c d.'], ['a b.', 'c d.'], { lang: 'en' }).entries), []);
  const empty = diffSentences([], [], { lang: 'en' });
  assert.deepEqual(empty.entries, []);
  assert.equal(empty.summary.changedWordsPercent, 0);
  assert.deepEqual(changes(diffSentences([], ['New.'], { lang: 'en' }).entries), ['added []:[0]']);
});
