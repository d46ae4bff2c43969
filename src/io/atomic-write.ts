/**
 * Writing a file so that a crash at any moment leaves either the old or the new content on disk,
 * never a mix: write a temporary file in the same folder, fsync it, keep the old file as `.bak`,
 * rename the temporary file over the old one, fsync the folder.
 */
import { closeSync, copyFileSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Points in a save where tests can simulate a crash. Not for production use. */
export interface AtomicWriteHooks {
  /** After each chunk written to the temporary file, with the bytes written so far. */
  afterChunk?: (written: number) => void;
  /** After the temporary file is complete and synced, before anything is renamed. */
  beforeRename?: () => void;
}

/** Options of `writeFileAtomic`. */
export interface AtomicWriteOptions {
  /** Keep the previous file as `<path>.bak`. @default true */
  backup?: boolean;
  /** Told the new file's size once it is written and synced, before it replaces the old one. */
  onWritten?: (bytes: number) => void;
  hooks?: AtomicWriteHooks;
}

const CHUNK_BYTES = 1 << 20;

/** The temporary file a save writes first; unique per process so two writers never share it. */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files that processes killed in the middle of a save left next to `path`. */
export function removeStaleTemporaries(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^(\d+)\.tmp(\.bak)?$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && Number(pid) !== process.pid && !isAlive(Number(pid))) rmSync(join(dirname(path), name), { force: true });
  }
}

function writeBuffer(fd: number, bytes: Buffer, written: number, hooks: AtomicWriteHooks | undefined): number {
  let done = 0;
  while (done < bytes.length) {
    done += writeSync(fd, bytes, done, Math.min(CHUNK_BYTES, bytes.length - done));
    hooks?.afterChunk?.(written + done);
  }
  return written + done;
}

/**
 * Writes the text, encoding about CHUNK_BYTES at a time when it comes in pieces: a text given in
 * pieces is never joined into one string nor copied into one buffer.
 * @returns the number of bytes written
 */
function writeAll(fd: number, content: string | Iterable<string>, hooks: AtomicWriteHooks | undefined): number {
  if (typeof content === 'string') return writeBuffer(fd, Buffer.from(content, 'utf8'), 0, hooks);
  let written = 0;
  let pending = '';
  for (const piece of content) {
    pending += piece;
    // UTF-8 takes at least one byte per UTF-16 unit, so this is at least CHUNK_BYTES of output.
    if (pending.length >= CHUNK_BYTES) {
      written = writeBuffer(fd, Buffer.from(pending, 'utf8'), written, hooks);
      pending = '';
    }
  }
  return pending === '' ? written : writeBuffer(fd, Buffer.from(pending, 'utf8'), written, hooks);
}

/** Makes `<path>.bak` the current file, without ever leaving `path` missing. */
function keepBackup(path: string): void {
  const backup = `${path}.bak`;
  const staging = `${temporaryPath(path)}.bak`;
  rmSync(staging, { force: true });
  try {
    linkSync(path, staging);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    // Some filesystems (FAT, some network shares) have no hard links: copy instead.
    copyFileSync(path, staging);
  }
  renameSync(staging, backup);
}

function syncFolder(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dirname(path), 'r');
    fsyncSync(fd);
  } catch {
    // Folders cannot be opened for syncing on Windows; the rename itself is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Replaces `path` with `content` (a text, or a text in pieces) atomically (see the module comment).
 * @returns the size of the new file in bytes
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>, options: AtomicWriteOptions = {}): number {
  removeStaleTemporaries(path);
  const temporary = temporaryPath(path);
  const fd = openSync(temporary, 'w', 0o644);
  let bytes: number;
  try {
    bytes = writeAll(fd, content, options.hooks);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    options.onWritten?.(bytes);
    options.hooks?.beforeRename?.();
    if (options.backup ?? true) keepBackup(path);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path);
  return bytes;
}
