/**
 * One writer per project: `NAME.bitext.json.lock` holds the writer's PID and host. A second process
 * is refused with "already open by PID"; a lock left by a process that no longer runs (a crash, a
 * killed terminal) on this host is stale and taken over.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { UserError } from '../core/errors.js';

/** What a lock file says about its owner. */
export interface LockOwner {
  pid: number;
  host: string;
  /** ISO 8601 time the lock was taken. */
  since: string;
}

/** The lock file of a project. */
export function lockPath(projectPath: string): string {
  return `${projectPath}.lock`;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') } : null;
  } catch {
    return null;
  }
}

/** Whether a process runs on this machine; EPERM means it runs as another user. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  writeSync(fd, `${JSON.stringify(owner)}\n`);
  closeSync(fd);
  return true;
}

/**
 * Removes a stale lock. It is first renamed to a private name, so that if another process replaced
 * it meanwhile we notice (the owner differs) and put theirs back instead of deleting it.
 */
function removeStale(path: string, stale: LockOwner | null): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  if (stale && moved && (moved.pid !== stale.pid || moved.since !== stale.since)) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone else holds a new lock already; ours to report below.
    }
  }
  rmSync(aside, { force: true });
}

/** Grace time for a lock being written right now by another process. */
const UNREADABLE_LOCK_GRACE_MS = 2000;

/** An unreadable lock is stale once old enough: its writer died between creating and writing it. */
function isAbandoned(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > UNREADABLE_LOCK_GRACE_MS;
  } catch {
    return true;
  }
}

/**
 * Takes the write lock of a project and returns the function that releases it (idempotent).
 * @throws UserError `project-locked` when another live process (or another host) holds it
 */
export function acquireLock(projectPath: string): () => void {
  const path = lockPath(projectPath);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path)) return releaser(path);
    const owner = readOwner(path);
    const isHere = owner?.host === hostname();
    const isStale = owner === null ? isAbandoned(path) : isHere && owner.pid !== process.pid && !isProcessAlive(owner.pid);
    if (!isStale && owner) throw new UserError('project-locked', { path: projectPath, pid: owner.pid, host: owner.host, lock: path });
    if (isStale) removeStale(path, owner);
  }
  const owner = readOwner(path);
  throw new UserError('project-locked', { path: projectPath, pid: owner?.pid ?? '?', host: owner?.host ?? '?', lock: path });
}

function releaser(path: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const owner = readOwner(path);
    if (owner?.pid === process.pid && owner.host === hostname()) rmSync(path, { force: true });
  };
}
