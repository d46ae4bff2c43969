/** Runs a golden table `{name, input, expected}` against `segment()` and checks losslessness too. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/core/segment/index.js';
import type { Segment } from '../../../src/core/types.js';

/** One hand-checked case: the trimmed segments expected for `input`. */
export interface GoldenCase {
  name: string;
  input: string;
  expected: string[];
}

/** The invariants every segmentation keeps: offsets point at the text, only whitespace in between. */
export function assertLossless(input: string, segments: readonly Segment[]): void {
  let previousEnd = 0;
  for (const s of segments) {
    assert.equal(input.slice(s.start, s.end), s.text, 'text is the slice at its offsets');
    assert.equal(s.text, s.text.trim(), 'text is trimmed');
    assert.ok(s.text.length > 0, 'no empty segment');
    assert.equal(input.slice(previousEnd, s.start).trim(), '', `only whitespace before ${JSON.stringify(s.text)}`);
    previousEnd = s.end;
  }
  assert.equal(input.slice(previousEnd).trim(), '', 'only whitespace after the last segment');
}

/** Declares one test per case for language `lang`. */
export function runGoldenTable(lang: string, cases: readonly GoldenCase[]): void {
  for (const c of cases) {
    test(`${lang}: ${c.name}`, () => {
      const segments = segment(c.input, { lang });
      assert.deepEqual(
        segments.map((s) => s.text),
        c.expected,
      );
      assertLossless(c.input, segments);
    });
  }
}
