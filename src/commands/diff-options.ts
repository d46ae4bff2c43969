/** Parsing `bitext diff`'s options into checked values (usage errors exit with status 2). */
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { CHANGE_KINDS } from '../core/diff/index.js';
import type { ChangeKind } from '../core/diff/index.js';

/** Output formats of `bitext diff`. */
export const DIFF_FORMATS = ['pretty', 'plain', 'json', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** `--context N`: a whole number ≥ 0. */
export function parseContext(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UserError('diff-bad-context', { value }, EXIT.usage);
  return n;
}

/** `--only changed,added`: a set of change kinds. */
export function parseOnly(value: string | undefined): ReadonlySet<ChangeKind> | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((k) => k.trim().toLowerCase()).filter((k) => k !== '');
  for (const kind of kinds) {
    if (!(CHANGE_KINDS as readonly string[]).includes(kind)) throw new UserError('diff-bad-only', { value: kind }, EXIT.usage);
  }
  if (kinds.length === 0) throw new UserError('diff-bad-only', { value }, EXIT.usage);
  return new Set(kinds as ChangeKind[]);
}

/**
 * `--rev A..B`, `--rev N` (N-1..N) or `--rev A..` (A to `latest`).
 * @param latest the project's latest revision number
 */
export function parseRevisionRange(value: string, latest: number): { from: number; to: number } {
  const match = /^\s*(\d+)\s*(?:(\.\.)\s*(\d+)?)?\s*$/.exec(value);
  if (!match) throw new UserError('diff-bad-rev', { value }, EXIT.usage);
  const first = Number(match[1]);
  if (!match[2]) return { from: Math.max(0, first - 1), to: first };
  return { from: first, to: match[3] === undefined ? latest : Number(match[3]) };
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is dumb. */
export function shouldUseColour(isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return isTty && env['TERM'] !== 'dumb';
}
