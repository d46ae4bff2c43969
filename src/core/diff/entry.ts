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
  if (kind === 'equal') return equalEntry(oldAt[0]!, newAt[0]!, units.old[oldAt[0]!]!, units.new[newAt[0]!]!);
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
  const oldIds = idsOf(oldAt, units.old);
  const newIds = idsOf(newAt, units.new);
  if (oldIds.length + newIds.length > 0) entry.ids = { old: oldIds, new: newIds };
  return entry;
}

function idsOf(positions: readonly number[], units: readonly DiffUnit[]): string[] {
  const ids: string[] = [];
  for (const at of positions) {
    const id = units[at]!.id;
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** The entry of a unit found unchanged: most entries are, so this path allocates little. */
function equalEntry(oldAt: number, newAt: number, oldUnit: DiffUnit, newUnit: DiffUnit): DiffEntry {
  const fields = newUnit.texts.map((text) => ({ before: [text], after: [text], parts: text === '' ? [] : [{ value: text }] }));
  const entry: DiffEntry = { kind: 'equal', old: [oldAt], new: [newAt], fields, similarity: 1 };
  if (oldUnit.id !== undefined || newUnit.id !== undefined) {
    entry.ids = { old: oldUnit.id === undefined ? [] : [oldUnit.id], new: newUnit.id === undefined ? [] : [newUnit.id] };
  }
  return entry;
}

/** True when two units have the same texts in every field. */
export function sameTexts(a: DiffUnit, b: DiffUnit): boolean {
  return a.texts.length === b.texts.length && a.texts.every((text, f) => text === b.texts[f]);
}
