/**
 * Errors raised anywhere in bitext. The core never builds sentences for people: it raises a
 * code plus parameters, and the edges (cli, commands, ui) translate `errors.<code>.message`
 * and `errors.<code>.hint` through i18next.
 */
import { EXIT } from './exit-codes.js';
import type { ExitCode } from './exit-codes.js';

/** Parameters interpolated into a translated error message. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * The user's problem, not a bug: a missing file, invalid UTF-8, a corrupt project. Printed as one
 * line (what happened) plus one line (what to do next), never with a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /**
   * @param code locale key below `errors.` (e.g. `file-not-found`) with `message` and `hint` children
   * @param params values for the `{{placeholders}}` of the message and hint
   * @param exitCode exit status of the process @default EXIT.userError
   */
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
    readonly exitCode: ExitCode = EXIT.userError,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

/** A broken invariant inside bitext: should be reported, exits with EXIT.bug. */
export class BugError extends Error {
  override readonly name = 'BugError';
}

/** Throws a BugError when `condition` is false; for invariants that only a bug can break. */
export function invariant(condition: unknown, what: string): asserts condition {
  if (!condition) throw new BugError(what);
}
