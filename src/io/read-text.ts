/**
 * Reading text input the way translators' files arrive: UTF-8 with or without a BOM, CRLF or CR
 * line ends, `-` for standard input. Invalid UTF-8 is refused with the byte offset, never guessed.
 */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';

/** Reads a whole file (or stdin for `-`) as raw bytes, with clear errors for the usual mistakes. */
export function readInputBytes(path: string): Uint8Array {
  if (path === '-') return readFileSync(0);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('file-not-found', { path });
    if (code === 'EACCES') throw new UserError('file-not-readable', { path });
    throw error;
  }
  if (isDirectory) throw new UserError('file-is-directory', { path });
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') throw new UserError('file-not-readable', { path });
    throw error;
  }
}

/** Byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 when it is all valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes UTF-8 strictly, strips a BOM and normalises CRLF and CR to LF.
 * @param name how to name the input in an error (a path, or "stdin")
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (startsWithUtf16Bom(bytes)) throw new UserError('utf16-text', { path: name }, EXIT.dataError);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError('invalid-utf8', { path: name, offset: findInvalidUtf8(bytes) }, EXIT.dataError);
  }
  // A NUL never occurs in text; it does in images, archives, Word files and UTF-16 without a BOM,
  // which are all valid UTF-8 often enough to slip through the decoder above.
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new UserError('binary-file', { path: name, offset: nul }, EXIT.dataError);
  return text.replace(/\r\n?/g, '\n');
}

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  const [first, second] = [bytes[0], bytes[1]];
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

/** Reads a text file (or `-` for stdin) as a normalised string. */
export function readText(path: string): string {
  return decodeText(readInputBytes(path), path === '-' ? 'stdin' : path);
}
