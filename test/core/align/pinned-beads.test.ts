/**
 * Pins the aligner's beads on real text, so that a change made for speed cannot silently change
 * the alignment. The expected beads are the hand-made gold ladders of the sample corpus (not the
 * aligner's own output): on these pairs the aligner reproduces the human alignment exactly.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { align } from '../../../src/core/align/index.js';
import { loadZhEnLexicon } from '../../../src/io/zh-en-lexicon.js';
import { parseLadder } from '../../../bench/metric.js';

const GOLD = new URL('../../fixtures/gold/', import.meta.url);
function sentences(lang: string): string[] {
  return readFileSync(new URL(`${lang}.sentences.txt`, GOLD), 'utf8').split('\n').filter((line) => line !== '');
}
function goldLadder(pair: string): string[] {
  return parseLadder(readFileSync(new URL(`${pair}.ladder`, GOLD), 'utf8')).map((bead) => `${bead.source.join(',')}:${bead.target.join(',')}`);
}
const ladder = (beads: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>) => beads.map((bead) => `${bead.source.join(',')}:${bead.target.join(',')}`);

describe('core/align: beads pinned to the hand-made gold', () => {
  test('en → zh-CN with CC-CEDICT: every bead of the gold ladder, and no other', () => {
    const beads = align(sentences('en'), sentences('zh-CN'), { sourceLang: 'en', targetLang: 'zh-CN', lexicons: [loadZhEnLexicon()] });
    assert.deepEqual(ladder(beads), goldLadder('en-zh-CN'));
  });

  test('en → de: every bead of the gold ladder, and no other', () => {
    const beads = align(sentences('en'), sentences('de'), { sourceLang: 'en', targetLang: 'de' });
    assert.deepEqual(ladder(beads), goldLadder('en-de'));
  });

  test('en → de repeated 40 times (past the whole-lattice limit: coarse-to-fine band): the gold, 40 times', () => {
    const copies = 40;
    const en = sentences('en');
    const de = sentences('de');
    const source = Array.from({ length: copies }, () => en).flat();
    const target = Array.from({ length: copies }, () => de).flat();
    // 1,441 × 1,481 nodes: more than FULL_SEARCH_NODES, so the band comes from the coarse levels.
    assert.ok((source.length + 1) * (target.length + 1) > 1_200_000);
    const gold = parseLadder(readFileSync(new URL('en-de.ladder', GOLD), 'utf8'));
    const expected = Array.from({ length: copies }, (_, copy) =>
      gold.map((bead) => `${bead.source.map((id) => id + copy * en.length).join(',')}:${bead.target.map((id) => id + copy * de.length).join(',')}`),
    ).flat();
    assert.deepEqual(ladder(align(source, target, { sourceLang: 'en', targetLang: 'de' })), expected);
  });
});
