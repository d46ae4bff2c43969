import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAll } from '../helpers/cli-async.js';
import { applyAction, serializeProject } from '../../src/core/project/index.js';
import type { ProjectAction } from '../../src/core/project/index.js';
import type { Project } from '../../src/core/types.js';
import { goldProject } from '../core/project/gold-project.js';

const ZH = 'aligned/scio-2020-q1/zh-CN.txt';
const ZH_R2 = 'aligned/scio-2020-q1/zh-CN.r2.txt';
const OLD_TMX = 'test/fixtures/diff/old.tmx';
const NEW_TMX = 'test/fixtures/diff/new.tmx';

interface JsonEntry {
  kind: string;
  fields: Array<{ before: string[]; after: string[]; parts: Array<{ value: string; added?: boolean; removed?: boolean }> }>;
}
interface JsonReport {
  comparisons: Array<{ title: string; entries: JsonEntry[] }>;
  revisions?: Array<{ number: number }>;
}
const changedValues = (entry: JsonEntry, field: number) => entry.fields[field]!.parts.filter((p) => p.added || p.removed).map((p) => p.value);

const tmp = mkdtempSync(join(tmpdir(), 'bitext-diff-inputs-'));

function edited(project: Project, actions: ProjectAction[]): Project {
  return actions.reduce((p, action, k) => applyAction(p, action, { author: 'lead', time: `2026-02-0${k + 1}T10:00:00.000Z` }), project);
}

// Revisions 1..4: confirm b0; fix 线上 → 线下 in the Chinese of bead 30; edit the English source; confirm b1.
const base = goldProject(['zh-CN']);
const revised = edited(base, [
  { type: 'set-status', lang: 'zh-CN', bead: 'b0', status: 'confirmed' },
  { type: 'edit-segment', lang: 'zh-CN', side: 'target', segment: 't30', text: base.targets[0]!.document.segments[30]!.text.replace('线上', '线下') },
  { type: 'edit-segment', lang: 'zh-CN', side: 'source', segment: 's33', text: 'Thank you very much.' },
  { type: 'set-status', lang: 'zh-CN', bead: 'b1', status: 'confirmed' },
]);
const baseFile = join(tmp, 'base.bitext.json');
const revisedFile = join(tmp, 'revised.bitext.json');
writeFileSync(baseFile, serializeProject(base));
writeFileSync(revisedFile, serializeProject(revised));
const badUtf8 = join(tmp, 'bad.txt');
writeFileSync(badUtf8, Buffer.from([0x61, 0xff, 0x62]));
const disguised = join(tmp, 'memory.txt');
writeFileSync(disguised, readFileSync(NEW_TMX));

const [tmx, projects, sameProject, rev12, rev3, rev34, revOut, badOnly, missing, mixed, invalid, overInput, renamed] = await runAll([
  [['diff', OLD_TMX, NEW_TMX, '--format', 'json']],
  [['diff', baseFile, revisedFile, '--format', 'json']],
  [['diff', baseFile, baseFile]],
  [['diff', revisedFile, '--rev', '1..2', '--format', 'json']],
  [['diff', revisedFile, '--rev', '3', '--format', 'json']],
  [['diff', revisedFile, '--rev', '3..4']],
  [['diff', revisedFile, '--rev', '2..9']],
  [['diff', ZH, ZH_R2, '--only', 'renamed']],
  [['diff', ZH, 'no/such.txt']],
  [['diff', ZH, OLD_TMX]],
  [['diff', ZH, badUtf8]],
  [['diff', ZH, ZH_R2, '--output', ZH_R2]],
  [['diff', OLD_TMX, disguised, '--format', 'json']],
]);

test('TMX vs TMX: bead by bead on the source text', () => {
  assert.equal(tmx!.status, 1, tmx!.stderr);
  const report = JSON.parse(tmx!.stdout) as JsonReport;
  assert.equal(report.comparisons[0]!.title, 'en → fr');
  const entries = report.comparisons[0]!.entries;
  // By hand from the two fixture files: TU 2's French changed, TU 3 removed, TU 5 added.
  assert.deepEqual(entries.map((e) => `${e.kind} ${e.fields[0]!.before.join('')}|${e.fields[0]!.after.join('')}`), [
    "changed The meeting starts at nine o'clock.|The meeting starts at nine o'clock.",
    'removed Lunch will be served in the hall.|',
    'added |Questions are welcome at the end.',
  ]);
  assert.deepEqual(changedValues(entries[0]!, 1), ['réunion', 'séance']);
});

test('a TMX file is recognised by its content, whatever its name', () => {
  assert.equal(renamed!.status, 1, renamed!.stderr);
  assert.equal((JSON.parse(renamed!.stdout) as JsonReport).comparisons[0]!.title, 'en → fr');
});

test('project vs project: the beads whose source or target text changed', () => {
  assert.equal(projects!.status, 1, projects!.stderr);
  const entries = (JSON.parse(projects!.stdout) as JsonReport).comparisons[0]!.entries;
  assert.deepEqual(entries.map((e) => e.kind), ['changed', 'changed']);
  assert.deepEqual(changedValues(entries[0]!, 1), ['线上', '线下']);
  assert.deepEqual(changedValues(entries[0]!, 0), [], 'the English of that bead is unchanged');
  assert.deepEqual(entries[1]!.fields[0]!.after, ['Thank you very much.']);
  assert.equal(sameProject!.status, 0, 'a project equals itself');
});

test('revision vs revision: each range shows exactly the text edits made in it', () => {
  assert.equal(rev12!.status, 1, rev12!.stderr);
  const two = JSON.parse(rev12!.stdout) as JsonReport;
  assert.deepEqual(two.revisions!.map((r) => r.number), [2]);
  const changedSides = two.comparisons.filter((c) => c.entries.length > 0);
  assert.deepEqual(changedSides.map((c) => c.title), ['target (zh-CN)']);
  assert.deepEqual(changedValues(changedSides[0]!.entries[0]!, 0), ['线上', '线下']);
  const three = JSON.parse(rev3!.stdout) as JsonReport;
  assert.deepEqual(three.revisions!.map((r) => r.number), [3]);
  const sourceChanges = three.comparisons.filter((c) => c.entries.length > 0);
  assert.deepEqual(sourceChanges.map((c) => c.title), ['source (en)']);
  assert.deepEqual(sourceChanges[0]!.entries[0]!.fields[0]!.before, ['Thank you.']);
  assert.equal(rev34!.status, 0, 'a status change alone changes no text');
  assert.match(rev34!.stdout, /#4 2026-02-04T10:00:00.000Z lead: set-status \(zh-CN, b1\)/);
  assert.equal(revOut!.status, 1);
  assert.match(revOut!.stderr, /revision 9 does not exist .* \(it has revisions 0 to 4\)/);
});

test('exit 0 for identical inputs, a usage error exits 2, bad inputs get one clear line', () => {
  assert.equal(sameProject!.status, 0);
  assert.match(sameProject!.stdout, /No differences\./);
  assert.equal(badOnly!.status, 2, badOnly!.stderr);
  assert.match(badOnly!.stderr, /unknown kind of change renamed/);
  assert.equal(missing!.status, 1);
  assert.match(missing!.stderr, /no\/such\.txt: no such file/);
  assert.match(mixed!.stderr, /is a text but .* is a TMX file/);
  assert.equal(invalid!.status, 3);
  assert.match(invalid!.stderr, /not valid UTF-8/);
  assert.equal(overInput!.status, 1);
  assert.match(overInput!.stderr, /refusing to write the report over the input/);
  for (const failed of [missing!, mixed!, invalid!, overInput!, badOnly!]) {
    assert.doesNotMatch(failed.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(failed.stdout, '');
  }
  assert.ok(readFileSync(ZH_R2, 'utf8').startsWith('国新办'), 'the input is untouched');
});
