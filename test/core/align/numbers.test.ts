import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { numberKeys, readArabicNumber, readCjkNumber } from '../../../src/core/align/numbers.js';

describe('core/align/numbers', () => {
  const sameValue: Array<{ name: string; forms: string[]; key: string }> = [
    { name: 'four hundred thousand in five conventions', forms: ['400,000', '40万', '400 000', '400.000', '四十万'], key: 'n:400000' },
    { name: 'billions and 亿', forms: ['28.8 billion yuan', '288亿元', '28,8 milliards'], key: 'n:28800000000' },
    { name: 'dates in English, Chinese, French, German', forms: ['March 10', '3月10日', '10 mars', '10. März'], key: 'd:3-10' },
    { name: 'years written with 〇', forms: ['二〇二〇年', '2020'], key: 'n:2020' },
    { name: 'number words', forms: ['seven provinces', 'sept provinces', '7个省份'], key: 'n:7' },
  ];
  for (const { name, forms, key } of sameValue) {
    test(name, () => {
      for (const form of forms) assert.ok(numberKeys(form).includes(key), `${form} → ${numberKeys(form).join(' ')}`);
    });
  }

  test('ambiguous separators give every reading', () => {
    assert.deepEqual(readArabicNumber('1,500').sort((a, b) => a - b), [1.5, 1500]);
    assert.deepEqual(readArabicNumber('1,5'), [1.5]);
    assert.deepEqual(readArabicNumber('12 345'), [12345]);
  });

  test('Chinese numerals with units', () => {
    assert.equal(readCjkNumber('三千五百'), 3500);
    assert.equal(readCjkNumber('十二'), 12);
    assert.equal(readCjkNumber('两万三千'), 23000);
  });

  test('a lone 一 and the modal "may" are not anchors', () => {
    assert.deepEqual(numberKeys('一个人'), []);
    assert.deepEqual(numberKeys('we may go'), []);
  });

  test('number words and months count only as whole words, accented letters included', () => {
    // "tres" (Spanish 3) inside mètres, "march" inside marché, "ten" inside Zehnten.
    assert.deepEqual(numberKeys('une centaine de mètres en amont'), []);
    assert.deepEqual(numberKeys('Nulle part elle n’avait marché'), []);
    assert.deepEqual(numberKeys('den Zehnten'), []);
    assert.deepEqual(numberKeys('Tres hombres, TEN men'), ['n:3', 'n:10']);
    assert.deepEqual(numberKeys('le 3 Mars'), ['n:3', 'm:3', 'd:3-3']);
  });
});
