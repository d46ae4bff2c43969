/**
 * char-width.ts answers widths and graphemes of plain text itself, in place of string-width and
 * Intl.Segmenter (for Ink too, in the review's bundle): every BMP character it answers for is
 * checked here against both, alone and next to others, so the shortcut can only ever agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import columns, { graphemes, isPlainText } from '../../src/ui/layout/char-width.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segments = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);

/** Every BMP character the shortcut answers for (lone surrogates are not text). */
function plainCharacters(): string[] {
  const plain: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (isPlainText(char)) plain.push(char);
  }
  return plain;
}

test('every plain BMP character has the width string-width gives it, and is a grapheme of its own', () => {
  const plain = plainCharacters();
  assert.ok(plain.length > 50_000, `most of the BMP is plain (${plain.length})`);
  const widths = new Map<number, number>();
  for (const char of plain) {
    const width = columns(char);
    assert.equal(width, stringWidth(char), `U+${char.charCodeAt(0).toString(16).toUpperCase()}`);
    widths.set(width, (widths.get(width) ?? 0) + 1);
    // Between two other plain characters, and doubled: never joined to a neighbour.
    assert.deepEqual(segments(`a${char}中`), ['a', char, '中'], `U+${char.charCodeAt(0).toString(16).toUpperCase()} among others`);
    assert.deepEqual(segments(char + char), [char, char], `U+${char.charCodeAt(0).toString(16).toUpperCase()} doubled`);
  }
  assert.deepEqual([...widths.keys()].sort(), [1, 2], 'narrow and wide characters, none of zero width');
});

test('text of real documents: the same widths and graphemes as string-width and the segmenter', () => {
  const texts = [
    '国务院新闻办公室于周四下午在北京举行新闻发布会，介绍2020年一季度工业和通信业发展情况。',
    'Le Bureau de l’information du Conseil des affaires d’État a tenu une conférence de presse jeudi.',
    '「５Ｇ」の基地局は１９万８千カ所に達した。',
    '한국어 문장도 셉니다.',
    ' bitext · scio-2020-q1 · en → zh-CN · 3/35 confirmed',
    '──────┊──│▶ ✓ !',
    // Not plain: handed to string-width and the segmenter.
    'e\u0301te\u0301 café', 'family 👨‍👩‍👧 and flags 🇫🇷', 'keycap 1️⃣ ⚠️', '\u001B[31mred\u001B[39m', 'tab\there', '𠀀 ext-B', '\u1100\u1161\u11A8 jamo',
  ];
  for (const text of texts) {
    assert.equal(columns(text), stringWidth(text), text);
    assert.deepEqual(graphemes(text), segments(text), text);
  }
  assert.equal(isPlainText(texts[0]!), true);
  assert.equal(isPlainText('e\u0301'), false, 'a combining mark joins its base');
  assert.equal(isPlainText('👨‍👩‍👧'), false);
});

test('non-default options go to string-width', () => {
  assert.equal(columns('·', { ambiguousIsNarrow: false }), stringWidth('·', { ambiguousIsNarrow: false }));
  assert.equal(columns('·', { ambiguousIsNarrow: false }), 2);
  assert.equal(columns('\u001B[31mab', { countAnsiEscapeCodes: true }), stringWidth('\u001B[31mab', { countAnsiEscapeCodes: true }));
});
