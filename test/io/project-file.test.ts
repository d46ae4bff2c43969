import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyAction, serializeProject } from '../../src/core/project/index.js';
import { UserError } from '../../src/core/errors.js';
import { EXIT } from '../../src/core/exit-codes.js';
import type { Project } from '../../src/core/types.js';
import { acquireLock, journalPath, loadProject, lockPath, saveProject } from '../../src/io/project-file.js';
import { goldProject } from '../core/project/gold-project.js';

const CHILD = fileURLToPath(new URL('./project-save-child.ts', import.meta.url));
const folder = () => mkdtempSync(join(tmpdir(), 'bitext-project-'));
const context = { author: 'Li Na', time: '2026-03-02T09:30:00.000Z' };

function edited(project: Project): Project {
  let next = applyAction(project, { type: 'edit-segment', lang: 'zh-CN', side: 'target', segment: 't5', text: '黄利斌（工信部）：' }, context);
  next = applyAction(next, { type: 'merge-next', lang: 'fr', bead: 'b0' }, context);
  return applyAction(next, { type: 'confirm-through', lang: 'zh-CN', bead: 'b10' }, context);
}

/** Asserts that `run` throws a data error (exit 3) with `code`, and returns its params. */
function dataError(run: () => unknown, code: string): Record<string, string | number> {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof UserError, String(error));
    assert.equal(error.code, code, JSON.stringify(error.params));
    assert.equal(error.exitCode, EXIT.dataError);
    return { ...error.params };
  }
  assert.fail(`expected ${code}`);
}

test('save then load gives back the same project, revisions and edits included', () => {
  const path = join(folder(), 'scio.bitext.json');
  const project = edited(goldProject(['zh-CN', 'fr']));
  saveProject(path, project);
  assert.deepEqual(loadProject(path), project);
  const text = readFileSync(path, 'utf8');
  assert.match(text, /^\{\n {2}"format": "bitext-project",\n {2}"version": 1,/);
  assert.match(text, /\n {4}\{"number":1,"time":"2026-03-02T09:30:00.000Z","author":"Li Na","operation":"edit-segment"/);
});

test('a full save keeps the previous file as .bak and leaves no temporary file', () => {
  const dir = folder();
  const path = join(dir, 'scio.bitext.json');
  const first = goldProject(['zh-CN']);
  saveProject(path, first);
  assert.equal(existsSync(`${path}.bak`), false);
  const second = applyAction(first, { type: 'set-status', lang: 'zh-CN', bead: 'b0', status: 'confirmed' }, context);
  saveProject(path, second, { full: true });
  assert.deepEqual(loadProject(`${path}.bak`), first);
  assert.deepEqual(loadProject(path), second);
  assert.deepEqual(readdirSync(dir).sort(), ['scio.bitext.json', 'scio.bitext.json.bak']);
});

test('autosave appends each change to the journal; loading replays it; a full save folds it in', () => {
  const dir = folder();
  const path = join(dir, 'scio.bitext.json');
  const first = goldProject(['zh-CN', 'fr']);
  saveProject(path, first);
  const release = acquireLock(path);
  const fileBytes = readFileSync(path);
  let project = first;
  const actions = [
    { type: 'edit-segment', lang: 'zh-CN', side: 'target', segment: 't5', text: '黄利斌（工信部）：' },
    { type: 'merge-segments', lang: 'fr', side: 'source', segment: 's6' },
    { type: 'detach', lang: 'fr', bead: 'b29', side: 'source' },
  ] as const;
  for (const action of actions) {
    project = applyAction(project, action, context);
    saveProject(path, project);
  }
  assert.deepEqual(readFileSync(path), fileBytes, 'the file itself is not rewritten');
  const journal = readFileSync(journalPath(path), 'utf8').trim().split('\n');
  assert.equal(journal.length, 1 + actions.length, 'a header and one line per save');
  assert.ok(journal.every((line) => line.length < 5000), 'each entry holds only the change');
  assert.deepEqual(loadProject(path), project);
  // Another session continues the same journal, then folds it into the file.
  const next = applyAction(loadProject(path), { type: 'confirm-through', lang: 'fr', bead: 'b10' }, context);
  saveProject(path, next);
  assert.deepEqual(loadProject(path), next);
  saveProject(path, next, { full: true });
  assert.equal(existsSync(journalPath(path)), false);
  assert.deepEqual(loadProject(path), next);
  assert.deepEqual(loadProject(`${path}.bak`), first);
  // Releasing the lock ends the session: the journal is folded into the file.
  const last = applyAction(next, { type: 'set-note', lang: 'fr', bead: 'b1', note: 'fin' }, context);
  saveProject(path, last);
  assert.equal(existsSync(journalPath(path)), true);
  release();
  assert.equal(existsSync(journalPath(path)), false);
  assert.deepEqual(loadProject(path), last);
  // Without the lock (a one-shot command such as align -o), every save rewrites the file.
  const oneShot = applyAction(last, { type: 'set-note', lang: 'fr', bead: 'b1', note: 'encore' }, context);
  saveProject(path, oneShot);
  assert.equal(existsSync(journalPath(path)), false);
  assert.deepEqual(loadProject(path), oneShot);
});

test('a journal left over from before the last full save is stale and not replayed', () => {
  const path = join(folder(), 'scio.bitext.json');
  const first = goldProject(['fr']);
  saveProject(path, first);
  acquireLock(path);
  const second = applyAction(first, { type: 'set-note', lang: 'fr', bead: 'b2', note: 'vérifier' }, context);
  saveProject(path, second);
  const leftover = readFileSync(journalPath(path));
  saveProject(path, second, { full: true });
  // As if the process died between the rename and deleting the journal.
  writeFileSync(journalPath(path), leftover);
  assert.deepEqual(loadProject(path), second);
  assert.equal(loadProject(path).revisions.length, 1);
});

test('a corrupt file is refused naming the JSON path, and is never overwritten', () => {
  const dir = folder();
  const good = JSON.parse(serializeProject(goldProject(['zh-CN']))) as Record<string, unknown> & Project;
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  const truncated = write('truncated.bitext.json', serializeProject(good).slice(0, 500));
  assert.ok(Number(dataError(() => loadProject(truncated), 'project-not-json')['line']) >= 5);
  dataError(() => loadProject(write('other.json', { hello: 'world' })), 'project-not-a-project');
  const newer = dataError(() => loadProject(write('newer.bitext.json', { ...good, version: 2, shinyNewThing: {} })), 'project-newer-version');
  assert.deepEqual([newer['version'], newer['supported']], [2, 1]);

  const badStatus = structuredClone(good);
  (badStatus.targets[0]!.beads[3] as { status: string }).status = 'maybe';
  const invalid = dataError(() => loadProject(write('status.bitext.json', badStatus)), 'project-invalid-field');
  assert.equal(invalid['where'], '$.targets[0].beads[3].status');

  const unknownField = structuredClone(good) as unknown as { meta: Record<string, unknown> };
  unknownField.meta['reviewer'] = 'Zhang';
  assert.equal(dataError(() => loadProject(write('field.bitext.json', unknownField)), 'project-invalid-field')['where'], '$.meta');

  const lost = structuredClone(good);
  lost.targets[0]!.beads[6]!.source = ['s6'];
  const order = dataError(() => loadProject(write('order.bitext.json', lost)), 'project-bead-order');
  assert.deepEqual([order['where'], order['segment'], order['expected']], ['$.targets[0].beads[7].source[0]', 's8', 's7']);

  const path = write('scio.bitext.json', badStatus);
  const bytes = readFileSync(path);
  assert.throws(() => loadProject(path));
  assert.throws(() => saveProject(path, goldProject(['zh-CN'])), (e: unknown) => e instanceof UserError && e.code === 'project-file-exists');
  assert.deepEqual(readFileSync(path), bytes, 'the file that failed to load is untouched');
});

test('a file changed by another program since it was loaded is not overwritten', () => {
  const path = join(folder(), 'scio.bitext.json');
  saveProject(path, goldProject(['fr']));
  const project = loadProject(path);
  const theirs = serializeProject(applyAction(project, { type: 'set-note', lang: 'fr', bead: 'b1', note: 'their change' }, context));
  writeFileSync(path, theirs);
  assert.throws(() => saveProject(path, project), (e: unknown) => e instanceof UserError && e.code === 'project-changed-on-disk');
  assert.equal(readFileSync(path, 'utf8'), theirs);
  saveProject(path, project, { overwrite: true });
  assert.deepEqual(loadProject(path), project);
});

test('a second process is told the project is already open by this PID', () => {
  const path = join(folder(), 'scio.bitext.json');
  saveProject(path, goldProject(['zh-CN']));
  const release = acquireLock(path);
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path, 'before-rename'], { encoding: 'utf8' });
  assert.notEqual(child.status, 0);
  assert.match(child.stderr, /project-locked/);
  assert.match(child.stderr, new RegExp(`"pid":${process.pid}`));
  assert.throws(() => acquireLock(path), (e: unknown) => e instanceof UserError && e.code === 'project-locked' && e.params['pid'] === process.pid);
  release();
  release();
  assert.equal(existsSync(lockPath(path)), false);
  acquireLock(path)();
});

test('a lock left by a dead process on this host is stale and taken over; another host\'s is not', () => {
  const path = join(folder(), 'scio.bitext.json');
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(lockPath(path), JSON.stringify({ pid: Number(dead.stdout), host: hostname(), since: '2026-01-01T00:00:00.000Z' }));
  const release = acquireLock(path);
  assert.equal(JSON.parse(readFileSync(lockPath(path), 'utf8')).pid, process.pid);
  release();
  writeFileSync(lockPath(path), JSON.stringify({ pid: 4242, host: 'translation-server-2', since: '2026-01-01T00:00:00.000Z' }));
  assert.throws(() => acquireLock(path), (e: unknown) => e instanceof UserError && e.code === 'project-locked' && e.params['host'] === 'translation-server-2');
  writeFileSync(lockPath(path), '');
  assert.throws(() => acquireLock(path), (e: unknown) => e instanceof UserError && e.code === 'project-locked', 'an empty lock may be being written now');
});

test('a journal line torn by a crash is ignored, and cut off by the next save', () => {
  const path = join(folder(), 'scio.bitext.json');
  const first = goldProject(['zh-CN']);
  saveProject(path, first);
  acquireLock(path);
  const second = applyAction(first, { type: 'set-status', lang: 'zh-CN', bead: 'b3', status: 'excluded' }, context);
  saveProject(path, second);
  const third = applyAction(second, { type: 'set-status', lang: 'zh-CN', bead: 'b4', status: 'excluded' }, context);
  saveProject(path, third);
  const journal = readFileSync(journalPath(path), 'utf8');
  writeFileSync(journalPath(path), journal.slice(0, journal.length - 40));
  const loaded = loadProject(path);
  assert.deepEqual(loaded, second, 'the torn third save did not happen');
  const fourth = applyAction(loaded, { type: 'set-note', lang: 'zh-CN', bead: 'b5', note: 'ok' }, context);
  saveProject(path, fourth);
  assert.deepEqual(loadProject(path), fourth);
  // A broken line that is not the last one is not a crash: the journal is refused, not guessed at.
  writeFileSync(journalPath(path), readFileSync(journalPath(path), 'utf8').replace('"status":"excluded"', '"status":"maybe"'));
  dataError(() => loadProject(path), 'project-journal-mismatch');
});
