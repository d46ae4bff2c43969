/**
 * A revision of a sentence list with a known share of edits, for the diff benchmark: each edit is
 * one word replaced, a sentence deleted, inserted, split in two, merged with the next, or moved far
 * away. Seeded, so every run diffs the same revision.
 */
import type { ChangeKind } from '../src/core/diff/index.js';

/** A small seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPERATIONS: ReadonlyArray<[ChangeKind, number]> = [
  ['changed', 0.5],
  ['removed', 0.15],
  ['added', 0.15],
  ['split', 0.07],
  ['merged', 0.07],
  ['moved', 0.06],
];

function pick(rand: () => number): ChangeKind {
  let r = rand();
  for (const [kind, weight] of OPERATIONS) if ((r -= weight) < 0) return kind;
  return 'changed';
}

/** Replaces one word (English) or two characters (Chinese) with text from another sentence. */
function editWord(sentence: string, donor: string, lang: string, rand: () => number): string {
  if (lang.startsWith('zh')) {
    const at = Math.floor(rand() * Math.max(1, sentence.length - 3));
    const from = Math.floor(rand() * Math.max(1, donor.length - 2));
    const replacement = donor.slice(from, from + 2);
    return sentence.slice(0, at) + replacement + sentence.slice(at + 2) === sentence ? `${sentence.slice(0, -1)}啊${sentence.slice(-1)}` : sentence.slice(0, at) + replacement + sentence.slice(at + 2);
  }
  const words = sentence.split(' ');
  const donorWords = donor.split(' ').filter((w) => /^\p{L}{4,}$/u.test(w));
  const at = Math.floor(rand() * words.length);
  const replacement = donorWords[Math.floor(rand() * donorWords.length)] ?? 'indeed';
  words[at] = words[at] === replacement ? `${replacement}s` : replacement;
  return words.join(' ');
}

/** Cuts a sentence in two near its middle, at a space or a Chinese comma. */
function splitSentence(sentence: string, lang: string): [string, string] | null {
  const middle = Math.floor(sentence.length / 2);
  const mark = lang.startsWith('zh') ? '，' : ' ';
  const at = sentence.indexOf(mark, middle);
  if (at < 0 || at > sentence.length - 4) return null;
  const end = lang.startsWith('zh') ? '。' : '.';
  return [`${sentence.slice(0, at)}${end}`, sentence.slice(at + 1).trim()];
}

/**
 * Edits `share` of the sentences. Edits are at least 3 sentences apart so that each is one
 * reported entry; returns the revision and how many edits of each kind were made.
 */
export function makeRevision(before: readonly string[], lang: string, share: number, seed: number): { after: string[]; expected: Record<ChangeKind, number> } {
  const rand = random(seed);
  const expected: Record<ChangeKind, number> = { changed: 0, added: 0, removed: 0, moved: 0, split: 0, merged: 0 };
  const editCount = Math.round(before.length * share);
  const spacing = Math.floor(before.length / editCount);
  const after = [...before];
  const moved: string[] = [];
  // From the end backwards, so earlier positions stay valid.
  for (let e = editCount - 1; e >= 0; e--) {
    const at = e * spacing + 1 + Math.floor(rand() * (spacing - 3));
    const sentence = after[at]!;
    const donor = before[Math.floor(rand() * before.length)]!;
    let kind = pick(rand);
    if (kind === 'split') {
      const halves = splitSentence(sentence, lang);
      if (halves) after.splice(at, 1, ...halves);
      else kind = 'changed';
    }
    if (kind === 'changed') after[at] = editWord(sentence, donor, lang, rand);
    else if (kind === 'removed') after.splice(at, 1);
    else if (kind === 'added') after.splice(at, 0, `${donor} ${lang.startsWith('zh') ? '（新增）' : '(new)'}`);
    else if (kind === 'merged') after.splice(at, 2, sentence + (lang.startsWith('zh') ? '' : ' ') + after[at + 1]!);
    else if (kind === 'moved') moved.push(...after.splice(at, 1));
    expected[kind]++;
  }
  // Moved sentences go to the very end, far from where they were.
  after.push(...moved);
  return { after, expected };
}
