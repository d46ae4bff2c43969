/**
 * Reading and writing `NAME.bitext.json`. Loading validates everything (JSON syntax, format and
 * version, the zod schema, the bead invariants) and names the JSON path of the first problem; a file
 * that did not load is never written over. Saving is atomic and keeps the previous file as `.bak`.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { checkProject } from '../core/project/invariants.js';
import { diffProjects } from '../core/project/patch.js';
import { previewProjectBytes } from '../core/project/preview-bytes.js';
import type { PreviewRequest, ProjectPreview } from '../core/project/preview.js';
import { PROJECT_FORMAT, PROJECT_VERSION, parseProject } from '../core/project/schema.js';
import { serializeProjectPieces } from '../core/project/serialize.js';
import type { Project } from '../core/types.js';
import type { AtomicWriteHooks } from './atomic-write.js';
import { writeFileAtomic } from './atomic-write.js';
import type { AfterAppend } from './project-journal.js';
import { appendJournal, baseFingerprint, dropJournal, journalPath, replayJournal } from './project-journal.js';
import { decodeText, readInputBytes } from './read-text.js';

import { acquireLock as acquireFileLock } from './project-lock.js';

export { lockPath } from './project-lock.js';
export { journalPath } from './project-journal.js';

/** The file name suffix of projects. */
export const PROJECT_EXTENSION = '.bitext.json';

/** Identity of each file this process loaded or saved, to notice a file changed behind our back. */
const knownFiles = new Map<string, string>();

/** What this process last loaded or saved per file, so the next save can append only the change. */
interface SavedState {
  /** The state of the file itself (without the journal), as the journal header names it. */
  base: string;
  baseBytes: number;
  /** The project as file + journal hold it now. */
  project: Project;
  journalBytes: number;
}
const savedStates = new Map<string, SavedState>();

/** Projects this process holds the write lock of: only a lock holder's saves go to the journal. */
const heldLocks = new Set<string>();

/** A journal is folded into the file once it reaches this share of the file's size (or this floor). */
const COMPACT_RATIO = 0.25;
const COMPACT_FLOOR_BYTES = 4 << 20;

function identity(path: string): string | null {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * A load failure. The i18next `context` picks the hint that fits: restoring `NAME.bak` only when
 * there is one, asking whether the file is a project at all when its name says it is not one.
 */
function corrupt(code: string, path: string, params: Record<string, string | number> = {}): UserError {
  const context = existsSync(`${path}.bak`) ? 'backup' : path.endsWith(PROJECT_EXTENSION) ? 'nobackup' : 'foreign';
  return new UserError(code, { path, ...params, context }, EXIT.dataError);
}

/**
 * Projects are files: the journal, the lock and the `.bak` live beside them, and standard input
 * can hold none of these, so `-` is refused as a usage error rather than read as a file named "-".
 * @throws UserError `project-stdin` (exit 2)
 */
function refuseStdin(path: string): void {
  if (path === '-') throw new UserError('project-stdin', {}, EXIT.usage);
}

/**
 * The file's text. Strict UTF-8 like `decodeText` (which reports where invalid bytes are), but
 * without its line-end normalisation, which JSON does not need (a CR is whitespace between tokens
 * and must be escaped inside strings): one pass less over a 25 MB file.
 */
function decodeJson(bytes: Uint8Array, path: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buffer)) return decodeText(bytes, path);
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

/** The file's bytes; a missing file gets the hint for projects (the generic one offers `-`, refused here). */
function readProjectBytes(path: string): Uint8Array {
  try {
    return readInputBytes(path);
  } catch (error) {
    if (error instanceof UserError && error.code === 'file-not-found') throw new UserError(error.code, { ...error.params, context: 'project' }, error.exitCode);
    throw error;
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
 * @throws UserError `project-stdin` (exit 2) for `-`; exit 3 (`project-empty`, `project-not-json`, `project-not-a-project`, `project-newer-version`,
 * `project-invalid-field`, invariant codes) with `where` naming the JSON path; file errors as readText
 */
export function loadProject(path: string): Project {
  return openProject(path).finish();
}

/** A project file read and parsed, whose detailed check is still to come (see `openProject`). */
export interface OpenedProject {
  /** The parsed file: a project if `finish` says so. Only its top-level shape has been checked. */
  project: Project;
  /**
   * Checks everything `loadProject` checks (the schema, the invariants) and replays the journal;
   * returns the project as `loadProject` would, or throws its errors. Until it has returned, the file
   * cannot be saved over (`saveProject` refuses a file it does not know).
   */
  finish: () => Project;
}

/** Whether `data` has the top-level shape of a project: what a screen needs before the detailed check. */
function hasProjectShape(data: object): boolean {
  const record = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const isDocument = (value: unknown) => record(value) && typeof value['lang'] === 'string' && Array.isArray(value['segments']);
  const { meta, source, targets, revisions } = data as Record<string, unknown>;
  return record(meta) && isDocument(source) && Array.isArray(revisions) && Array.isArray(targets) && targets.every((target) => record(target) && isDocument(target['document']) && Array.isArray(target['beads']));
}

/**
 * Reads and parses a project, leaving the detailed check (zod schema, bead invariants: a tenth of
 * a second on a 50,000-pair file) to `finish`. A file with a journal (a session that crashed) is
 * checked at once: the journal can only be replayed onto a valid project.
 * @throws UserError as `loadProject` for what it checks now (file, JSON, format, version, shape)
 */
export function openProject(path: string): OpenedProject {
  refuseStdin(path);
  const before = identity(path);
  return parseProjectBytes(path, readProjectBytes(path), before);
}

/** A project file read but not parsed yet (see `readProjectFile`). */
export interface ReadProjectFile {
  /**
   * What the review screen's first frame shows, read without parsing the file; absent when the
   * file is not laid out as bitext writes it, is not UTF-8, or has a journal to replay first.
   */
  preview?: ProjectPreview;
  /** Parses the bytes read, as `openProject` does (and throws what it throws). */
  open: () => OpenedProject;
}

/**
 * Reads a project file for the review screen, whose first frame can be drawn from a preview of the
 * bytes (core/project/preview-bytes.ts) while the whole file is parsed after it.
 * @throws UserError for a file that cannot be read (missing, a folder, unreadable, `-`)
 */
export function readProjectFile(path: string, request: PreviewRequest): ReadProjectFile {
  refuseStdin(path);
  const before = identity(path);
  const bytes = readProjectBytes(path);
  const open = () => parseProjectBytes(path, bytes, before);
  const isPlain = isUtf8(bytes) && !existsSync(journalPath(path));
  const preview = isPlain ? previewProjectBytes(bytes, request) : undefined;
  return preview ? { preview, open } : { open };
}

function parseProjectBytes(path: string, bytes: Uint8Array, before: string | null): OpenedProject {
  const text = decodeJson(bytes, path);
  if (text.trim() === '') throw corrupt('project-empty', path);
  const data = parseJson(text, path);
  checkHeader(data, path);
  let finished: Project | undefined;
  const finish = (): Project => {
    finished ??= checkLoaded(path, data, bytes.length, before);
    return finished;
  };
  if (!hasProjectShape(data as object) || existsSync(journalPath(path))) finish();
  return { project: finished ?? (data as Project), finish };
}

/** The detailed check of a parsed file and the replay of its journal; remembers the file for saving. */
function checkLoaded(path: string, data: unknown, fileBytes: number, before: string | null): Project {
  const parsed = parseProject(data);
  if ('problem' in parsed) throw corrupt(parsed.problem.code, path, { where: parsed.problem.path, ...parsed.problem.params });
  const fromFile = parsed.project;
  const fileProblem = checkProject(fromFile);
  if (fileProblem) throw corrupt(fileProblem.code, path, { where: fileProblem.path, ...fileProblem.params });
  const base = baseFingerprint(fromFile, fileBytes);
  const replayed = replayJournal(path, fromFile, base);
  const problem = replayed.project === fromFile ? null : checkProject(replayed.project);
  if (problem) throw corrupt('project-journal-mismatch', path, { journal: `${path}.journal`, entry: problem.path });
  if (before) knownFiles.set(resolve(path), before);
  savedStates.set(resolve(path), { base, baseBytes: fileBytes, project: replayed.project, journalBytes: replayed.bytes });
  return replayed.project;
}

/** Options of `saveProject`. */
export interface SaveOptions {
  /** Write even over a file this process did not load or save (e.g. `--force`). @default false */
  overwrite?: boolean;
  /** Keep the previous file as `<path>.bak`. @default true */
  backup?: boolean;
  /**
   * Rewrite the whole file now instead of appending the change to the journal (on quit, or when
   * another program is to read the file). @default false: append when this process saved or loaded
   * the file before, and the journal is still small
   */
  full?: boolean;
  /** Crash simulation points for tests. */
  hooks?: AtomicWriteHooks & { afterJournalAppend?: AfterAppend };
}

/** Whether `next` can be recorded as a patch of `saved`: same documents, only reducer-made changes. */
function isPatchable(saved: Project, next: Project): boolean {
  if (saved.targets.length !== next.targets.length || saved.source.lang !== next.source.lang || saved.source.file !== next.source.file) return false;
  return saved.targets.every((target, i) => target.document.lang === next.targets[i]!.document.lang && target.document.file === next.targets[i]!.document.file);
}

/** Appends the change since the last save to the journal; false when a full save is due instead. */
function appendChange(path: string, state: SavedState, project: Project, options: SaveOptions): boolean {
  if (options.full || !isPatchable(state.project, project)) return false;
  const patch = diffProjects(state.project, project);
  const journalBytes = appendJournal(path, state.base, patch, state.journalBytes, options.hooks?.afterJournalAppend);
  state.project = project;
  state.journalBytes = journalBytes;
  return true;
}

/**
 * Saves a project so that a crash at any moment leaves the old or the new state. In a session (this
 * process holds the lock and loaded or saved the file before) the change is appended to the journal:
 * fast enough to autosave after every edit. Otherwise, with `full`, or once the journal is large,
 * the file is rewritten atomically (temporary file, fsync, rename), the previous file kept as `.bak`,
 * and the journal dropped. Releasing the lock folds the journal into the file.
 * Refuses to replace a file that this process did not load or save, or that changed on disk since:
 * a file that failed to load, or someone else's edit, is never silently overwritten.
 * @throws UserError `project-file-exists` / `project-changed-on-disk`
 */
export function saveProject(path: string, project: Project, options: SaveOptions = {}): void {
  refuseStdin(path);
  const key = resolve(path);
  const current = identity(path);
  if (current !== null && !options.overwrite) {
    const known = knownFiles.get(key);
    if (known === undefined) throw new UserError('project-file-exists', { path });
    if (known !== current) throw new UserError('project-changed-on-disk', { path });
  }
  const state = savedStates.get(key);
  if (state && heldLocks.has(key) && current !== null && knownFiles.get(key) === current) {
    const isSmall = state.journalBytes < Math.max(COMPACT_FLOOR_BYTES, state.baseBytes * COMPACT_RATIO);
    if (isSmall && appendChange(path, state, project, options)) return;
  }
  // Saving exactly the file's state again (everything undone): a journal left by a crash after the
  // rename would look current, so drop it before the rename; the file already holds this state.
  const onWritten = (bytes: number) => {
    if (state && baseFingerprint(project, bytes) === state.base) dropJournal(path);
  };
  const saveOptions = { onWritten, ...(options.backup !== undefined && { backup: options.backup }), ...(options.hooks && { hooks: options.hooks }) };
  const baseBytes = writeFileAtomic(path, serializeProjectPieces(project), saveOptions);
  // The file now holds everything: the journal, if any, is stale from here on (its header says so).
  dropJournal(path);
  savedStates.set(key, { base: baseFingerprint(project, baseBytes), baseBytes, project, journalBytes: 0 });
  const saved = identity(path);
  if (saved) knownFiles.set(key, saved);
}

/**
 * Takes the write lock of a project (see project-lock.ts) for a session. Saves then go to the journal;
 * the returned release folds the journal into the file with a full save, then frees the lock.
 * @throws UserError `project-locked` when another live process holds it
 */
export function acquireLock(path: string): () => void {
  refuseStdin(path);
  const release = acquireFileLock(path);
  const key = resolve(path);
  heldLocks.add(key);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    const state = savedStates.get(key);
    try {
      if (state && state.journalBytes > 0) saveProject(path, state.project, { full: true });
    } catch {
      // The journal still holds every change and is replayed by the next load: nothing is lost.
    } finally {
      heldLocks.delete(key);
      release();
    }
  };
}
