import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { logAddExp } from '../../../src/core/align/lattice-search.js';

describe('core/align: the tabulated log-add of forward-backward', () => {
  test('is within 1e-6 of log(exp(x) + exp(y)) wherever the smaller term counts', () => {
    let worst = 0;
    for (let x = -50; x <= 5; x += 0.37) {
      for (let y = -60; y <= 5; y += 0.113) {
        const exact = Math.max(x, y) + Math.log1p(Math.exp(-Math.abs(x - y)));
        worst = Math.max(worst, Math.abs(logAddExp(x, y) - exact));
      }
    }
    assert.ok(worst < 1e-6, `worst error ${worst}`);
    assert.ok(worst > 0, 'the table interpolates; an exact result everywhere would mean it is not used');
  });

  test('is symmetric, exact for equal terms, and treats -Infinity as zero mass', () => {
    assert.equal(logAddExp(-3.2, -7.9), logAddExp(-7.9, -3.2));
    assert.ok(Math.abs(logAddExp(-2, -2) - (-2 + Math.LN2)) < 1e-12);
    assert.equal(logAddExp(-Infinity, -4.5), -4.5);
    assert.equal(logAddExp(-4.5, -Infinity), -4.5);
    assert.equal(logAddExp(-Infinity, -Infinity), -Infinity);
    assert.equal(logAddExp(0, -100), 0);
  });
});
