/**
 * Which entries a renderer shows: the changes asked for, `context` unchanged entries around each,
 * and one "skipped" row for each run of entries left out.
 */
import type { ChangeKind, DiffEntry } from './types.js';

/** One row of a rendered diff. */
export type ViewRow = { type: 'entry'; entry: DiffEntry } | { type: 'skip'; count: number };

/** Options of `viewRows`. */
export interface ViewOptions {
  /** Unchanged entries shown before and after each shown change. @default 1 */
  context?: number;
  /** Kinds of change shown (all when absent). */
  only?: ReadonlySet<ChangeKind>;
}

/** The rows to render for `entries`. */
export function viewRows(entries: readonly DiffEntry[], options: ViewOptions = {}): ViewRow[] {
  const context = Math.max(0, options.context ?? 1);
  const isShownChange = (entry: DiffEntry): boolean =>
    entry.kind !== 'equal' && (options.only === undefined || options.only.has(entry.kind));
  const shown = new Uint8Array(entries.length);
  entries.forEach((entry, k) => {
    if (!isShownChange(entry)) return;
    shown[k] = 1;
    for (let d = 1; d <= context; d++) {
      for (const near of [k - d, k + d]) if (entries[near]?.kind === 'equal') shown[near] = 1;
    }
  });
  const rows: ViewRow[] = [];
  let skipped = 0;
  entries.forEach((entry, k) => {
    if (!shown[k]) {
      skipped++;
      return;
    }
    if (skipped > 0) rows.push({ type: 'skip', count: skipped });
    skipped = 0;
    rows.push({ type: 'entry', entry });
  });
  if (skipped > 0 && rows.length > 0) rows.push({ type: 'skip', count: skipped });
  return rows;
}

/** 1-based positions for people: "12", "12–13", or "" when the side is empty. */
export function formatPositions(positions: readonly number[]): string {
  if (positions.length === 0) return '';
  const first = positions[0]! + 1;
  const last = positions[positions.length - 1]! + 1;
  return first === last ? String(first) : `${first}–${last}`;
}
