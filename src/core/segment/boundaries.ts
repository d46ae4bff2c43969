/**
 * Sentence boundaries inside one run of running text (a line, or hard-wrapped lines of one
 * paragraph). A linear scan finds every cluster of terminators with the quotes and brackets that
 * close after it; `judgeBoundary` then decides, from the words on either side, whether the
 * cluster ends a sentence. Runs are scanned once, left to right, so time is linear in the input.
 */
import type { LanguageProfile } from './profile.js';
import { BULLETS, OPENERS, isCjk, isSpace } from './text-classes.js';
import { judgeBoundary } from './judge-boundary.js';
import type { BoundaryContext } from './judge-boundary.js';

/**
 * A cluster of terminators: "!!", "?!", "...", "…", ". . . ." (spaced dots), "。", then any closing
 * quotes and brackets, including French " »" (after a space) and German "«" and "“".
 */
const CLUSTER = /(?:[.!?‼⁇⁈⁉…。！？｡．]+(?:[ \u00a0]\.(?=[\s.'"”’»)\]]|$))*)((?:[ \u00a0\u202f][»›]|["'”’»«›‹“）」』》〉】〕)\]}])*)/gu;

const FULL_WIDTH = /[。！？｡．]/u;

/** Opening quotes, brackets and bullets that are not part of the word they precede. */
const LEADING_MARKS = `${OPENERS}${BULLETS}`;

/** The word just before `index` (back to a space), without opening quotes, brackets and bullets. */
function previousWord(run: string, index: number): { word: string; start: number } {
  let start = index;
  while (start > 0 && !isSpace(run[start - 1])) start--;
  while (start < index && LEADING_MARKS.includes(run[start]!)) start++;
  return { word: run.slice(start, index), start };
}

/** The word that starts at or after `index`, skipping spaces. */
function nextWord(run: string, index: number): string {
  let start = index;
  while (start < run.length && isSpace(run[start])) start++;
  let end = start;
  while (end < run.length && !isSpace(run[end]) && end - start < 64) end++;
  return run.slice(start, end);
}

/** Where the sentence that contains `from` really begins: after spaces and list bullets. */
function sentenceStart(run: string, from: number): number {
  let i = from;
  while (i < run.length && (isSpace(run[i]) || BULLETS.includes(run[i]!))) i++;
  return i;
}

/**
 * Offsets (relative to `run`) where a sentence ends. `extraBreaks` (list items, sorted) are
 * already known to start sentences and are taken into account when judging list markers.
 */
export function findSentenceEnds(run: string, profile: LanguageProfile, extraBreaks: readonly number[] = []): number[] {
  const ends: number[] = [];
  let currentStart = sentenceStart(run, 0);
  let extraIndex = 0;
  CLUSTER.lastIndex = 0;
  for (let match = CLUSTER.exec(run); match !== null; match = CLUSTER.exec(run)) {
    const clusterStart = match.index;
    const clusterEnd = match.index + match[0].length;
    while (extraIndex < extraBreaks.length && extraBreaks[extraIndex]! <= clusterStart) {
      currentStart = Math.max(currentStart, sentenceStart(run, extraBreaks[extraIndex]!));
      extraIndex++;
    }
    const marks = match[0].slice(0, match[0].length - (match[1]?.length ?? 0));
    const after = run[clusterEnd];
    const isFullWidth = FULL_WIDTH.test(marks);
    // A Latin mark needs a space or the end after it; "28.8", "U.S.A", "Yahoo!Japan" are not ends.
    // An ellipsis before Chinese or Japanese text needs no space either ("……”她低下了头").
    if (after !== undefined && !isSpace(after) && !isFullWidth && !(marks.includes('…') && isCjk(after))) continue;
    const prev = previousWord(run, clusterStart);
    const context: BoundaryContext = {
      marks,
      closers: match[1] ?? '',
      previousWord: prev.word,
      isFirstWord: prev.start <= currentStart,
      charBefore: run[clusterStart - 1],
      nextWord: nextWord(run, clusterEnd),
      isFullWidth,
    };
    const decision = judgeBoundary(context, profile);
    if (decision === false) continue;
    // `judgeBoundary` may place the end inside the cluster ("compounds. . . . The": after the first dot).
    const end = decision === true ? clusterEnd : clusterStart + decision;
    if (end > currentStart) {
      ends.push(end);
      currentStart = sentenceStart(run, end);
    }
  }
  return ends;
}
