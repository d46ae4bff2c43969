/** Property: whatever the input, segmentation is lossless (offsets, trimming, only whitespace between). */
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { segment } from '../../../src/core/segment/index.js';
import { assertLossless } from './golden-table.js';

/** Pieces that exercise every rule: terminators, quotes, abbreviations, lists, CJK, odd spaces. */
const PIECES = [
  'word', 'Word', 'Mr.', 'U.S.', 'e.g.', 'No.', '1.', '2)', 'a.', '3.5', '2019.', '.', '...', '. . .', '…', '……', '!', '?', '?!',
  '!!!', '"', "'", '“', '”', '«', '»', '(', ')', '[...]', '。', '！', '？', '」', '「', '句子', 'です', '•', '⁃', ':', '：', ' ',
  ' ', '\n', '\n\n', '\u00a0', '\u3000', '\t', 'Print', 'Share', '<', '>', '😀', 'I.', 'Dr', 'Jones', 'と',
];
const LANGS = ['en', 'zh-CN', 'ja', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'xx'];

test('random texts built from tricky pieces are segmented losslessly in every language', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.constantFrom(...LANGS), (pieces, lang) => {
      const text = pieces.join('');
      assertLossless(text, segment(text, { lang }));
    }),
    { numRuns: 1500 },
  );
});

test('arbitrary Unicode strings are segmented losslessly', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom(...LANGS), (text, lang) => {
      assertLossless(text, segment(text, { lang }));
    }),
    { numRuns: 1000 },
  );
});

test('random slices of the real sample texts are segmented losslessly', () => {
  const texts = ['en', 'zh-CN', 'fr', 'de', 'es', 'ja'].map((lang) => ({
    lang,
    text: readFileSync(new URL(`../../../aligned/scio-2020-q1/${lang}.txt`, import.meta.url), 'utf8'),
  }));
  fc.assert(
    fc.property(fc.constantFrom(...texts), fc.nat(), fc.nat(2000), ({ lang, text }, from, length) => {
      const start = from % text.length;
      const slice = text.slice(start, start + length);
      assertLossless(slice, segment(slice, { lang }));
    }),
    { numRuns: 500 },
  );
});
