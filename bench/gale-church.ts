/**
 * The Gale & Church (1993) baseline, as published: character lengths, c = 1, s² = 6.8, shapes
 * 1-1 / 1-0 / 0-1 / 2-1 / 1-2 / 2-2 with their priors, a full DP. Quadratic: for benchmarks only.
 */
import { logTwoSidedTail } from '../src/core/align/length-model.js';
import { sentenceLength } from '../src/core/align/features.js';
import type { LadderBead } from './metric.js';

const SHAPES: ReadonlyArray<[number, number, number]> = [
  [1, 1, 0.89], [1, 0, 0.0099], [0, 1, 0.0099], [2, 1, 0.089], [1, 2, 0.089], [2, 2, 0.011],
];

/** Aligns with the Gale-Church length model only. */
export function galeChurch(source: readonly string[], target: readonly string[]): LadderBead[] {
  const n = source.length;
  const m = target.length;
  const sourcePrefix = [0];
  const targetPrefix = [0];
  for (const sentence of source) sourcePrefix.push(sourcePrefix.at(-1)! + sentenceLength(sentence));
  for (const sentence of target) targetPrefix.push(targetPrefix.at(-1)! + sentenceLength(sentence));
  const best = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const back = new Int8Array((n + 1) * (m + 1)).fill(-1);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let k = 0; k < SHAPES.length; k++) {
        const [a, b, prior] = SHAPES[k]!;
        if (i < a || j < b) continue;
        const previous = best[(i - a) * (m + 1) + j - b]!;
        if (previous === Infinity) continue;
        const l1 = sourcePrefix[i]! - sourcePrefix[i - a]!;
        const l2 = targetPrefix[j]! - targetPrefix[j - b]!;
        const mean = (l1 + l2) / 2;
        const delta = mean === 0 ? 0 : (l2 - l1) / Math.sqrt(6.8 * mean);
        const cost = previous - Math.log(prior) - logTwoSidedTail(delta);
        if (cost < best[i * (m + 1) + j]!) {
          best[i * (m + 1) + j] = cost;
          back[i * (m + 1) + j] = k;
        }
      }
    }
  }
  const beads: LadderBead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [a, b] = SHAPES[back[i * (m + 1) + j]!]!;
    beads.push({ source: Array.from({ length: a }, (_, x) => i - a + x), target: Array.from({ length: b }, (_, x) => j - b + x) });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}
