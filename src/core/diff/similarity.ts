/**
 * How alike two segments are, independent of language: character bigrams work the same for
 * English words and for Chinese characters, need no tokenizer, and cost one pass per string.
 */

/** Multiset of the character bigrams of a text, lower-cased, whitespace runs collapsed. */
export type BigramProfile = ReadonlyMap<string, number>;

/** Builds the bigram profile of `text` (a one-character text has that character as its only gram). */
export function bigramProfile(text: string): BigramProfile {
  const chars = Array.from(text.toLowerCase().replace(/\s+/g, ' ').trim());
  const profile = new Map<string, number>();
  if (chars.length === 1) profile.set(chars[0]!, 1);
  for (let i = 1; i < chars.length; i++) {
    const gram = chars[i - 1]! + chars[i]!;
    profile.set(gram, (profile.get(gram) ?? 0) + 1);
  }
  return profile;
}

function size(profile: BigramProfile): number {
  let total = 0;
  for (const count of profile.values()) total += count;
  return total;
}

function overlap(a: BigramProfile, b: BigramProfile): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [gram, count] of small) shared += Math.min(count, large.get(gram) ?? 0);
  return shared;
}

/** Dice coefficient of two profiles, in [0, 1]: 1 for the same text, 0 for nothing in common. */
export function dice(a: BigramProfile, b: BigramProfile): number {
  const total = size(a) + size(b);
  if (total === 0) return 1;
  return (2 * overlap(a, b)) / total;
}

/** Share of `part`'s bigrams that also occur in `whole`, in [0, 1]: how much of `part` is inside `whole`. */
export function containment(part: BigramProfile, whole: BigramProfile): number {
  const partSize = size(part);
  return partSize === 0 ? 1 : overlap(part, whole) / partSize;
}

/** Adds two profiles: the profile of two segments read as one. */
export function mergeProfiles(a: BigramProfile, b: BigramProfile): BigramProfile {
  const merged = new Map(a);
  for (const [gram, count] of b) merged.set(gram, (merged.get(gram) ?? 0) + count);
  return merged;
}
