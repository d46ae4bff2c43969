/**
 * The checks `bitext import` makes on its input before anything else: the file must be a real, non-empty
 * file, and not a bitext project (whose JSON the TMX reader would call "not well-formed XML"). Options
 * are checked only after this, so the real problem with the file is the one reported.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { checkInputFile } from './tmx-file.js';

/** How much of the file's start is read to recognise a project. */
const HEAD_BYTES = 4096;

function readHead(path: string): { head: string; isWhole: boolean } {
  const buffer = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return { head: buffer.toString('utf8', 0, length), isWhole: length < HEAD_BYTES };
  } finally {
    closeSync(fd);
  }
}

/** A project file opens with its format tag (see core/project/serialize.ts), after an optional BOM. */
function looksLikeProject(head: string): boolean {
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"bitext-project"/.test(head);
}

/**
 * Refuses standard input, a missing or unreadable file, a folder, an empty file and a bitext project.
 * @throws UserError `import-stdin` (exit 2), `file-not-found` / `file-not-readable` / `file-is-directory`,
 * `import-empty` (exit 3), `import-is-project`
 */
export function checkImportFile(path: string): void {
  // TMX is streamed from the file and the format is chosen by the extension: stdin has neither.
  if (path === '-') throw new UserError('import-stdin', {}, EXIT.usage);
  try {
    checkInputFile(path);
  } catch (error) {
    if (error instanceof UserError && error.code === 'file-not-found') throw new UserError(error.code, { ...error.params, context: 'import' }, error.exitCode);
    throw error;
  }
  const { head, isWhole } = readHead(path);
  if (isWhole && head.replace(/^\uFEFF/, '').trim() === '') throw new UserError('import-empty', { path }, EXIT.dataError);
  if (looksLikeProject(head)) throw new UserError('import-is-project', { path });
}
