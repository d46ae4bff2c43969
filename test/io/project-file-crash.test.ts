/**
 * The crash tests: a child process saving a project is killed with SIGKILL at chosen points of a
 * save (and at random moments of an autosave loop); the project on disk must then load as the old or
 * the new state, never as a broken file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Project } from '../../src/core/types.js';
import { acquireLock, loadProject, saveProject } from '../../src/io/project-file.js';
import { repeatedGoldProject } from '../core/project/gold-project.js';

const CHILD = fileURLToPath(new URL('./project-save-child.ts', import.meta.url));
const folder = () => mkdtempSync(join(tmpdir(), 'bitext-crash-'));

/** Saves `old`, lets a child save a changed project and kill itself at `mode`; returns what is on disk. */
function crashDuringSave(mode: 'before-rename' | 'mid-write' | 'mid-append', copies = 5): { path: string; old: Project } {
  const path = join(folder(), 'big.bitext.json');
  const old = repeatedGoldProject(copies, ['zh-CN', 'fr']);
  saveProject(path, old);
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path, mode], { encoding: 'utf8' });
  assert.equal(child.signal, 'SIGKILL', child.stderr);
  assert.equal(child.stdout, '');
  return { path, old };
}

test('crash between write and rename: the project on disk is the old state, intact', () => {
  const { path, old } = crashDuringSave('before-rename');
  assert.deepEqual(loadProject(path), old);
  assert.equal(readdirSync(dirname(path)).filter((name) => name.endsWith('.tmp')).length, 1, 'the killed save left its temporary file');
  // The lock of the killed process is stale now: the next session opens the project and saves.
  const release = acquireLock(path);
  saveProject(path, old, { full: true });
  release();
  assert.deepEqual(readdirSync(dirname(path)).sort(), ['big.bitext.json', 'big.bitext.json.bak'], 'no temporary file or lock is left');
});

test('crash in the middle of writing: the project on disk is the old state, intact', () => {
  const { path, old } = crashDuringSave('mid-write', 60);
  assert.ok(readFileSync(path).length > 1 << 20, 'the file is larger than one write chunk');
  assert.deepEqual(loadProject(path), old);
});

test('crash during a journal append: the project loads as the old or the new state', () => {
  const { path, old } = crashDuringSave('mid-append');
  const loaded = loadProject(path);
  const isNew = loaded.revisions.length === 1 && loaded.revisions[0]!.note === 'autosave 1';
  assert.ok(isNew || JSON.stringify(loaded) === JSON.stringify(old));
  assert.equal(loaded.targets[0]!.beads.length, old.targets[0]!.beads.length);
});

test('killing an autosaving process at random moments always leaves a loadable old or new state', async () => {
  const path = join(folder(), 'big.bitext.json');
  const start = repeatedGoldProject(10, ['zh-CN']);
  saveProject(path, start);
  for (const delay of [50, 250]) {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, 'loop'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const project = loadProject(path);
    const saves = project.revisions.length;
    // Every autosave n adds the note "autosave n": the file is exactly some save, never a mix.
    assert.deepEqual(project.revisions.map((r) => r.note), Array.from({ length: saves }, (_, i) => `autosave ${i + 1}`));
    assert.equal(project.targets[0]!.document.segments.length, start.targets[0]!.document.segments.length);
  }
  assert.ok(loadProject(path).revisions.length > 0, 'the children did save before being killed');
});
