/**
 * Loading validates with zod's compiled validator and falls back to zod's reporting parser only for
 * a file that fails: these tests check that every kind of problem is still caught by the fast path
 * and named with its JSON path, and that a valid file loads to exactly what zod's parser returns.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type * as ZodModule from 'zod';
import { applyAction, parseProject, patchSchema, projectSchema, serializeProject } from '../../src/core/project/index.js';
import { UserError } from '../../src/core/errors.js';
import { EXIT } from '../../src/core/exit-codes.js';
import type { Project } from '../../src/core/types.js';
import { acquireLock, journalPath, loadProject, openProject, saveProject } from '../../src/io/project-file.js';
import { goldProject } from '../core/project/gold-project.js';

/** The zod build the schema module loads (its CommonJS one, see schema.ts), not a second copy. */
const { z } = createRequire(import.meta.url)('zod') as typeof ZodModule;

const folder = () => mkdtempSync(join(tmpdir(), 'bitext-validate-'));
const context = { author: 'Li Na', time: '2026-03-02T09:30:00.000Z' };

/** The error `loadProject` raises for a file with this text. */
function loadError(text: string | Buffer): UserError {
  const path = join(folder(), 'x.bitext.json');
  writeFileSync(path, text);
  try {
    loadProject(path);
  } catch (error) {
    assert.ok(error instanceof UserError, String(error));
    assert.equal(error.exitCode, EXIT.dataError);
    return error;
  }
  assert.fail('the file loaded');
}

function corrupted(change: (data: Record<string, unknown> & Project) => void): string {
  const data = JSON.parse(serializeProject(goldProject(['zh-CN']))) as Record<string, unknown> & Project;
  change(data);
  return JSON.stringify(data);
}

test('zod compiles both file schemas to its fast validator (a schema change must not silently lose it)', () => {
  assert.doesNotThrow(() => z.compile(projectSchema(), { strict: true }));
  assert.doesNotThrow(() => z.compile(patchSchema(), { strict: true }));
});

test('a valid file loads to exactly what zod\'s parser returns', () => {
  const project = applyAction(goldProject(['zh-CN', 'fr']), { type: 'edit-segment', lang: 'fr', side: 'target', segment: 't3', text: 'Édité.' }, context);
  const data: unknown = JSON.parse(serializeProject(project));
  const parsed = parseProject(data);
  assert.ok('project' in parsed);
  assert.deepEqual(parsed.project, projectSchema().parse(data));
  assert.deepEqual(parsed.project, project);
});

test('every kind of schema problem deep in the big arrays is refused with its JSON path', () => {
  const cases: Array<[string, (data: Project) => void, string]> = [
    ['unknown field in a segment', (d) => Object.assign(d.targets[0]!.document.segments[4]!, { colour: 'red' }), '$.targets[0].document.segments[4]'],
    ['negative paragraph', (d) => Object.assign(d.source.segments[9]!, { paragraph: -1 }), '$.source.segments[9].paragraph'],
    ['fractional paragraph', (d) => Object.assign(d.source.segments[2]!, { paragraph: 1.5 }), '$.source.segments[2].paragraph'],
    ['unknown kind', (d) => Object.assign(d.source.segments[0]!, { kind: 'poem' }), '$.source.segments[0].kind'],
    ['confidence above 1', (d) => Object.assign(d.targets[0]!.beads[20]!, { confidence: 1.5 }), '$.targets[0].beads[20].confidence'],
    ['empty segment id in a bead', (d) => Object.assign(d.targets[0]!.beads[7]!, { target: [''] }), '$.targets[0].beads[7].target[0]'],
    ['missing status', (d) => delete (d.targets[0]!.beads[11] as Partial<Project['targets'][0]['beads'][0]>).status, '$.targets[0].beads[11].status'],
    ['number as note', (d) => Object.assign(d.targets[0]!.beads[1]!, { note: 5 }), '$.targets[0].beads[1].note'],
    ['non-string prop', (d) => Object.assign(d.targets[0]!.beads[2]!, { props: { x: 1 } }), '$.targets[0].beads[2].props.x'],
  ];
  for (const [name, change, where] of cases) {
    const error = loadError(corrupted(change));
    assert.equal(error.code, 'project-invalid-field', name);
    assert.equal(error.params['where'], where, name);
  }
});

test('a "__proto__" key in a bead is an unknown field, not a way around the schema', () => {
  const text = corrupted(() => {}).replace('{"id":"b5",', '{"__proto__":{"status":"confirmed"},"id":"b5",');
  assert.ok(text.includes('__proto__'));
  const error = loadError(text);
  assert.equal(error.code, 'project-invalid-field');
  assert.equal(error.params['where'], '$.targets[0].beads[5]');
});

test('invariants are still checked after the schema: duplicate ids are refused with the path', () => {
  const error = loadError(corrupted((d) => Object.assign(d.targets[0]!.beads[9]!, { id: 'b3' })));
  assert.equal(error.code, 'project-duplicate-id');
  assert.equal(error.params['where'], '$.targets[0].beads[9].id');
  const segment = loadError(corrupted((d) => Object.assign(d.source.segments[12]!, { id: 's4' })));
  assert.equal(segment.code, 'project-duplicate-id');
  assert.equal(segment.params['where'], '$.source.segments[12].id');
});

test('invalid UTF-8 is refused with its byte offset; a BOM and CRLF line ends load', () => {
  const text = serializeProject(goldProject(['zh-CN']));
  const at = Buffer.byteLength(text.slice(0, text.indexOf('"text"') + 9));
  const bytes = Buffer.from(text);
  bytes[at] = 0xff;
  const error = loadError(bytes);
  assert.equal(error.code, 'invalid-utf8');
  assert.equal(error.params['offset'], at);

  const path = join(folder(), 'windows.bitext.json');
  writeFileSync(path, `\uFEFF${text.replaceAll('\n', '\r\n')}`);
  assert.deepEqual(loadProject(path), goldProject(['zh-CN']));
});

test('a journal entry with an unknown field is refused, not half applied', () => {
  const path = join(folder(), 'scio.bitext.json');
  const first = goldProject(['fr']);
  saveProject(path, first);
  const release = acquireLock(path);
  const second = applyAction(first, { type: 'set-note', lang: 'fr', bead: 'b2', note: 'vérifier' }, context);
  saveProject(path, second);
  const third = applyAction(second, { type: 'set-status', lang: 'fr', bead: 'b3', status: 'confirmed' }, context);
  saveProject(path, third);
  const lines = readFileSync(journalPath(path), 'utf8').split('\n');
  lines[1] = lines[1]!.replace('{', '{"sneaky":true,');
  writeFileSync(journalPath(path), lines.join('\n'));
  assert.throws(() => loadProject(path), (e: unknown) => e instanceof UserError && e.code === 'project-journal-mismatch' && e.params['entry'] === 1);
  release();
});

test('openProject parses at once and checks in detail on finish: the same errors as loadProject, and no save before', () => {
  const dir = folder();
  const broken = join(dir, 'late.bitext.json');
  const text = corrupted((d) => Object.assign(d.targets[0]!.beads[20]!, { status: 'maybe' }));
  writeFileSync(broken, text);
  const opened = openProject(broken);
  assert.equal(opened.project.targets[0]!.beads.length, goldProject(['zh-CN']).targets[0]!.beads.length, 'the parsed file is there to draw');
  // Not yet checked: the file is not known to this process, so it cannot be saved over.
  assert.throws(() => saveProject(broken, opened.project), (error) => error instanceof UserError && error.code === 'project-file-exists');
  assert.throws(opened.finish, (error) => error instanceof UserError && error.code === 'project-invalid-field' && error.params['where'] === '$.targets[0].beads[20].status');
  assert.throws(() => saveProject(broken, opened.project), (error) => error instanceof UserError && error.code === 'project-file-exists');
  assert.equal(readFileSync(broken, 'utf8'), text);

  const good = join(dir, 'good.bitext.json');
  saveProject(good, goldProject(['zh-CN']));
  const fine = openProject(good);
  assert.equal(fine.finish(), fine.project, 'a valid file is the parsed data itself');
  assert.deepEqual(fine.project, loadProject(good));

  // What a screen needs first (the top-level shape) is checked at once, with loadProject's error.
  const shapeless = join(dir, 'shapeless.bitext.json');
  writeFileSync(shapeless, corrupted((d) => Object.assign(d.targets[0]!, { beads: 5 })));
  assert.throws(() => openProject(shapeless), (error) => error instanceof UserError && error.params['where'] === '$.targets[0].beads');
});

test('openProject checks a file with a journal at once: the journal replays only onto a valid project', () => {
  const path = join(folder(), 'journal.bitext.json');
  const project = goldProject(['zh-CN']);
  saveProject(path, project);
  const release = acquireLock(path);
  const first = project.targets[0]!.beads[0]!.id;
  saveProject(path, applyAction(project, { type: 'set-status', lang: 'zh-CN', bead: first, status: 'confirmed' }, context));
  assert.ok(readFileSync(journalPath(path), 'utf8').length > 0);
  const opened = openProject(path);
  assert.equal(opened.project.targets[0]!.beads[0]!.status, 'confirmed', 'the journal is replayed before the screen draws');
  assert.equal(opened.finish(), opened.project);
  release();
});
