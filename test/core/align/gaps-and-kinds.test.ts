import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { align, kindsOfGivenLines } from '../../../src/core/align/index.js';
import { parseLadder } from '../../../bench/metric.js';

const GOLD = new URL('../../fixtures/gold/', import.meta.url);
function sentences(lang: string): string[] {
  return readFileSync(new URL(`${lang}.sentences.txt`, GOLD), 'utf8').split('\n').filter((line) => line !== '');
}
const shapes = (beads: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>) => beads.map((bead) => `${bead.source.join(',')}:${bead.target.join(',')}`);

describe('core/align: segment kinds of given lines', () => {
  test('the English sample: title and dateline are headings, the speaker label and page chrome are recognised', () => {
    const en = sentences('en');
    const kinds = kindsOfGivenLines(en, 'en');
    assert.equal(en[0], "SCIO briefing on China's industrial and communications development in Q1");
    assert.equal(kinds[0], 'heading');
    assert.equal(en[2], 'April 26, 2020');
    assert.equal(kinds[2], 'heading');
    assert.equal(en[5], 'Huang Libin:');
    assert.equal(kinds[5], 'speaker');
    assert.match(en.at(-2)!, /^<\s+1\s+2\s+3\s+4\s+5\s+6\s+7\s+>$/u);
    assert.equal(en.at(-1), 'Print E-mail Bookmark and Share');
    assert.deepEqual(kinds.slice(-3), ['sentence', 'chrome', 'chrome']);
    assert.equal(kinds.filter((kind) => kind === 'sentence').length, en.length - 5);
  });

  test('the Chinese sample: the speaker label "黄利斌：" and the title', () => {
    const zh = sentences('zh-CN');
    const kinds = kindsOfGivenLines(zh, 'zh-CN');
    assert.equal(kinds[zh.indexOf('黄利斌：')], 'speaker');
    assert.equal(kinds[0], 'heading');
    assert.equal(kinds[1], 'sentence');
  });

  test('page chrome without a translation becomes 1-0 beads instead of merging into "Thank you."', () => {
    for (const lang of ['fr', 'ja', 'es']) {
      const beads = align(sentences('en'), sentences(lang), { sourceLang: 'en', targetLang: lang });
      const gold = parseLadder(readFileSync(new URL(`en-${lang}.ladder`, GOLD), 'utf8'));
      assert.deepEqual(shapes(beads).slice(-4), shapes(gold).slice(-4), lang);
      assert.deepEqual(shapes(beads).slice(-2), ['34:', '35:'], lang);
    }
  });
});

describe('core/align: runs of unmatched sentences', () => {
  test('an untranslated block inside the target comes out as 0-1 beads, its neighbours still 1-1 as in the gold', () => {
    // The French sample with seven Spanish sentences left in the middle (an untranslated passage).
    const en = sentences('en');
    const fr = sentences('fr');
    const block = sentences('es').slice(20, 27);
    const at = 13;
    const target = [...fr.slice(0, at), ...block, ...fr.slice(at)];
    const beads = align(en, target, { sourceLang: 'en', targetLang: 'fr' });
    const gold = parseLadder(readFileSync(new URL('en-fr.ladder', GOLD), 'utf8')).map((bead) => ({
      source: bead.source,
      target: bead.target.map((id) => (id >= at ? id + block.length : id)),
    }));
    const expected = shapes(gold);
    const inserted = block.map((_, k) => `:${at + k}`);
    const goldAround = expected.filter((bead) => bead.endsWith(`:${at - 1}`) || bead.endsWith(`:${at + block.length}`));
    assert.equal(goldAround.length, 2);
    const got = shapes(beads);
    for (const bead of [...inserted, ...goldAround]) assert.ok(got.includes(bead), `missing ${bead} in ${got.join(' ')}`);
  });
});
