/** Building diff entries: the texts of each field on both sides and their inline diff. */
import { diffInline, isSpacedLanguage } from './inline.js';
import type { InlinePart } from './inline.js';
import type { DiffEntry, DiffUnit, EntryKind, FieldDiff } from './types.js';

/** How several segments read as one: with a space between words, or directly for Chinese and Japanese. */
export function joinSegments(texts: readonly string[], lang: string): string {
  return texts.join(isSpacedLanguage(lang) ? ' ' : '');
}

function fieldParts(kind: EntryKind, before: string, after: string, lang: string): InlinePart[] {
  if (kind === 'added') return after === '' ? [] : [{ value: after, added: true }];
  if (kind === 'removed') return before === '' ? [] : [{ value: before, removed: true }];
  return diffInline(before, after, lang);
}

/**
 * The entry saying that old units `oldAt` became new units `newAt`.
 * @param langs language of each field, in `DiffUnit.texts` order
 */
export function buildEntry(
  kind: EntryKind,
  oldAt: number[],
  newAt: number[],
  similarity: number,
  units: { old: readonly DiffUnit[]; new: readonly DiffUnit[] },
  langs: readonly string[],
): DiffEntry {
  const fieldCount = Math.max(units.old[oldAt[0] ?? -1]?.texts.length ?? 0, units.new[newAt[0] ?? -1]?.texts.length ?? 0);
  const fields: FieldDiff[] = [];
  for (let f = 0; f < fieldCount; f++) {
    const lang = langs[f] ?? langs[0] ?? 'en';
    const before = oldAt.map((i) => units.old[i]!.texts[f] ?? '');
    const after = newAt.map((j) => units.new[j]!.texts[f] ?? '');
    const parts = fieldParts(kind, joinSegments(before, lang), joinSegments(after, lang), lang);
    fields.push({ before, after, parts });
  }
  const entry: DiffEntry = { kind, old: oldAt, new: newAt, fields, similarity };
  const oldIds = oldAt.map((i) => units.old[i]!.id);
  const newIds = newAt.map((j) => units.new[j]!.id);
  const isString = (id: string | undefined): id is string => id !== undefined;
  if ([...oldIds, ...newIds].some(isString)) entry.ids = { old: oldIds.filter(isString), new: newIds.filter(isString) };
  return entry;
}

/** True when two units have the same texts in every field. */
export function sameTexts(a: DiffUnit, b: DiffUnit): boolean {
  return a.texts.length === b.texts.length && a.texts.every((text, f) => text === b.texts[f]);
}
