/**
 * The DP scores every bead ending at a node at once (`scoreNode`, which shares table cells between
 * shapes); `score` computes one bead from scratch. On real text, over a whole lattice and over a
 * band, the two must agree (to the last bit or so), so that speed work on the node-at-once path cannot change a
 * single bead.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { BEAD_SHAPES, defaultLogPriors } from '../../../src/core/align/bead-shapes.js';
import { bandAroundPath, fullBand } from '../../../src/core/align/band.js';
import type { Band } from '../../../src/core/align/band.js';
import { KeyInterner, buildSide, draftSide, weighTokens } from '../../../src/core/align/features.js';
import type { SideFeatures } from '../../../src/core/align/features.js';
import { initialLengthModel } from '../../../src/core/align/length-model.js';
import { buildLexicalTable, cellIndex } from '../../../src/core/align/lexical-table.js';
import type { LexicalTable } from '../../../src/core/align/lexical-table.js';
import { BeadScorer, KIND_CODE } from '../../../src/core/align/scorer.js';
import type { Structure } from '../../../src/core/align/scorer.js';
import { segment } from '../../../src/core/segment/index.js';
import { CORPUS_DIR } from '../../helpers/gold.js';

/** The sample document segmented as `bitext align` does: sentences with their paragraphs and kinds. */
function segmented(lang: string): { sentences: string[]; structure: Structure } {
  const segments = segment(readFileSync(`${CORPUS_DIR}${lang}.txt`, 'utf8'), { lang });
  return {
    sentences: segments.map((one) => one.text),
    structure: {
      paragraphStart: Uint8Array.from(segments, (one, index) => (index === 0 || one.paragraph !== segments[index - 1]!.paragraph ? 1 : 0)),
      kind: Uint8Array.from(segments, (one) => KIND_CODE[one.kind]),
    },
  };
}

function scorerFor(sourceLang: string, targetLang: string, band: (n: number, m: number) => Band): { scorer: BeadScorer; band: Band; table: LexicalTable; sides: [SideFeatures, SideFeatures] } {
  const source = segmented(sourceLang);
  const target = segmented(targetLang);
  // The comparison is worth something only if paragraphs and segment kinds take part in the scores.
  for (const side of [source, target]) {
    assert.ok(side.structure.paragraphStart.filter((start) => start === 1).length > 5);
    assert.ok(side.structure.kind.some((kind) => kind !== KIND_CODE.sentence));
  }
  const interner = new KeyInterner();
  const options = { withCognates: true, lexicons: [] };
  const sourceSide = buildSide(source.sentences, draftSide(source.sentences, { lang: sourceLang, ...options }), interner);
  const targetSide = buildSide(target.sentences, draftSide(target.sentences, { lang: targetLang, ...options }), interner);
  weighTokens(sourceSide, targetSide, interner.size);
  weighTokens(targetSide, sourceSide, interner.size);
  const lattice = band(source.sentences.length, target.sentences.length);
  const model = { logPriors: defaultLogPriors(), length: initialLengthModel(sourceSide.lengths, targetSide.lengths), lexicalWeight: 0.35, backgroundRate: 0.1, matchRate: 0.5, neutralGaps: true };
  const table = buildLexicalTable(lattice, sourceSide, targetSide, interner.size);
  return { scorer: new BeadScorer(sourceSide, targetSide, table, model, source.structure, target.structure), band: lattice, table, sides: [sourceSide, targetSide] };
}

/** Compares both paths at every node of the band; returns how many bead scores were compared. */
function compareEveryNode(scorer: BeadScorer, band: Band): number {
  const scores = new Float64Array(BEAD_SHAPES.length);
  let compared = 0;
  for (let i = 0; i <= band.n; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      scorer.scoreNode(i, j, scores);
      BEAD_SHAPES.forEach((shape, k) => {
        if (i < shape.source || j < shape.target) {
          assert.equal(scores[k], -Infinity);
          return;
        }
        const expected = scorer.score(i, j, k);
        // Sentence masses are float64 sums, so adding four of them in another order may move the last bit.
        assert.ok(Math.abs(scores[k]! - expected) <= 1e-12 * Math.max(1, Math.abs(expected)), `bead ${shape.source}-${shape.target} ending at (${i}, ${j}): ${scores[k]} ≠ ${expected}`);
        compared++;
      });
    }
  }
  return compared;
}

describe('core/align: scoring every bead of a node at once', () => {
  test('equals bead-by-bead scoring over the whole en-fr lattice', () => {
    const { scorer, band } = scorerFor('en', 'fr', fullBand);
    assert.ok(compareEveryNode(scorer, band) > 8_000);
  });

  test('equals bead-by-bead scoring in a band, where cells outside it count as unmatched (en-ja)', () => {
    // A diagonal corridor, narrow enough that the beads at its edges reach cells outside the table.
    const diagonal = (n: number, m: number) => bandAroundPath(Array.from({ length: n + 1 }, (_, i) => [i, Math.round((i * m) / n)] as [number, number]), n, m, 1, { radius: 2, gapRadius: 2, gapSteps: 0 });
    const { scorer, band } = scorerFor('en', 'ja', diagonal);
    assert.ok(compareEveryNode(scorer, band) > 1_000);
  });

  test('the lexical table holds, cell by cell, the weight of each sentence\'s tokens that share a key with the other sentence', () => {
    const diagonal = (n: number, m: number) => bandAroundPath(Array.from({ length: n + 1 }, (_, i) => [i, Math.round((i * m) / n)] as [number, number]), n, m, 1, { radius: 3, gapRadius: 3, gapSteps: 0 });
    for (const [sourceLang, targetLang, band] of [['en', 'fr', fullBand], ['en', 'de', diagonal]] as const) {
      const { table, sides } = scorerFor(sourceLang, targetLang, band);
      const [source, target] = sides;
      const keysOf = (side: SideFeatures, t: number) => Array.from(side.keys.subarray(side.keyStart[t]!, side.keyStart[t + 1]!));
      const sentenceKeys = (side: SideFeatures, s: number) => new Set(Array.from({ length: side.tokenStart[s + 1]! - side.tokenStart[s]! }, (_, k) => keysOf(side, side.tokenStart[s]! + k)).flat());
      const matched = (side: SideFeatures, s: number, other: Set<number>) => {
        let sum = 0;
        for (let t = side.tokenStart[s]!; t < side.tokenStart[s + 1]!; t++) if (keysOf(side, t).some((key) => other.has(key))) sum += side.weight[t]!;
        return sum;
      };
      let nonZero = 0;
      for (let a = 0; a < source.count; a++) {
        for (let b = table.cellLo[a]!; b <= table.cellHi[a]!; b++) {
          const at = cellIndex(table, a, b);
          assert.ok(Math.abs(table.sourceMatched[at]! - matched(source, a, sentenceKeys(target, b))) < 1e-5, `source side of cell (${a}, ${b})`);
          assert.ok(Math.abs(table.targetMatched[at]! - matched(target, b, sentenceKeys(source, a))) < 1e-5, `target side of cell (${a}, ${b})`);
          if (table.sourceMatched[at]! > 0) nonZero++;
        }
      }
      assert.ok(nonZero > 50, `${sourceLang}-${targetLang}: only ${nonZero} cells with matches`);
    }
  });
});
