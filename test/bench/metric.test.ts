import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NO_COUNTS, addCounts, countAlignment, parseLadder, scores } from '../../bench/metric.js';

describe('bench/metric', () => {
  test('parses ladders with and without confidences, and null beads', () => {
    assert.deepEqual(parseLadder('[0, 1]:[2]\n[]:[3]\n[2]:[]:0.5\n'), [
      { source: [0, 1], target: [2] },
      { source: [], target: [3] },
      { source: [2], target: [] },
    ]);
  });

  test('identical alignments score 1 everywhere', () => {
    const gold = parseLadder('[0]:[0]\n[1, 2]:[1]\n[]:[2]');
    const s = scores(countAlignment(gold, gold));
    assert.deepEqual([s.strict.precision, s.strict.recall, s.strict.f1, s.lax.f1], [1, 1, 1, 1]);
  });

  test('a merge where gold has two 1-1 beads: strict miss, lax hit', () => {
    const gold = parseLadder('[0]:[0]\n[1]:[1]\n[2]:[2]');
    const test_ = parseLadder('[0, 1]:[0, 1]\n[2]:[2]');
    const counts = countAlignment(gold, test_);
    // Precision: 2 test beads, 1 strict hit ([2]:[2]), both lax hits.
    assert.equal(counts.testBeads, 2);
    assert.equal(counts.strictPrecisionHits, 1);
    assert.equal(counts.laxPrecisionHits, 2);
    // Recall: 3 gold beads, 1 strict hit, all 3 overlap a test bead.
    assert.equal(counts.goldBeads, 3);
    assert.equal(counts.strictRecallHits, 1);
    assert.equal(counts.laxRecallHits, 3);
    const s = scores(counts);
    assert.equal(s.strict.precision, 0.5);
    assert.equal(s.strict.recall, 1 / 3);
    assert.equal(s.strict.f1.toFixed(4), '0.4000');
  });

  test('null beads count in precision (exact match only) and are dropped from recall', () => {
    const gold = parseLadder('[0]:[0]\n[]:[1]\n[1]:[2]');
    const test_ = parseLadder('[0]:[0, 1]\n[1]:[]\n[]:[2]');
    const counts = countAlignment(gold, test_);
    // Test beads: [0]:[0,1] lax hit only; [1]:[] and []:[2] are not in gold: no hit at all.
    assert.deepEqual([counts.testBeads, counts.strictPrecisionHits, counts.laxPrecisionHits], [3, 0, 1]);
    // Recall: gold without null beads = [0]:[0], [1]:[2]; test without nulls = [0]:[0,1].
    assert.deepEqual([counts.goldBeads, counts.strictRecallHits, counts.laxRecallHits], [2, 0, 1]);
  });

  test('beads empty on both sides are ignored, and documents are micro-averaged', () => {
    const a = countAlignment(parseLadder('[0]:[0]\n[]:[]'), parseLadder('[0]:[0]'));
    assert.equal(a.goldBeads, 1);
    const b = countAlignment(parseLadder('[0]:[0]\n[1]:[1]\n[2]:[2]'), parseLadder('[0, 1, 2]:[0, 1, 2]'));
    const total = scores(addCounts(addCounts(NO_COUNTS, a), b));
    // 1 strict hit of 2 test beads; 1 strict hit of 4 gold beads.
    assert.equal(total.strict.precision, 0.5);
    assert.equal(total.strict.recall, 0.25);
  });
});
