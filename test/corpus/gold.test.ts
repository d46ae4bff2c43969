import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GOLD_PAIRS, loadGoldPair, parseLadder, readCorpusText, readSentences } from '../helpers/gold.js';

const withoutSpace = (text: string) => text.replace(/\s+/gu, '');
const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
/** Sentence ids of the English page chrome (pager and share links), which no translation carries. */
const EN_CHROME = [34, 35];

test('parseLadder reads the ladder forms, including empty sides and scores', () => {
  assert.deepEqual(parseLadder('[0]:[0]\n[3, 4]:[5]\n[]:[7]\n[12]:[]:0.83\n'), [
    { source: [0], target: [0] },
    { source: [3, 4], target: [5] },
    { source: [], target: [7] },
    { source: [12], target: [] },
  ]);
  assert.throws(() => parseLadder('[0]-[1]'), /malformed/);
});

test('en.txt is the seed briefing byte for byte, page chrome included', () => {
  const seed = fileURLToPath(new URL('../../../shared/seed/briefing.en.txt', import.meta.url));
  assert.ok(existsSync(seed), `the seed should be at ${seed} (shared/ beside the repo)`);
  assert.ok(readFileSync(fileURLToPath(new URL('../../aligned/scio-2020-q1/en.txt', import.meta.url))).equals(readFileSync(seed)));
  assert.match(readCorpusText('en'), /Print E-mail Bookmark and Share/);
});

for (const { ladder, source, target } of GOLD_PAIRS) {
  test(`gold ${ladder}: every sentence of each side is in exactly one bead, in order`, () => {
    const pair = loadGoldPair(ladder);
    for (const side of ['source', 'target'] as const) {
      const ids = pair.beads.flatMap((bead) => bead[side]);
      const count = side === 'source' ? pair.sourceSentences.length : pair.targetSentences.length;
      assert.deepEqual(ids, [...Array(count).keys()], `${side} ids of ${ladder}`);
    }
    assert.ok(pair.beads.every((bead) => bead.source.length + bead.target.length > 0), 'no empty bead');
  });

  for (const doc of [source, target]) {
    test(`gold ${ladder}: the ${doc} sentence list joined reproduces ${doc}.txt (modulo whitespace)`, () => {
      const sentences = readSentences(doc);
      assert.ok(sentences.every((s) => s.trim() === s && s !== ''), 'sentences are trimmed and non-empty');
      const text = readCorpusText(doc);
      assert.equal(withoutSpace(sentences.join(' ')), withoutSpace(text));
    });
  }
}

for (const lang of ['zh-CN', 'fr', 'ja', 'es', 'de']) {
  test(`${lang}.txt is a real translation: its own structure, paragraphs like the English, no chrome`, () => {
    const { beads } = loadGoldPair(`en-${lang}.ladder`);
    const content = beads.filter((bead) => !bead.source.some((id) => EN_CHROME.includes(id)));
    const englishContent = content.reduce((n, bead) => n + bead.source.length, 0);
    const reshaped = content.filter((bead) => bead.source.length !== 1 || bead.target.length !== 1);
    const reshapedEnglish = reshaped.reduce((n, bead) => n + bead.source.length, 0);
    assert.ok(reshapedEnglish >= 0.1 * englishContent, `${reshapedEnglish} of ${englishContent} English sentences merged, split or reordered`);
    assert.ok(content.some((bead) => bead.source.length === 0 || bead.target.length === 0), 'at least one sentence added or dropped');
    assert.deepEqual(
      beads.filter((bead) => bead.source.some((id) => EN_CHROME.includes(id))),
      EN_CHROME.map((id) => ({ source: [id], target: [] })),
      'the chrome has no counterpart',
    );
    const englishParagraphs = paragraphs(readCorpusText('en')).length - EN_CHROME.length;
    assert.equal(paragraphs(readCorpusText(lang)).length, englishParagraphs, 'paragraphs follow the English ones');
  });
}

test('zh-CN.r2 has 8 to 12 reviewer edits, and REVISIONS.md lists one entry per changed gold bead', () => {
  const pair = loadGoldPair('zh-CN-zh-CN.r2.ladder');
  const changed = pair.beads.filter(
    (bead) => bead.source.map((id) => pair.sourceSentences[id]).join('') !== bead.target.map((id) => pair.targetSentences[id]).join(''),
  );
  const entries = readFileSync(fileURLToPath(new URL('../../aligned/scio-2020-q1/REVISIONS.md', import.meta.url)), 'utf8').match(/^\s*\d+\.\s+\*\*/gm) ?? [];
  assert.equal(entries.length, changed.length);
  assert.ok(changed.length >= 8 && changed.length <= 12, `${changed.length} changed beads`);
  assert.ok(changed.some((b) => b.source.length === 1 && b.target.length === 2), 'one sentence split');
  assert.ok(changed.some((b) => b.source.length === 2 && b.target.length === 1), 'two sentences merged');
});
