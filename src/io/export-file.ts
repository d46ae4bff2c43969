/**
 * Writing an export (TMX, TSV, XLIFF) from a stream of text chunks: to standard output, or to a file
 * through a temporary file renamed into place, so an export that fails half way (a forbidden
 * character in bead 90,000) leaves no truncated file behind and never replaces a good one.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { temporaryPath } from './atomic-write.js';

/** Refuses to replace an existing file unless the user said so. */
export function checkOutputFree(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw new UserError('output-exists', { path });
}

/** Writes `chunks` to `path` atomically, or to stdout when `path` is undefined; returns the generator's result. */
export function writeChunks<R>(path: string | undefined, chunks: Generator<string, R>): R {
  if (path === undefined) return drain(chunks, (text) => writeAllSync(1, text));
  const temporary = temporaryPath(path);
  const fd = openSync(temporary, 'w', 0o644);
  let result: R;
  try {
    result = drain(chunks, (text) => writeAllSync(fd, text));
    fsyncSync(fd);
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, path);
  return result;
}

function drain<R>(chunks: Generator<string, R>, write: (text: string) => void): R {
  for (let step = chunks.next(); ; step = chunks.next()) {
    if (step.done) return step.value;
    write(step.value);
  }
}

// Reused for every chunk that fits (UTF-8 needs at most 3 bytes per UTF-16 unit): no buffer per chunk.
const WRITE_BUFFER_BYTES = 4 << 20;
let writeBuffer: Buffer | undefined;

function encode(text: string): Buffer {
  if (text.length * 3 > WRITE_BUFFER_BYTES) return Buffer.from(text, 'utf8');
  writeBuffer ??= Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  return writeBuffer.subarray(0, writeBuffer.write(text, 0, 'utf8'));
}

function writeAllSync(fd: number, text: string): void {
  const bytes = encode(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      // A non-blocking stdout (a pipe) may be momentarily full; try again.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
