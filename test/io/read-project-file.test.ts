/**
 * `readProjectFile`, as `bitext review` opens a project: a preview for the first frame when the
 * file allows one, then the same project `loadProject` gives; no preview when a journal must be
 * replayed first or the file is not UTF-8, and the usual errors for a file that cannot be read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyAction, serializeProject } from '../../src/core/project/index.js';
import { UserError } from '../../src/core/errors.js';
import { acquireLock, loadProject, readProjectFile, saveProject } from '../../src/io/project-file.js';
import { goldProject, goldSentences } from '../core/project/gold-project.js';

const folder = () => mkdtempSync(join(tmpdir(), 'bitext-read-project-'));
const context = { author: 'Li Na', time: '2026-03-02T09:30:00.000Z' };

test('a saved project previews its first pairs, and opens as loadProject loads it', () => {
  const path = join(folder(), 'scio.bitext.json');
  const project = applyAction(goldProject(['zh-CN', 'fr']), { type: 'confirm-through', lang: 'fr', bead: 'b2' }, context);
  saveProject(path, project);
  const file = readProjectFile(path, { lang: 'fr', pairs: 4 });
  assert.equal(file.preview?.target?.lang, 'fr');
  assert.equal(file.preview.target.confirmedCount, 3);
  assert.deepEqual(file.preview.target.pairs[0]!.source, [goldSentences('en')[0]]);
  assert.deepEqual(file.open().finish(), loadProject(path));
});

test('with a journal to replay (a session that did not close), no preview: the file is opened whole first', () => {
  const path = join(folder(), 'scio.bitext.json');
  const first = goldProject(['zh-CN']);
  saveProject(path, first);
  const release = acquireLock(path);
  const changed = applyAction(first, { type: 'confirm-through', lang: 'zh-CN', bead: 'b5' }, context);
  saveProject(path, changed);
  // The lock is not released: the change is only in the journal, as after a crash.
  const file = readProjectFile(path, { pairs: 4 });
  assert.equal(file.preview, undefined);
  assert.deepEqual(file.open().finish(), changed);
  release();
});

test('invalid UTF-8: no preview, and opening names the byte', () => {
  const path = join(folder(), 'scio.bitext.json');
  const text = serializeProject(goldProject(['zh-CN']));
  const at = Buffer.byteLength(text.slice(0, text.indexOf('国务院')));
  const bytes = Buffer.from(text);
  bytes[at] = 0xff;
  writeFileSync(path, bytes);
  const file = readProjectFile(path, { pairs: 4 });
  assert.equal(file.preview, undefined);
  assert.throws(() => file.open(), (error) => error instanceof UserError && error.code === 'invalid-utf8' && error.params['offset'] === at);
});

test('a missing file or a folder is refused before anything is read', () => {
  const dir = folder();
  assert.throws(() => readProjectFile(join(dir, 'missing.bitext.json'), { pairs: 4 }), (error) => error instanceof UserError && error.code === 'file-not-found' && error.params['context'] === 'project');
  assert.throws(() => readProjectFile(dir, { pairs: 4 }), (error) => error instanceof UserError && error.code === 'file-is-directory');
  assert.throws(() => readProjectFile('-', { pairs: 4 }), (error) => error instanceof UserError && error.code === 'project-stdin');
});
