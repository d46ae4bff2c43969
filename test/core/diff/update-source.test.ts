import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textsAtRevision, updateSource } from '../../../src/core/diff/index.js';
import { applyAction, checkProject } from '../../../src/core/project/index.js';
import type { Segment } from '../../../src/core/types.js';
import { goldProject } from '../project/gold-project.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/diff/', import.meta.url));
const revisedSentences = readFileSync(`${FIXTURES}en.r2.sentences.txt`, 'utf8').split('\n').filter((l) => l !== '');
const asSegments = (texts: string[]): Segment[] => texts.map((text) => ({ text, start: 0, end: text.length, paragraph: 0, kind: 'sentence' }));
const context = { author: 'lead', time: '2026-03-01T09:00:00.000Z', file: 'en.r2.txt' };

// Confirm every bead first: the update must keep the confirmed beads it does not touch.
let project = goldProject(['zh-CN']);
for (const bead of project.targets[0]!.beads) {
  project = applyAction(project, { type: 'set-status', lang: 'zh-CN', bead: bead.id, status: 'confirmed' }, { author: 'rev', time: '2026-02-01T00:00:00.000Z' });
}
const revisionsBefore = project.revisions.length;
const outcome = updateSource(project, asSegments(revisedSentences), context);
const updated = outcome.project;
const target = updated.targets[0]!;

test('update: the new source replaces the old; unchanged sentences keep their ids', () => {
  assert.deepEqual(updated.source.segments.map((s) => s.text), revisedSentences);
  assert.equal(updated.source.file, 'en.r2.txt');
  // en.r2 inserts a sentence at 3, so old s3 is now at 4; old s9 was edited and gets a new id.
  assert.equal(updated.source.segments[4]!.id, 's3');
  assert.notEqual(updated.source.segments[10]!.id, 's9');
  assert.equal(checkProject(updated), null);
});

test('update: every bead on unchanged sentences is kept as it was, confirmed', () => {
  // By hand from en-zh-CN.ladder: the beads holding the edited or removed sentences 9, 17, 30, 33.
  const touched = new Set(['b8', 'b15', 'b28', 'b31']);
  const old = project.targets[0]!.beads;
  const kept = old.filter((b) => !touched.has(b.id));
  for (const bead of kept) assert.deepEqual(target.beads.find((b) => b.id === bead.id), bead);
  assert.deepEqual(target.beads.filter((b) => /^b\d+$/.test(b.id)).map((b) => b.id), kept.map((b) => b.id));
  assert.deepEqual(outcome.targets, [{ lang: 'zh-CN', kept: kept.length, keptConfirmed: kept.length, realigned: 6 }]);
});

test('update: the changed regions are re-aligned and marked for review', () => {
  const fresh = target.beads.filter((b) => !/^b\d+$/.test(b.id));
  const source = new Map(updated.source.segments.map((s) => [s.id, s.text]));
  const shapes = fresh.map((b) => `${b.source.map((id) => source.get(id)!.slice(0, 24)).join('+')} : ${b.target.join('+')}`);
  assert.deepEqual(shapes, [
    'A transcript of the ques : ',
    'Our work can be summariz : t8',
    'At the very beginning, w : t16',
    'Further clearance work w : ',
    'In order to promote auto : t29',
    'Thank you very much. : t33',
  ]);
  assert.ok(fresh.every((b) => b.status === 'auto'));
});

test('update: recorded as a revision that diff --rev can undo', () => {
  assert.equal(updated.revisions.length, revisionsBefore + 1);
  const record = updated.revisions.at(-1)!;
  assert.equal(record.operation, 'update-source');
  assert.equal(record.author, 'lead');
  const atBefore = textsAtRevision(updated, record.number - 1);
  assert.deepEqual(atBefore[0]!.segments.map((s) => s.text), project.source.segments.map((s) => s.text));
  assert.deepEqual(outcome.diff.summary.counts, { changed: 2, added: 2, removed: 2, moved: 0, split: 0, merged: 0 });
});

test('update with an identical source changes no bead', () => {
  const same = updateSource(project, asSegments(project.source.segments.map((s) => s.text)), context);
  assert.deepEqual(same.project.targets, project.targets);
  assert.equal(same.targets[0]!.realigned, 0);
});
