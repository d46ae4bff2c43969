import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../../src/core/errors.js';
import { parseContext, parseOnly, parseRevisionRange, shouldUseColour } from '../../src/commands/diff-options.js';

const usageError = (code: string) => (error: unknown) => error instanceof UserError && error.code === code && error.exitCode === 2;

test('--context takes a whole number of 0 or more', () => {
  assert.equal(parseContext('0'), 0);
  assert.equal(parseContext('12'), 12);
  for (const bad of ['lots', '-1', '1.5', '']) assert.throws(() => parseContext(bad), usageError('diff-bad-context'), bad);
});

test('--only takes a comma-separated list of change kinds', () => {
  assert.equal(parseOnly(undefined), undefined);
  assert.deepEqual([...parseOnly('changed, Split')!], ['changed', 'split']);
  assert.throws(() => parseOnly('changed,renamed'), usageError('diff-bad-only'));
  assert.throws(() => parseOnly(','), usageError('diff-bad-only'));
});

test('--rev: A..B, N (N-1..N) and A.. (to the latest)', () => {
  assert.deepEqual(parseRevisionRange('3..5', 9), { from: 3, to: 5 });
  assert.deepEqual(parseRevisionRange('4', 9), { from: 3, to: 4 });
  assert.deepEqual(parseRevisionRange('0', 9), { from: 0, to: 0 });
  assert.deepEqual(parseRevisionRange('2..', 9), { from: 2, to: 9 });
  for (const bad of ['a..b', '..3', '1...2', '-1']) assert.throws(() => parseRevisionRange(bad, 9), usageError('diff-bad-rev'), bad);
});

test('colour only on a terminal, never with NO_COLOR, always with FORCE_COLOR', () => {
  assert.equal(shouldUseColour(true, {}), true);
  assert.equal(shouldUseColour(false, {}), false);
  assert.equal(shouldUseColour(true, { NO_COLOR: '1' }), false);
  assert.equal(shouldUseColour(true, { TERM: 'dumb' }), false);
  assert.equal(shouldUseColour(false, { FORCE_COLOR: '1' }), true);
  assert.equal(shouldUseColour(false, { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
});
