/**
 * Cheap autosave: instead of rewriting a 50,000-bead file after every keypress, each save appends
 * what changed (a `ProjectPatch`, one JSON line, fsynced) to `NAME.bitext.json.journal`. Loading
 * replays the journal over the file; a full save (compaction) rewrites the file atomically and drops
 * the journal. The journal names the file state it applies to, so a journal left behind by a crash
 * after a compaction is recognised as stale and never applied twice. A crash in the middle of an
 * append leaves a torn last line, which is ignored: the project is then the state before that save.
 */
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { applyPatch, patchFits } from '../core/project/patch.js';
import type { ProjectPatch } from '../core/project/patch.js';
import { parsePatch } from '../core/project/schema.js';
import type { Project } from '../core/types.js';

/** The journal file of a project. */
export function journalPath(projectPath: string): string {
  return `${projectPath}.journal`;
}

/** Identifies the file state a journal applies to: revision count, change time and size of the file. */
export function baseFingerprint(project: Project, fileBytes: number): string {
  return `${project.revisions.length}|${project.meta.changed}|${fileBytes}`;
}

interface JournalHeader {
  format: 'bitext-journal';
  version: 1;
  base: string;
}

/** Test hook: called after an entry's bytes are written, before they are synced. */
export type AfterAppend = () => void;

/**
 * Appends one patch after the first `validBytes` bytes of the journal (cutting off a line torn by an
 * earlier crash); with `validBytes` 0 it starts a new journal, replacing any stale one.
 * @returns the journal's valid size after the append
 */
export function appendJournal(projectPath: string, base: string, patch: ProjectPatch, validBytes: number, afterAppend?: AfterAppend): number {
  const path = journalPath(projectPath);
  const header: JournalHeader = { format: 'bitext-journal', version: 1, base };
  const isNew = validBytes === 0;
  const text = `${isNew ? `${JSON.stringify(header)}\n` : ''}${JSON.stringify(patch)}\n`;
  if (!isNew && statSync(path).size !== validBytes) truncateSync(path, validBytes);
  const fd = openSync(path, isNew ? 'w' : 'a');
  try {
    writeSync(fd, text);
    afterAppend?.();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return validBytes + Buffer.byteLength(text);
}

/** Deletes the journal (after a compaction has written everything into the file). */
export function dropJournal(projectPath: string): void {
  rmSync(journalPath(projectPath), { force: true });
}

function readJournal(projectPath: string): string[] | null {
  try {
    return readFileSync(journalPath(projectPath), 'utf8').split('\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * Replays the journal of `projectPath` over the project loaded from its file.
 * @returns the project and the journal's size in bytes (0 when there is none or it is stale)
 * @throws UserError `project-journal-mismatch` (exit 3) when an entry does not fit the project
 */
export function replayJournal(projectPath: string, project: Project, base: string): { project: Project; bytes: number } {
  const lines = readJournal(projectPath);
  if (!lines) return { project, bytes: 0 };
  const header = parseLine(lines[0] ?? '') as Partial<JournalHeader> | undefined;
  if (header?.format !== 'bitext-journal' || header.base !== base) return { project, bytes: 0 };
  let current = project;
  let bytes = Buffer.byteLength(`${lines[0]}\n`);
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    const patch = parsePatch(parseLine(line));
    // Only the last line can be torn (a crash during its append): that save did not happen.
    if (!patch) {
      if (lines.slice(n + 1).some((rest) => rest.trim() !== '')) {
        throw new UserError('project-journal-mismatch', { path: projectPath, journal: journalPath(projectPath), entry: n }, EXIT.dataError);
      }
      break;
    }
    if (!patchFits(current, patch)) {
      throw new UserError('project-journal-mismatch', { path: projectPath, journal: journalPath(projectPath), entry: n }, EXIT.dataError);
    }
    current = applyPatch(current, patch, true);
    bytes += Buffer.byteLength(`${line}\n`);
  }
  return { project: current, bytes };
}
