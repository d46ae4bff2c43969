import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffInline, isSpacedLanguage } from '../../../src/core/diff/inline.js';
import type { InlinePart } from '../../../src/core/diff/inline.js';

const oldSide = (parts: InlinePart[]): string => parts.filter((p) => !p.added).map((p) => p.value).join('');
const newSide = (parts: InlinePart[]): string => parts.filter((p) => !p.removed).map((p) => p.value).join('');
const changed = (parts: InlinePart[]): string[] =>
  parts.filter((p) => p.added || p.removed).map((p) => `${p.removed ? '-' : '+'}${p.value}`);

test('English: one replaced word shows as that word only', () => {
  const parts = diffInline('The quick brown fox jumps.', 'The quick red fox jumps.', 'en');
  assert.deepEqual(changed(parts), ['-brown', '+red']);
  assert.equal(oldSide(parts), 'The quick brown fox jumps.');
  assert.equal(newSide(parts), 'The quick red fox jumps.');
});

test('English: an inserted clause is one insertion, whitespace kept', () => {
  const parts = diffInline('We met on Monday.', 'We met again on Monday.', 'en');
  assert.deepEqual(changed(parts), ['+again ']);
});

test('Chinese: one-character fix is one small change (线上 → 线下), not a rewrite', () => {
  const parts = diffInline('受疫情影响，行业线上销售不畅。', '受疫情影响，行业线下销售不畅。', 'zh-CN');
  assert.deepEqual(changed(parts), ['-线上', '+线下']);
});

test('Chinese: an inserted word is a pure insertion (龙头企业 → 龙头骨干企业)', () => {
  const parts = diffInline('共有51家龙头企业。', '共有51家龙头骨干企业。', 'zh-CN');
  assert.deepEqual(changed(parts), ['+骨干']);
});

test('Chinese: a punctuation fix touches only the punctuation', () => {
  const parts = diffInline('落实政策措施,推动企业复工', '落实政策措施，推动企业复工', 'zh');
  assert.deepEqual(changed(parts), ['-,', '+，']);
});

test('Japanese goes through word tokens too', () => {
  const parts = diffInline('東京で会議を開いた。', '大阪で会議を開いた。', 'ja');
  assert.deepEqual(changed(parts), ['-東京', '+大阪']);
});

test('equal and empty inputs', () => {
  assert.deepEqual(diffInline('', '', 'en'), []);
  assert.deepEqual(diffInline('same', 'same', 'zh'), [{ value: 'same' }]);
  assert.deepEqual(diffInline('', 'new', 'en'), [{ value: 'new', added: true }]);
});

test('language classification', () => {
  assert.equal(isSpacedLanguage('fr'), true);
  assert.equal(isSpacedLanguage('zh-Hant-TW'), false);
  assert.equal(isSpacedLanguage('ja_JP'), false);
});

test('property: old and new sides rebuild the inputs; parts are normalised', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '中', '文', '，', 'x', '。', 'é') , maxLength: 30 });
  for (const lang of ['en', 'zh-CN']) {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffInline(before, after, lang);
        assert.equal(oldSide(parts), before);
        assert.equal(newSide(parts), after);
        for (let i = 1; i < parts.length; i++) {
          const [a, b] = [parts[i - 1]!, parts[i]!];
          assert.ok(!(a.added && b.added) && !(a.removed && b.removed) && !(!a.added && !a.removed && !b.added && !b.removed));
          assert.ok(!(a.added && b.removed), 'removal comes before insertion');
        }
        assert.ok(parts.every((p) => p.value !== ''));
      }),
    );
  }
});
