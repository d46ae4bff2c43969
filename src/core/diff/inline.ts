/**
 * Inline diff of two versions of one segment: what a reviewer reads to see what was edited.
 * Languages written with spaces are compared word by word (whitespace kept), Chinese, Japanese
 * and the other unspaced scripts over `Intl.Segmenter` word tokens, so a one-character fix in
 * Chinese shows as one small change rather than a rewritten sentence.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';

/** One run of an inline diff: unchanged text, or text only in the old (`removed`) or new (`added`) version. */
export interface InlinePart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Primary language subtags of scripts written without spaces between words. */
const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);

/** True when `lang` (a BCP-47 tag) is written with spaces between words. */
export function isSpacedLanguage(lang: string): boolean {
  const primary = /^[a-z]*/i.exec(lang)![0].toLowerCase();
  return !UNSPACED_LANGUAGES.has(primary);
}

/**
 * Word tokens of an unspaced text from `Intl.Segmenter`; code points when the runtime has no
 * segmenter for the language (small-icu builds), which is coarser-grained but still correct.
 */
export function wordTokens(text: string, lang: string): string[] {
  if (typeof Intl.Segmenter === 'function' && Intl.Segmenter.supportedLocalesOf([lang]).length > 0) {
    const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    return Array.from(segmenter.segment(text), (piece) => piece.segment);
  }
  return Array.from(text);
}

/**
 * The inline diff of `before` → `after`. Joining the parts that are not `added` gives `before`;
 * joining those that are not `removed` gives `after`. Within a changed run the removed part comes
 * before the added part, and adjacent parts never have the same kind.
 * @param lang BCP-47 tag of the text's language, which decides words or word tokens
 */
export function diffInline(before: string, after: string, lang: string): InlinePart[] {
  if (before === after) return before === '' ? [] : [{ value: before }];
  if (isSpacedLanguage(lang)) {
    return absorbLoneSpaces(normalizeParts(diffWordsWithSpace(before, after).map((c) => toPart(c.value, c.added, c.removed))));
  }
  const changes = diffArrays(wordTokens(before, lang), wordTokens(after, lang));
  return normalizeParts(changes.map((c) => toPart(c.value.join(''), c.added, c.removed)));
}

function toPart(value: string, added: boolean, removed: boolean): InlinePart {
  if (added) return { value, added: true };
  if (removed) return { value, removed: true };
  return { value };
}

function kindOf(part: InlinePart): 'added' | 'removed' | 'same' {
  return part.added ? 'added' : part.removed ? 'removed' : 'same';
}

/** Merges runs of the same kind and puts each removal before the insertion it pairs with. */
function normalizeParts(parts: InlinePart[]): InlinePart[] {
  const result: InlinePart[] = [];
  let removed = '';
  let added = '';
  const flushChange = (): void => {
    // Whitespace that ends both sides of a replacement is common text, not part of the change.
    let shared = '';
    while (removed && added && removed.at(-1) === added.at(-1) && /\s/.test(removed.at(-1)!)) {
      shared = removed.at(-1)! + shared;
      [removed, added] = [removed.slice(0, -1), added.slice(0, -1)];
    }
    if (removed) result.push({ value: removed, removed: true });
    if (added) result.push({ value: added, added: true });
    if (shared) result.push({ value: shared });
    removed = '';
    added = '';
  };
  for (const part of parts) {
    if (part.value === '') continue;
    const kind = kindOf(part);
    if (kind === 'removed') removed += part.value;
    else if (kind === 'added') added += part.value;
    else {
      flushChange();
      const last = result[result.length - 1];
      if (last && kindOf(last) === 'same') last.value += part.value;
      else result.push({ value: part.value });
    }
  }
  flushChange();
  return result;
}

/**
 * A lone space kept between two changes reads as noise ("[-the-] [-coming-]{+next+}"): it becomes
 * part of both changes, so the reader sees one replaced phrase.
 */
function absorbLoneSpaces(parts: InlinePart[]): InlinePart[] {
  const isChange = (part: InlinePart | undefined): boolean => part !== undefined && kindOf(part) !== 'same';
  const spread = parts.flatMap((part, k) => {
    if (kindOf(part) === 'same' && /^\s+$/.test(part.value) && isChange(parts[k - 1]) && isChange(parts[k + 1])) {
      return [{ value: part.value, removed: true }, { value: part.value, added: true }];
    }
    return [part];
  });
  return spread.length === parts.length ? parts : normalizeParts(spread);
}
