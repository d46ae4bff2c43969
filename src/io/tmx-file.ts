/**
 * Reading a TMX file the way other tools write them: UTF-8 with or without a BOM, UTF-16 LE or BE (with
 * a BOM, or detected from `<?xml` itself), or a legacy encoding named in the XML declaration
 * (`ISO-8859-1`, `windows-1252`). The file is read in 1 MiB chunks into one reused buffer, decoded
 * incrementally in 32 KiB pieces and pushed into the streaming core reader, so memory holds the project
 * being built, never the whole file.
 */
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { TextDecoder } from 'node:util';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { TmxReader } from '../core/formats/tmx-reader.js';
import type { TmxImportResult } from '../core/formats/tmx-reader.js';
import type { TmxImportOptions } from '../core/formats/tmx-project-builder.js';
import type { Project } from '../core/types.js';
import { findInvalidUtf8 } from './read-text.js';

/** Bytes per read from the file. */
const READ_BYTES = 1 << 20;
/**
 * Bytes decoded into one string. Kept small on purpose: V8 puts a string above 128 KiB (64 K UTF-16
 * units) in its large-object space, where every one counts toward the next full garbage collection,
 * and a full collection walks the whole project built so far. With 1 MiB strings a 1,000,000-unit
 * import spent most of its time re-marking the project; with 32 KiB pieces each string dies young.
 */
const DECODE_BYTES = 1 << 15;

/** Options of `readTmxFile`: as the core's, with the file name and times filled in for you. */
export type TmxFileOptions = Partial<TmxImportOptions>;

/** Refuses a missing file, a folder or an unreadable file with the same errors as every input. */
export function checkInputFile(path: string): void {
  try {
    if (statSync(path).isDirectory()) throw new UserError('file-is-directory', { path });
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('file-not-found', { path });
    if (code === 'EACCES') throw new UserError('file-not-readable', { path });
    throw error;
  }
}

/** The encoding of an XML file from its first bytes: BOM, UTF-16 `<?`, else the declaration, else UTF-8. */
export function sniffXmlEncoding(head: Uint8Array): { encoding: string; bomBytes: number } {
  const [a, b, c] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  if (a === 0x3c && b === 0x00) return { encoding: 'utf-16le', bomBytes: 0 };
  if (a === 0x00 && b === 0x3c) return { encoding: 'utf-16be', bomBytes: 0 };
  const declaration = new TextDecoder('latin1').decode(head.subarray(0, 200));
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(declaration)?.[1]?.toLowerCase();
  // A declaration saying UTF-16 in a file without UTF-16 bytes is a common lie; the bytes win.
  if (!declared || declared.startsWith('utf-16') || declared === 'utf8') return { encoding: 'utf-8', bomBytes: 0 };
  return { encoding: declared, bomBytes: 0 };
}

function decoderFor(encoding: string, path: string): TextDecoder {
  try {
    // ignoreBOM: the BOM was already skipped, and a second one would be content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new UserError('tmx-unknown-encoding', { path, encoding }, EXIT.dataError);
  }
}

function defaultOptions(path: string, options: TmxFileOptions): TmxImportOptions {
  return {
    ...options,
    fileName: options.fileName ?? basename(path),
    toolVersion: options.toolVersion ?? '',
    importedAt: options.importedAt ?? new Date().toISOString(),
  };
}

/**
 * Imports a TMX file as a project, with a report of what was read and skipped.
 * @throws UserError file errors, `invalid-utf8`, `tmx-unknown-encoding`, `tmx-invalid-xml`, `tmx-not-tmx`, `tmx-no-pairs`
 */
export async function importTmxFile(path: string, options: TmxFileOptions = {}): Promise<TmxImportResult> {
  checkInputFile(path);
  const full = defaultOptions(path, options);
  try {
    return await readPass(path, full, false);
  } catch (error) {
    // The fast pass does not count lines; a second pass finds where the file is broken.
    if (error instanceof UserError && error.code === 'tmx-invalid-xml') return readPass(path, full, true);
    throw error;
  }
}

async function readPass(path: string, options: TmxImportOptions, trackPosition: boolean): Promise<TmxImportResult> {
  const reader = new TmxReader(options, trackPosition);
  const file = await open(path, 'r');
  try {
    // One buffer for the whole file: a fresh one per read would be as much external memory as the file.
    const buffer = new Uint8Array(READ_BYTES);
    let decoder: TextDecoder | undefined;
    let encoding = 'utf-8';
    let offset = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, READ_BYTES, null);
      if (bytesRead === 0) break;
      let start = 0;
      if (!decoder) {
        const sniffed = sniffXmlEncoding(buffer.subarray(0, bytesRead));
        encoding = sniffed.encoding;
        decoder = decoderFor(encoding, path);
        start = sniffed.bomBytes;
      }
      for (let at = start; at < bytesRead; at += DECODE_BYTES) {
        const piece = buffer.subarray(at, Math.min(at + DECODE_BYTES, bytesRead));
        reader.write(decode(decoder, piece, { stream: true }, path, encoding, offset + at));
      }
      offset += bytesRead;
    }
    if (decoder) reader.write(decode(decoder, new Uint8Array(0), { stream: false }, path, encoding, offset));
  } finally {
    await file.close();
  }
  return reader.finish();
}

function decode(decoder: TextDecoder, bytes: Uint8Array, options: { stream: boolean }, path: string, encoding: string, offset: number): string {
  try {
    return decoder.decode(bytes, options);
  } catch {
    if (encoding === 'utf-8') throw new UserError('invalid-utf8', { path, offset: offset + Math.max(0, findInvalidUtf8(bytes)) }, EXIT.dataError);
    throw new UserError('tmx-bad-encoding', { path, encoding }, EXIT.dataError);
  }
}

/** Reads a TMX file as a project (for `diff` and library users); see `importTmxFile` for the report. */
export async function readTmxFile(path: string, options: TmxFileOptions = {}): Promise<Project> {
  return (await importTmxFile(path, options)).project;
}
