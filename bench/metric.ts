/**
 * The strict / lax precision, recall and F1 of sentence alignment used by every published figure
 * (Sennrich & Volk 2010; Vecalign; Bertalign): see ../shared/bench/README.md.
 */

/** A bead as two lists of sentence ids. */
export interface LadderBead {
  source: readonly number[];
  target: readonly number[];
}

/** Hits and denominators of one or more documents; sum them, then call `scores`. */
export interface AlignmentCounts {
  strictPrecisionHits: number;
  laxPrecisionHits: number;
  testBeads: number;
  strictRecallHits: number;
  laxRecallHits: number;
  goldBeads: number;
}

/** Precision, recall and F1, strict and lax. */
export interface AlignmentScores {
  strict: { precision: number; recall: number; f1: number };
  lax: { precision: number; recall: number; f1: number };
}

/** Parses ladder lines such as `[0, 1]:[2]`, `[]:[5]` or `[3]:[4]:0.83` (a trailing field is ignored). */
export function parseLadder(text: string): LadderBead[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/.exec(line);
      if (!match) throw new Error(`not a ladder line: ${line}`);
      const ids = (list: string) => list.split(',').map((id) => id.trim()).filter((id) => id !== '').map(Number);
      return { source: ids(match[1]!), target: ids(match[2]!) };
    });
}

function beadKey(bead: LadderBead): string {
  return `${bead.source.join(',')}:${bead.target.join(',')}`;
}

function isEmpty(bead: LadderBead): boolean {
  return bead.source.length === 0 && bead.target.length === 0;
}

function isNull(bead: LadderBead): boolean {
  return bead.source.length === 0 || bead.target.length === 0;
}

function overlaps(a: LadderBead, b: LadderBead): boolean {
  return a.source.some((id) => b.source.includes(id)) && a.target.some((id) => b.target.includes(id));
}

/** Judges each bead of `judged` against `reference`: strict (identical bead) and lax hits. */
function hits(judged: readonly LadderBead[], reference: readonly LadderBead[]): { strict: number; lax: number } {
  const keys = new Set(reference.map(beadKey));
  let strict = 0;
  let lax = 0;
  for (const bead of judged) {
    if (keys.has(beadKey(bead))) {
      strict++;
      lax++;
    } else if (!isNull(bead) && reference.some((other) => !isNull(other) && overlaps(bead, other))) lax++;
  }
  return { strict, lax };
}

/** Counts of one document. */
export function countAlignment(gold: readonly LadderBead[], test: readonly LadderBead[]): AlignmentCounts {
  const goldBeads = gold.filter((bead) => !isEmpty(bead));
  const testBeads = test.filter((bead) => !isEmpty(bead));
  const precision = hits(testBeads, goldBeads);
  const recall = hits(goldBeads.filter((bead) => !isNull(bead)), testBeads.filter((bead) => !isNull(bead)));
  return {
    strictPrecisionHits: precision.strict,
    laxPrecisionHits: precision.lax,
    testBeads: testBeads.length,
    strictRecallHits: recall.strict,
    laxRecallHits: recall.lax,
    goldBeads: goldBeads.filter((bead) => !isNull(bead)).length,
  };
}

/** Sums the counts of several documents (micro-average). */
export function addCounts(a: AlignmentCounts, b: AlignmentCounts): AlignmentCounts {
  return {
    strictPrecisionHits: a.strictPrecisionHits + b.strictPrecisionHits,
    laxPrecisionHits: a.laxPrecisionHits + b.laxPrecisionHits,
    testBeads: a.testBeads + b.testBeads,
    strictRecallHits: a.strictRecallHits + b.strictRecallHits,
    laxRecallHits: a.laxRecallHits + b.laxRecallHits,
    goldBeads: a.goldBeads + b.goldBeads,
  };
}

/** Zero counts, to start a sum. */
export const NO_COUNTS: AlignmentCounts = { strictPrecisionHits: 0, laxPrecisionHits: 0, testBeads: 0, strictRecallHits: 0, laxRecallHits: 0, goldBeads: 0 };

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** P, R and F1 from summed counts. */
export function scores(counts: AlignmentCounts): AlignmentScores {
  const ratio = (hit: number, all: number) => (all === 0 ? 0 : hit / all);
  const strictP = ratio(counts.strictPrecisionHits, counts.testBeads);
  const strictR = ratio(counts.strictRecallHits, counts.goldBeads);
  const laxP = ratio(counts.laxPrecisionHits, counts.testBeads);
  const laxR = ratio(counts.laxRecallHits, counts.goldBeads);
  return {
    strict: { precision: strictP, recall: strictR, f1: f1(strictP, strictR) },
    lax: { precision: laxP, recall: laxR, f1: f1(laxP, laxR) },
  };
}
