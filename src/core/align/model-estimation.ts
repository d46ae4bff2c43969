/**
 * Estimating the lexical model from the document pair itself: how often tokens match between
 * unrelated sentences (sampled pairs far from the diagonal) and between translations (the 1-1
 * beads of the first pass).
 */
import { sideFeatures } from './features.js';
import type { KeyInterner, KeyLexicon, SideFeatures } from './features.js';
import type { BeadScorer } from './scorer.js';

const SAMPLED_PAIRS = 400;

/** Share of token weight matched between two sentences, computed directly (slow; for sampling). */
function pairCoverage(source: SideFeatures, target: SideFeatures, a: number, b: number): [number, number] {
  const sourceKeys = new Set<number>();
  const targetKeys = new Set<number>();
  for (let t = source.tokenStart[a]!; t < source.tokenStart[a + 1]!; t++) for (let k = source.keyStart[t]!; k < source.keyStart[t + 1]!; k++) sourceKeys.add(source.keys[k]!);
  for (let u = target.tokenStart[b]!; u < target.tokenStart[b + 1]!; u++) for (let k = target.keyStart[u]!; k < target.keyStart[u + 1]!; k++) targetKeys.add(target.keys[k]!);
  let matched = 0;
  const sideMatched = (side: SideFeatures, s: number, other: Set<number>): void => {
    for (let t = side.tokenStart[s]!; t < side.tokenStart[s + 1]!; t++) {
      for (let k = side.keyStart[t]!; k < side.keyStart[t + 1]!; k++) {
        if (other.has(side.keys[k]!)) {
          matched += side.weight[t]!;
          break;
        }
      }
    }
  };
  sideMatched(source, a, targetKeys);
  sideMatched(target, b, sourceKeys);
  return [matched, source.mass[a]! + target.mass[b]!];
}

/** p0: share of token weight that matches in sentence pairs taken at random (seeded, repeatable). */
export function backgroundMatchRate(source: SideFeatures, target: SideFeatures): number {
  if (source.count === 0 || target.count === 0) return 0.05;
  let seed = 12345;
  const random = (limit: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % limit;
  };
  let matched = 0;
  let total = 0;
  for (let k = 0; k < SAMPLED_PAIRS; k++) {
    const a = random(source.count);
    const b = random(target.count);
    const [m, t] = pairCoverage(source, target, a, b);
    matched += m;
    total += t;
  }
  return clamp(total > 0 ? matched / total : 0.05, 0.01, 0.6);
}

/** p1: share of token weight matched inside the 1-1 beads of a pass. */
export function translationMatchRate(
  beads: ReadonlyArray<{ sourceStart: number; sourceEnd: number; targetStart: number; targetEnd: number }>,
  scorer: BeadScorer,
  background: number,
): number {
  let matched = 0;
  let total = 0;
  for (const bead of beads) {
    if (bead.sourceEnd - bead.sourceStart !== 1 || bead.targetEnd - bead.targetStart !== 1) continue;
    const [m, t] = scorer.coverage(bead.sourceStart, bead.sourceEnd, bead.targetStart, bead.targetEnd);
    matched += m;
    total += t;
  }
  const rate = total > 0 ? matched / total : background + 0.3;
  return clamp(rate, background + 0.05, 0.95);
}

/** The source side with each token's learnt translations added to its keys. */
export function withLearntKeys(side: SideFeatures, lexicon: KeyLexicon, interner: KeyInterner): SideFeatures {
  const tokenCount = side.base.length;
  // Tokens share base keys: look each base up once, by id rather than by name.
  const learntOfBase = new Map<number, Int32Array>();
  const learntIds = (base: number): Int32Array => {
    let ids = learntOfBase.get(base);
    if (ids === undefined) {
      ids = Int32Array.from(lexicon.get(interner.names[base]!) ?? [], (name) => interner.id(name));
      learntOfBase.set(base, ids);
    }
    return ids;
  };
  const keyStart = new Int32Array(tokenCount + 1);
  let keys: Int32Array = new Int32Array(side.keys.length + tokenCount);
  let next = 0;
  for (let t = 0; t < tokenCount; t++) {
    keyStart[t] = next;
    const ownStart = side.keyStart[t]!;
    const ownEnd = side.keyStart[t + 1]!;
    const learnt = learntIds(side.base[t]!);
    if (next + ownEnd - ownStart + learnt.length > keys.length) keys = grown(keys, next + ownEnd - ownStart + learnt.length);
    for (let k = ownStart; k < ownEnd; k++) keys[next++] = side.keys[k]!;
    for (const id of learnt) if (!side.keys.subarray(ownStart, ownEnd).includes(id)) keys[next++] = id;
  }
  keyStart[tokenCount] = next;
  return sideFeatures({ ...side, keyStart, keys: keys.slice(0, next), weight: new Float32Array(tokenCount), mass: new Float64Array(side.count) });
}

function grown(array: Int32Array, least: number): Int32Array {
  const larger = new Int32Array(Math.max(least, array.length * 2));
  larger.set(array);
  return larger;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
