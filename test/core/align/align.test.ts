import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { align, alignDetailed, parseDictionary } from '../../../src/core/align/index.js';
import type { Bead } from '../../../src/core/types.js';
import { UserError } from '../../../src/core/errors.js';
import { countAlignment, parseLadder, scores } from '../../../bench/metric.js';

const GOLD = new URL('../../fixtures/gold/', import.meta.url);
function sentences(lang: string): string[] {
  return readFileSync(new URL(`${lang}.sentences.txt`, GOLD), 'utf8').split('\n').filter((line) => line !== '');
}

/** Every sentence of each side appears exactly once, in order, and confidences are in [0, 1]. */
function assertPartition(beads: readonly Bead[], sourceCount: number, targetCount: number): void {
  const source = beads.flatMap((bead) => bead.source);
  const target = beads.flatMap((bead) => bead.target);
  assert.deepEqual(source, Array.from({ length: sourceCount }, (_, k) => k));
  assert.deepEqual(target, Array.from({ length: targetCount }, (_, k) => k));
  for (const bead of beads) assert.ok(bead.confidence >= 0 && bead.confidence <= 1, `confidence ${bead.confidence}`);
}

describe('core/align', () => {
  test('en-fr sample: partition invariant and strict F1 ≥ 0.9 against the hand-made gold', () => {
    const en = sentences('en');
    const fr = sentences('fr');
    const beads = align(en, fr, { sourceLang: 'en', targetLang: 'fr' });
    assertPartition(beads, en.length, fr.length);
    const gold = parseLadder(readFileSync(new URL('en-fr.ladder', GOLD), 'utf8'));
    assert.ok(scores(countAlignment(gold, beads)).strict.f1 >= 0.9);
  });

  test('a translation that merges two sentences gives a 2-1 bead (checked by hand)', () => {
    const en = ['The meeting opened at nine.', 'It was chaired by Ms. Dupont, who welcomed 45 delegates.', 'The budget was adopted.', 'Then the session closed.'];
    const fr = ['La réunion a commencé à neuf heures.', 'Présidée par Mme Dupont, elle a accueilli 45 délégués.', 'Le budget a été adopté, puis la séance a été levée.'];
    const beads = align(en, fr, { sourceLang: 'en', targetLang: 'fr' });
    assert.deepEqual(
      beads.map((bead) => [bead.source, bead.target]),
      [
        [[0], [0]],
        [[1], [1]],
        [[2, 3], [2]],
      ],
    );
  });

  test('works in the other direction (fr → en) with the mirror beads', () => {
    const en = sentences('en');
    const fr = sentences('fr');
    const forward = align(en, fr, { sourceLang: 'en', targetLang: 'fr' }).map((bead) => `${bead.source}:${bead.target}`);
    const backward = align(fr, en, { sourceLang: 'fr', targetLang: 'en' }).map((bead) => `${bead.target}:${bead.source}`);
    const shared = forward.filter((bead) => backward.includes(bead)).length;
    assert.ok(shared / forward.length >= 0.9, `${shared} of ${forward.length}`);
  });

  test('one side empty: every sentence is a 1-0 or 0-1 bead, with a warning', () => {
    const result = alignDetailed(['One.', 'Two.'], [], { sourceLang: 'en', targetLang: 'fr' });
    assert.deepEqual(result.beads.map((bead) => [bead.source, bead.target]), [[[0], []], [[1], []]]);
    assert.deepEqual(result.warnings.map((w) => w.code), ['empty-side']);
    assert.deepEqual(align([], [], { sourceLang: 'en', targetLang: 'fr' }), []);
  });

  test('ten times longer target: finishes, partitions, warns, and confidence is low', () => {
    const en = sentences('en').slice(0, 4);
    const fr = Array.from({ length: 10 }, () => sentences('fr')).flat();
    const result = alignDetailed(en, fr, { sourceLang: 'en', targetLang: 'fr' });
    assertPartition(result.beads, en.length, fr.length);
    assert.ok(result.warnings.some((w) => w.code === 'length-mismatch'));
    const mean = result.beads.reduce((sum, bead) => sum + bead.confidence, 0) / result.beads.length;
    assert.ok(mean < 0.6, `mean confidence ${mean}`);
  });

  test('a language tag that does not fit the script is warned about', () => {
    const result = alignDetailed(sentences('zh-CN'), sentences('en'), { sourceLang: 'fr', targetLang: 'en' });
    assert.deepEqual(result.warnings, [{ code: 'language-mismatch', params: { side: 'source', lang: 'fr', script: 'Han' } }]);
  });

  test('a user dictionary is evidence: the pair it links scores higher with it than without', () => {
    const source = ['Zorblat arrived at noon.', 'Nobody else came that day.'];
    const target = ['Krumpel est arrivé à midi.', 'Personne d’autre ne vint ce jour-là.'];
    const options = { sourceLang: 'en', targetLang: 'fr', realign: false } as const;
    const without = align(source, target, options)[0]!;
    const dictionary = parseDictionary('zorblat\tkrumpel\n', 'en', 'fr');
    const withDictionary = align(source, target, { ...options, lexicons: [dictionary] })[0]!;
    assert.deepEqual([withDictionary.source, withDictionary.target], [[0], [0]]);
    assert.ok(withDictionary.score > without.score, `${withDictionary.score} vs ${without.score}`);
  });

  test('dictionaries: TSV and hunalign "target @ source" forms; a bad line is a UserError', () => {
    const tsv = parseDictionary('# comment\nhouse\tmaison\n', 'en', 'fr');
    assert.deepEqual(tsv.entries.get('house'), ['maison']);
    const hunalign = parseDictionary('maison @ house\n', 'en', 'fr');
    assert.deepEqual(hunalign.entries.get('house'), ['maison']);
    assert.throws(() => parseDictionary('house maison\n', 'en', 'fr', 'd.txt'), (error: unknown) => error instanceof UserError && error.code === 'align-dictionary-invalid' && error.params['line'] === 1);
  });
});
