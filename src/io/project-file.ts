/**
 * Reading and writing `NAME.bitext.json`. Loading validates everything (JSON syntax, format and
 * version, the zod schema, the bead invariants) and names the JSON path of the first problem; a file
 * that did not load is never written over. Saving is atomic and keeps the previous file as `.bak`.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { checkProject } from '../core/project/invariants.js';
import { PROJECT_FORMAT, PROJECT_VERSION, parseProject } from '../core/project/schema.js';
import { serializeProject } from '../core/project/serialize.js';
import type { Project } from '../core/types.js';
import type { AtomicWriteHooks } from './atomic-write.js';
import { writeFileAtomic } from './atomic-write.js';
import { decodeText, readInputBytes } from './read-text.js';

export { acquireLock, lockPath } from './project-lock.js';

/** The file name suffix of projects. */
export const PROJECT_EXTENSION = '.bitext.json';

/** Identity of each file this process loaded or saved, to notice a file changed behind our back. */
const knownFiles = new Map<string, string>();

function identity(path: string): string | null {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function corrupt(code: string, path: string, params: Record<string, string | number> = {}): UserError {
  return new UserError(code, { path, ...params }, EXIT.dataError);
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(detail)?.[1] ?? NaN);
    const before = Number.isNaN(position) ? text : text.slice(0, position);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw corrupt('project-not-json', path, { line, column });
  }
}

/** Refuses anything but a bitext project this version can read, before the detailed schema check. */
function checkHeader(data: unknown, path: string): void {
  const header = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (header['format'] !== PROJECT_FORMAT) throw corrupt('project-not-a-project', path);
  const version = header['version'];
  if (typeof version === 'number' && version > PROJECT_VERSION) {
    throw corrupt('project-newer-version', path, { version, supported: PROJECT_VERSION });
  }
}

/**
 * Loads and validates a project.
 * @throws UserError exit 3 (`project-not-json`, `project-not-a-project`, `project-newer-version`,
 * `project-invalid-field`, invariant codes) with `where` naming the JSON path; file errors as readText
 */
export function loadProject(path: string): Project {
  const before = identity(path);
  const data = parseJson(decodeText(readInputBytes(path), path), path);
  checkHeader(data, path);
  const parsed = parseProject(data);
  if ('problem' in parsed) throw corrupt(parsed.problem.code, path, { where: parsed.problem.path, ...parsed.problem.params });
  const problem = checkProject(parsed.project);
  if (problem) throw corrupt(problem.code, path, { where: problem.path, ...problem.params });
  if (before) knownFiles.set(resolve(path), before);
  return parsed.project;
}

/** Options of `saveProject`. */
export interface SaveOptions {
  /** Write even over a file this process did not load or save (e.g. `--force`). @default false */
  overwrite?: boolean;
  /** Keep the previous file as `<path>.bak`. @default true */
  backup?: boolean;
  /** Crash simulation points for tests. */
  hooks?: AtomicWriteHooks;
}

/**
 * Saves a project atomically (temporary file, fsync, rename), keeping the previous file as `.bak`.
 * Refuses to replace a file that this process did not load or save, or that changed on disk since:
 * a file that failed to load, or someone else's edit, is never silently overwritten.
 * @throws UserError `project-file-exists` / `project-changed-on-disk`
 */
export function saveProject(path: string, project: Project, options: SaveOptions = {}): void {
  const key = resolve(path);
  const current = identity(path);
  if (current !== null && !options.overwrite) {
    const known = knownFiles.get(key);
    if (known === undefined) throw new UserError('project-file-exists', { path });
    if (known !== current) throw new UserError('project-changed-on-disk', { path });
  }
  const saveOptions = { ...(options.backup !== undefined && { backup: options.backup }), ...(options.hooks && { hooks: options.hooks }) };
  writeFileAtomic(path, serializeProject(project), saveOptions);
  const saved = identity(path);
  if (saved) knownFiles.set(key, saved);
}
