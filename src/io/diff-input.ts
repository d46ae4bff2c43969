/**
 * The inputs of `bitext diff`: what kind each file is, told from its content (a project is JSON
 * saying `"format": "bitext-project"`, a TMX file is XML with a `<tmx` root), then loaded as such.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { loadProject } from './project-file.js';
import { readText } from './read-text.js';
import { checkInputFile, readTmxFile } from './tmx-file.js';
import type { Project } from '../core/types.js';

/** What a diff input is. */
export type InputKind = 'text' | 'project' | 'tmx';

const SNIFF_BYTES = 4096;

function readHead(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') throw new UserError('file-not-readable', { path });
    throw error;
  }
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const length = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Decodes the head of a file well enough to recognise it: UTF-16 by its BOM, else UTF-8 (lossy). */
function headText(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  // UTF-16 without a BOM still starts with `<` next to a zero byte.
  if (head[0] === 0x3c && head[1] === 0) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0 && head[1] === 0x3c) return new TextDecoder('utf-16be').decode(head);
  return new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
}

/** Tells a project, a TMX file and a plain text apart by their first few kilobytes. */
export function classifyHead(text: string): InputKind {
  const start = text.trimStart();
  if (start.startsWith('{') && /"format"\s*:\s*"bitext-project"/.test(start)) return 'project';
  if (start.startsWith('<') && /<tmx[\s>]/.test(start)) return 'tmx';
  return 'text';
}

/**
 * The kind of the file at `path` (`-`, standard input, is always a text).
 * @throws UserError file-not-found, file-is-directory, file-not-readable
 */
export function detectInputKind(path: string): InputKind {
  if (path === '-') return 'text';
  checkInputFile(path);
  return classifyHead(headText(readHead(path)));
}

/** Loads a project or a TMX file as a project. */
export async function loadBitext(path: string, kind: 'project' | 'tmx'): Promise<Project> {
  return kind === 'project' ? loadProject(path) : readTmxFile(path);
}

export { readText };
