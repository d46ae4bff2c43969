/**
 * How an alignment is written out: a ladder (`[0, 1]:[2]:0.8312`, as hunalign and the gold files),
 * TSV (source text, target text, confidence) or JSON.
 */
import type { Bead } from '../core/types.js';

/** Output formats of `bitext align`. */
export const ALIGN_FORMATS = ['ladder', 'tsv', 'json'] as const;
export type AlignFormat = (typeof ALIGN_FORMATS)[number];

/** One bead a line: source ids, target ids, confidence with four decimals. */
export function formatLadder(beads: readonly Bead[]): string {
  return beads.map((bead) => `[${bead.source.join(', ')}]:[${bead.target.join(', ')}]:${bead.confidence.toFixed(4)}`).join('\n') + (beads.length > 0 ? '\n' : '');
}

function joinSentences(sentences: readonly string[], ids: readonly number[]): string {
  const parts = ids.map((id) => sentences[id] ?? '');
  // Chinese and Japanese sentences are joined without a space.
  const separator = parts.some((part) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(part)) ? '' : ' ';
  return parts.join(separator).replace(/[\t\n]/g, ' ');
}

/** One bead a line: source text, target text, confidence (tabs and newlines inside become spaces). */
export function formatTsv(beads: readonly Bead[], source: readonly string[], target: readonly string[]): string {
  return beads.map((bead) => `${joinSentences(source, bead.source)}\t${joinSentences(target, bead.target)}\t${bead.confidence.toFixed(4)}\n`).join('');
}

/** The beads with their texts, as one JSON document. */
export function formatJson(beads: readonly Bead[], source: readonly string[], target: readonly string[], sourceLang: string, targetLang: string): string {
  const rows = beads.map((bead) => ({
    source: bead.source,
    target: bead.target,
    confidence: Number(bead.confidence.toFixed(4)),
    score: Number(bead.score.toFixed(4)),
    sourceText: bead.source.map((id) => source[id]),
    targetText: bead.target.map((id) => target[id]),
  }));
  return `${JSON.stringify({ sourceLang, targetLang, beads: rows }, null, 2)}\n`;
}

/** The alignment in `format`. */
export function formatAlignment(format: AlignFormat, beads: readonly Bead[], source: readonly string[], target: readonly string[], sourceLang: string, targetLang: string): string {
  switch (format) {
    case 'ladder':
      return formatLadder(beads);
    case 'tsv':
      return formatTsv(beads, source, target);
    case 'json':
      return formatJson(beads, source, target, sourceLang, targetLang);
  }
}
