import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyDiff, diffSentences, sentenceUnits } from '../../../src/core/diff/index.js';
import type { DiffResult } from '../../../src/core/diff/index.js';

const WORDS = ['the', 'report', 'says', 'prices', 'rose', 'in', 'May', 'and', 'wages', 'fell', 'sharply', 'again'];
const ZH = ['企业', '复工', '复产', '政策', '推动', '中小', '，', '龙头', '线上', '销售'];

const sentence = (words: string[], lang: string) =>
  fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }).map((w) => (lang === 'en' ? `${w.join(' ')}.` : `${w.join('')}。`));

/** An edit script over a sentence list: every kind of change the diff reports. */
const edit = (words: string[], lang: string) =>
  fc.oneof(
    fc.record({ op: fc.constant('delete'), at: fc.nat() }),
    fc.record({ op: fc.constant('insert'), at: fc.nat(), text: sentence(words, lang) }),
    fc.record({ op: fc.constant('touch'), at: fc.nat(), text: fc.constantFrom(...words) }),
    fc.record({ op: fc.constant('split'), at: fc.nat() }),
    fc.record({ op: fc.constant('merge'), at: fc.nat() }),
    fc.record({ op: fc.constant('move'), at: fc.nat(), to: fc.nat() }),
  );

type Edit = { op: string; at: number; text?: string; to?: number };

function applyEdits(sentences: string[], edits: Edit[], lang: string): string[] {
  const result = [...sentences];
  for (const e of edits) {
    const at = result.length === 0 ? 0 : e.at % result.length;
    const current = result[at];
    if (e.op === 'insert') result.splice(at, 0, e.text!);
    else if (current === undefined) continue;
    else if (e.op === 'delete') result.splice(at, 1);
    else if (e.op === 'touch') result[at] = `${current.slice(0, -1)}${lang === 'en' ? ' ' : ''}${e.text!}${current.slice(-1)}`;
    else if (e.op === 'split') {
      const cut = Math.max(1, Math.floor(current.length / 2));
      result.splice(at, 1, current.slice(0, cut), current.slice(cut));
    } else if (e.op === 'merge' && at + 1 < result.length) result.splice(at, 2, current + result[at + 1]!);
    else if (e.op === 'move') {
      result.splice(at, 1);
      result.splice((e.to ?? 0) % (result.length + 1), 0, current);
    }
  }
  return result;
}

function checkInvariants(result: DiffResult, before: string[], after: string[]): void {
  // Replaying the reported edits on OLD gives NEW.
  assert.deepEqual(applyDiff(sentenceUnits(before), result.entries), after.map((text) => [text]));
  // Every new position appears once, in document order.
  assert.deepEqual(result.entries.flatMap((e) => e.new), after.map((_, j) => j));
  const counts = result.summary.counts;
  assert.equal(result.summary.oldUnits, before.length);
  assert.equal(result.summary.newUnits, after.length);
  assert.equal(
    result.entries.filter((e) => e.kind !== 'equal').length,
    counts.changed + counts.added + counts.removed + counts.moved + counts.split + counts.merged,
  );
  for (const entry of result.entries) {
    if (entry.kind === 'equal') assert.equal(before[entry.old[0]!], after[entry.new[0]!]);
    else if (entry.kind !== 'moved') assert.notDeepEqual(entry.fields[0]!.before, entry.fields[0]!.after);
  }
}

for (const [lang, words] of [['en', WORDS], ['zh-CN', ZH]] as const) {
  test(`property (${lang}): applying the reported edits to OLD gives NEW`, () => {
    fc.assert(
      fc.property(fc.array(sentence([...words], lang), { maxLength: 25 }), fc.array(edit([...words], lang), { maxLength: 8 }), (before, edits) => {
        const after = applyEdits(before, edits as Edit[], lang);
        checkInvariants(diffSentences(before, after, { lang }), before, after);
      }),
      { numRuns: 300 },
    );
  });
}

test('applyDiff refuses entries that do not describe OLD', () => {
  const before = ['One.', 'Two.'];
  const { entries } = diffSentences(before, ['One.', 'Three.'], { lang: 'en' });
  assert.throws(() => applyDiff(sentenceUnits(['One.', 'Deux.']), entries), /differs/);
  assert.throws(() => applyDiff(sentenceUnits([...before, 'Extra.']), entries), /missing/);
});
