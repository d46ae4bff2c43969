/** Wrapping and laying out pairs: terminal widths of CJK and combining marks, never wider than asked. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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
