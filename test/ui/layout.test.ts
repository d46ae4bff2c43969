/** Wrapping and laying out pairs: terminal widths of CJK and combining marks, never wider than asked. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { layoutPair } from '../../src/ui/layout/pair-layout.js';
import { wrapText } from '../../src/ui/layout/wrap.js';
import { pairAt } from '../../src/ui/state/pairs.js';
import { sampleProject } from './helpers.js';

describe('wrapText', () => {
  const cases: Array<{ name: string; text: string; width: number; expected: string[] }> = [
    { name: 'English breaks after spaces', text: 'First, leadership is strengthened to cover all', width: 20, expected: ['First, leadership is', 'strengthened to', 'cover all'] },
    // 苗圩部长牵头 fills the 12 columns, but ， may not start a line, so 头 moves down with it.
    { name: 'Chinese counts two columns a character; ， never starts a line', text: '苗圩部长牵头，由18位司局负责人组成', width: 12, expected: ['苗圩部长牵', '头，由18位司', '局负责人组成'] },
    { name: 'closing punctuation stays with its character', text: '复工复产。工作组', width: 8, expected: ['复工复', '产。工作', '组'] },
    { name: 'a combining accent stays with its letter', text: 'de\u0301ja\u0300 vu', width: 4, expected: ['de\u0301ja\u0300', 'vu'] },
    { name: 'a word longer than the line is cut', text: 'Supercalifragilistic', width: 8, expected: ['Supercal', 'ifragili', 'stic'] },
    { name: 'an empty text is one empty line', text: '', width: 10, expected: [''] },
  ];
  for (const { name, text, width, expected } of cases) {
    test(name, () => assert.deepEqual(wrapText(text, width), expected));
  }

  test('no line is wider than asked, and no character is lost (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '苗', '圩', '，', 'e\u0301', '1', 'Ω', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), fc.integer({ min: 2, max: 30 }), (chars, width) => {
        const text = chars.join('');
        const lines = wrapText(text, width);
        for (const line of lines) assert.ok(stringWidth(line) <= width, `${JSON.stringify(line)} > ${width}`);
        assert.equal(lines.join('').replace(/ /g, ''), text.replace(/ /g, ''));
      }),
    );
  });
});

describe('wrapText: Chinese and Japanese line-breaking rules (kinsoku)', () => {
  const ZH_QUOTE = '在4月8日召开的中共中央政治局常委会会议上，习近平总书记指出，要"千方百计创造有利于复工复产的条件，抓住一切契机推动产业循环、市场循环、经济社会循环畅通起来"。';
  const ZH_DATES = '习近平总书记反复强调，要推动产业链协同复工复产，3月10日和24日召开的国务院常务会议也对复工复产作出了专门部署。';
  const JA_BRACKET = '新経済の新たな原動力を強化するため、5Gネットワーク、モノのインターネット（IoT）、ビッグデータ、人工知能（AI）、スマートシティといったインフラの整備を加速し、上流・下流の関連産業の協調的な発展を促しています。';
  const JA_DATES = '習近平総書記は、各産業が連携して操業・生産を再開するよう繰り返し強調しており、3月10日と24日に開かれた国務院常務会議でも、操業・生産の再開が重点的に取り上げられました。';

  test('a closing quote and 。 never start a line: 来 moves down with them', () => {
    // 环畅通起来 fills 10 columns; "。 may not start the next line, so 来 goes down too.
    assert.deepEqual(wrapText(ZH_QUOTE, 10).slice(-3), ['经济社会循', '环畅通起', '来"。']);
  });

  test('a number stays with its unit: 3月 and 24日 are never split', () => {
    // At 11 columns the old wrapping gave 复工复产，3 | 月10日和24 | 日召开的国.
    assert.deepEqual(wrapText(ZH_DATES, 11).slice(4, 7), ['复工复产，', '3月10日和', '24日召开的']);
    assert.deepEqual(wrapText(JA_DATES, 10).slice(7, 10), ['ており、', '3月10日と', '24日に開か']);
  });

  test('（ never ends a line: it goes down with what it opens, and ）、 stay up', () => {
    assert.deepEqual(wrapText(JA_BRACKET, 10).slice(7, 9), ['ット', '（IoT）、']);
  });

  test('every paragraph of the zh-CN and ja samples at widths 6 to 80 keeps the rules, fits, and loses nothing', () => {
    const paragraphs = ['zh-CN', 'ja'].flatMap((lang) => readFileSync(`aligned/scio-2020-q1/${lang}.txt`, 'utf8').split('\n').filter(Boolean));
    for (const paragraph of paragraphs) {
      for (let width = 6; width <= 80; width++) {
        const lines = wrapText(paragraph, width);
        const where = `${width}: ${JSON.stringify(lines)}`;
        assert.equal(lines.join('').replace(/ /g, ''), paragraph.replace(/ /g, ''), where);
        lines.forEach((line, i) => {
          assert.ok(stringWidth(line) <= width, where);
          if (i > 0) assert.doesNotMatch(line, /^[，。、；：？！）》」』”’,.;:?!)\]]/u, where);
          if (i > 0) assert.ok(!(/^[月日年号万亿元家个%]/u.test(line) && /[0-9]$/.test(lines[i - 1]!)), where);
          if (i < lines.length - 1) assert.doesNotMatch(line, /[（《「『“‘([]$/u, where);
        });
      }
    }
  });

  test('when the rules cannot all be kept, the line still fits and nothing is lost', () => {
    assert.deepEqual(wrapText('（（（（（（', 4), ['（（', '（（', '（（']);
    assert.deepEqual(wrapText('增长12345678%', 6), ['增长', '123456', '78%']);
  });

  test('no line is too wide and no character is lost, with punctuation, digits and units (property)', () => {
    const alphabet = fc.constantFrom('测', '试', '月', '日', '（', '）', '。', '，', '"', '「', '」', '1', '2', 'a', ' ', '—', '…', '%');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.integer({ min: 1, max: 24 }), (chars, width) => {
        const text = chars.join('');
        const lines = wrapText(text, width);
        for (const line of lines) assert.ok(stringWidth(line) <= Math.max(width, 2), `${JSON.stringify(line)} > ${width}`);
        assert.equal(lines.join('').replace(/ /g, ''), text.replace(/ /g, ''));
      }),
    );
  });
});

describe('layoutPair', () => {
  const project = sampleProject();
  const target = project.targets[0]!;
  test('side by side at 120 columns: every line fits, sentences of a 1-2 pair are marked with ┊', () => {
    const pair = pairAt(project, target, 14)!;
    const lines = layoutPair(pair, true, { width: 120, numberWidth: 2, sourceLabel: 'EN', targetLabel: 'ZH' });
    for (const line of lines) assert.ok(stringWidth(`${line.gutter}${line.left} │ ${line.right}`) <= 120);
    assert.match(lines[0]!.gutter, /^▶ 15 · 1-2/);
    assert.ok(lines.some((line) => line.right?.startsWith('┊ ')));
  });

  test('stacked at 60 columns: a header line, then the source, then the target with language labels', () => {
    const pair = pairAt(project, target, 3)!;
    const lines = layoutPair(pair, false, { width: 60, numberWidth: 2, sourceLabel: 'EN', targetLabel: 'ZH' });
    assert.equal(lines[0]!.gutter, '   4 · 1-1 0.31 !');
    assert.match(lines[1]!.gutter, /^ {3}EN/);
    assert.ok(lines.some((line) => /^ {3}ZH/.test(line.gutter)));
    for (const line of lines) assert.ok(stringWidth(line.gutter + line.left) <= 60);
  });
});
