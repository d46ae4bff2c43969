/**
 * The one place where failures become text and exit codes: a user error prints what happened and
 * what to do next (translated), a bug prints one line asking for a report; `BITEXT_DEBUG=1` adds
 * the stack.
 */
import { dirname } from 'node:path';
import { CommanderError } from 'commander';
import { BugError, UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import type { ExitCode } from '../core/exit-codes.js';
import { hasKey, t, tDynamic } from '../i18n/index.js';

/** Formats a UserError as the lines a person reads (message, then the hint when there is one). */
export function formatUserError(error: UserError): string {
  const message = tDynamic(`errors.${error.code}.message`, error.params);
  const hintKey = `errors.${error.code}.hint`;
  const hint = hasKey(hintKey) ? tDynamic(hintKey, error.params) : '';
  return hint ? `${t('cli.errorPrefix')} ${message}\n  ${hint}` : `${t('cli.errorPrefix')} ${message}`;
}

/** Operating-system refusals that come from the user's files and disks, not from a bug in bitext. */
const FILE_SYSTEM_CODES = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'EDQUOT', 'EROFS', 'ENAMETOOLONG', 'EBUSY', 'EMFILE'] as const;
type FileSystemCode = (typeof FILE_SYSTEM_CODES)[number];

/**
 * A file-system error of Node (writing into a missing folder, a full disk, a read-only mount …) as
 * a user error naming the path; undefined for anything else.
 */
export function fileSystemError(error: unknown): UserError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  if (path === undefined || !FILE_SYSTEM_CODES.includes(code as FileSystemCode)) return undefined;
  // Atomic saves write NAME.PID.tmp beside the target: the folder means something to the user, that name does not.
  const shown = /\.\d+\.tmp$/.test(path) ? dirname(path) : path;
  return new UserError('file-system', { path: shown, reason: tDynamic(`cli.fileSystemReason.${code as FileSystemCode}`) });
}

/** Prints the error to stderr and returns the exit code for it. */
export function reportError(thrown: unknown, env: NodeJS.ProcessEnv = process.env): ExitCode {
  const debug = env['BITEXT_DEBUG'] === '1';
  const error = fileSystemError(thrown) ?? thrown;
  if (error instanceof UserError) {
    process.stderr.write(`${formatUserError(error)}\n`);
    if (debug) process.stderr.write(`${(thrown instanceof Error ? thrown : error).stack ?? ''}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    // commander has already printed its message.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const what = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${t('cli.bug', { message: what })}\n`);
  if (debug || !(error instanceof BugError)) {
    if (debug && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  }
  return EXIT.bug;
}
