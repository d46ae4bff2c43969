import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyAction, checkProject } from '../../../src/core/project/index.js';
import type { ProjectAction } from '../../../src/core/project/index.js';
import { UserError } from '../../../src/core/errors.js';
import type { Project } from '../../../src/core/types.js';
import { goldProject } from './gold-project.js';

const context = { author: 'Wang Fang', time: '2026-03-01T10:00:00.000Z' };
const start = goldProject(['zh-CN', 'fr']);
const apply = (project: Project, action: ProjectAction) => {
  const next = applyAction(project, action, context);
  assert.equal(checkProject(next), null, 'invariants hold');
  return next;
};
const beads = (project: Project, lang: string) => project.targets.find((t) => t.document.lang === lang)!.beads;
const bead = (project: Project, lang: string, id: string) => beads(project, lang).find((b) => b.id === id);
const shape = (project: Project, lang: string, from: number, to?: number) =>
  beads(project, lang)
    .slice(from, to)
    .map((b) => `${b.id} ${b.source.join(',')}:${b.target.join(',')}`);

test('merge-next joins a bead with the next one and records revision 1', () => {
  const next = apply(start, { type: 'merge-next', lang: 'zh-CN', bead: 'b5' });
  assert.deepEqual(bead(next, 'zh-CN', 'b5'), { id: 'b5', source: ['s5', 's6', 's7'], target: ['t5', 't6'], status: 'auto', confidence: 1 });
  assert.equal(bead(next, 'zh-CN', 'b6'), undefined);
  assert.equal(beads(next, 'zh-CN').length, beads(start, 'zh-CN').length - 1);
  assert.deepEqual(next.revisions, [{ number: 1, time: context.time, author: 'Wang Fang', operation: 'merge-next', lang: 'zh-CN', side: 'both', beads: ['b5'] }]);
  assert.equal(next.meta.changed, context.time);
  assert.equal(next.targets[1], start.targets[1], 'the other target is shared, not copied');
  assert.equal(next.source, start.source);
});

test('split-bead keeps the first segments and the other side, the rest goes to a new bead', () => {
  const next = apply(start, { type: 'split-bead', lang: 'zh-CN', bead: 'b6', side: 'source', at: 1 });
  assert.deepEqual(shape(next, 'zh-CN', 6, 8), ['b6 s6:t6', 'b1.0 s7:']);
  assert.deepEqual(next.revisions[0]!.beads, ['b6', 'b1.0']);
  assert.throws(() => apply(start, { type: 'split-bead', lang: 'zh-CN', bead: 'b6', side: 'target', at: 1 }), (e: unknown) => e instanceof UserError && e.code === 'project-bad-split');
});

test('shift-up and shift-down move one segment across the bead boundary (InterText shift)', () => {
  const up = apply(start, { type: 'shift-up', lang: 'zh-CN', bead: 'b6', side: 'target' });
  assert.deepEqual(shape(up, 'zh-CN', 6, 8), ['b6 s6,s7:t6,t7', 'b7 s8:']);
  const down = apply(start, { type: 'shift-down', lang: 'zh-CN', bead: 'b13', side: 'target' });
  assert.deepEqual(shape(down, 'zh-CN', 13, 15), ['b13 s14:t13', 'b14 s15:t14,t15']);
  // A bead emptied by a shift disappears.
  const emptied = apply(start, { type: 'shift-down', lang: 'zh-CN', bead: 'b32', side: 'source' });
  assert.deepEqual(shape(emptied, 'zh-CN', -2), ['b31 s33:t33', 'b33 s34,s35:']);
  // The last bead's last segment goes to a new bead.
  const joined = apply(start, { type: 'shift-up', lang: 'zh-CN', bead: 'b32', side: 'source' });
  assert.deepEqual(shape(joined, 'zh-CN', -2), ['b31 s33:t33', 'b32 s34,s35:']);
  const made = apply(joined, { type: 'shift-down', lang: 'zh-CN', bead: 'b32', side: 'source' });
  assert.deepEqual(shape(made, 'zh-CN', -3), ['b31 s33:t33', 'b32 s34:', 'b2.0 s35:']);
  assert.throws(() => apply(start, { type: 'shift-up', lang: 'zh-CN', bead: 'b31', side: 'target' }), (e: unknown) => e instanceof UserError && e.code === 'project-nothing-to-shift');
  assert.throws(() => apply(start, { type: 'shift-up', lang: 'zh-CN', bead: 'b33', side: 'source' }), (e: unknown) => e instanceof UserError && e.code === 'project-no-next-bead');
});

test('insert-empty adds a bead to shift segments into', () => {
  const inserted = apply(start, { type: 'insert-empty', lang: 'fr', after: null });
  assert.deepEqual(shape(inserted, 'fr', 0, 2), ['b1.0 :', 'b0 s0:t0']);
  const filled = apply(inserted, { type: 'shift-up', lang: 'fr', bead: 'b1.0', side: 'target' });
  assert.deepEqual(shape(filled, 'fr', 0, 2), ['b1.0 :t0', 'b0 s0:']);
  const middle = apply(start, { type: 'insert-empty', lang: 'fr', after: 'b3' });
  assert.deepEqual(shape(middle, 'fr', 3, 5), ['b3 s3,s4:t3', 'b1.0 :']);
});

test('detach marks a side untranslated: each segment its own confirmed 0-1 bead', () => {
  const next = apply(start, { type: 'detach', lang: 'zh-CN', bead: 'b13', side: 'target' });
  assert.deepEqual(shape(next, 'zh-CN', 13, 16), ['b13 :t13', 'b1.0 :t14', 'b1.1 s14:']);
  assert.deepEqual(
    beads(next, 'zh-CN').slice(13, 16).map((b) => b.status),
    ['confirmed', 'confirmed', 'auto'],
  );
});

test('edit-segment changes the text, keeps the original, and records before and after', () => {
  assert.equal(start.targets[0]!.document.segments[5]!.text, '黄利斌：');
  assert.equal(applyAction(start, { type: 'edit-segment', lang: 'zh-CN', side: 'target', segment: 't5', text: '黄利斌： ' }, context), start, 'same text after trimming: no change');
  const changed = apply(start, { type: 'edit-segment', lang: 'zh-CN', side: 'target', segment: 't5', text: '黄利斌（工信部）：' });
  assert.equal(changed.targets[0]!.document.segments[5]!.original, '黄利斌：');
  assert.deepEqual(changed.revisions[0], {
    number: 1, time: context.time, author: 'Wang Fang', operation: 'edit-segment', lang: 'zh-CN', side: 'target',
    beads: ['b5'], segments: ['t5'], before: ['黄利斌：'], after: ['黄利斌（工信部）：'],
  });
  const back = apply(changed, { type: 'edit-segment', lang: 'zh-CN', side: 'target', segment: 't5', text: '黄利斌：' });
  assert.equal(back.targets[0]!.document.segments[5]!.original, undefined, 'editing back to the original is no longer an edit');
  assert.equal(back.revisions.length, 2);
  assert.throws(() => apply(start, { type: 'edit-segment', lang: 'zh-CN', side: 'target', segment: 't5', text: '  ' }), (e: unknown) => e instanceof UserError && e.code === 'project-empty-segment');
});

test('split-segment on the source splits the sentence in every target', () => {
  const text = start.source.segments[3]!.text;
  const offset = text.indexOf(' General Secretary');
  const next = apply(start, { type: 'split-segment', lang: 'zh-CN', bead: 'b3', side: 'source', segment: 's3', offset });
  assert.deepEqual(next.source.segments.slice(3, 5).map((s) => [s.id, s.text]), [
    ['s3', 'At the conference of the Standing Committee of the Political Bureau of the CPC Central Committee held on April 8,'],
    ['s3.1', text.slice(offset + 1)],
  ]);
  assert.deepEqual(shape(next, 'zh-CN', 3, 4), ['b3 s3,s3.1:t3']);
  assert.deepEqual(shape(next, 'fr', 3, 4), ['b3 s3,s3.1,s4:t3']);
  assert.deepEqual(next.revisions[0]!.after, [next.source.segments[3]!.text, next.source.segments[4]!.text]);
  assert.throws(() => apply(start, { type: 'split-segment', lang: 'zh-CN', bead: 'b3', side: 'source', segment: 's3', offset: 0 }), (e: unknown) => e instanceof UserError && e.code === 'project-bad-offset');
  assert.throws(() => apply(start, { type: 'split-segment', lang: 'zh-CN', bead: 'b4', side: 'source', segment: 's3', offset: 5 }), (e: unknown) => e instanceof UserError && e.code === 'project-segment-not-in-bead');
});

test('merge-segments on the source merges the beads that held them, in every target', () => {
  const next = apply(start, { type: 'merge-segments', lang: 'zh-CN', side: 'source', segment: 's6' });
  const merged = next.source.segments[6]!;
  assert.equal(merged.text, `${start.source.segments[6]!.text} ${start.source.segments[7]!.text}`);
  assert.equal(merged.original, undefined);
  assert.deepEqual(shape(next, 'zh-CN', 6, 7), ['b6 s6:t6']);
  assert.equal(bead(next, 'zh-CN', 'b6')!.confidence, bead(start, 'zh-CN', 'b6')!.confidence, 'pairing unchanged inside one bead');
  assert.deepEqual(shape(next, 'fr', 5, 7), ['b5 s6:t5,t6', 'b7 s8:t7,t8']);
  // Chinese sentences join without a space.
  const zh = apply(start, { type: 'merge-segments', lang: 'zh-CN', side: 'target', segment: 't13' });
  assert.equal(zh.targets[0]!.document.segments[13]!.text, start.targets[0]!.document.segments[13]!.text + start.targets[0]!.document.segments[14]!.text);
});

test('set-status, confirm-through and set-note; an action that changes nothing records nothing', () => {
  const excluded = apply(start, { type: 'set-status', lang: 'fr', bead: 'b2', status: 'excluded' });
  const through = apply(excluded, { type: 'confirm-through', lang: 'fr', bead: 'b4' });
  assert.deepEqual(
    beads(through, 'fr').slice(0, 6).map((b) => b.status),
    ['confirmed', 'confirmed', 'excluded', 'confirmed', 'confirmed', 'auto'],
  );
  assert.deepEqual(through.revisions[1]!.beads, ['b0', 'b1', 'b3', 'b4']);
  assert.equal(applyAction(through, { type: 'confirm-through', lang: 'fr', bead: 'b1' }, context), through);
  assert.equal(applyAction(through, { type: 'set-status', lang: 'fr', bead: 'b2', status: 'excluded' }, context), through);
  const noted = apply(through, { type: 'set-note', lang: 'fr', bead: 'b3', note: 'Le français fusionne deux phrases.' });
  assert.equal(bead(noted, 'fr', 'b3')!.note, 'Le français fusionne deux phrases.');
  const cleared = apply(noted, { type: 'set-note', lang: 'fr', bead: 'b3', note: '' });
  assert.equal('note' in bead(cleared, 'fr', 'b3')!, false);
  assert.deepEqual(cleared.revisions.map((r) => r.number), [1, 2, 3, 4]);
});

test('an action naming an unknown language, bead or segment is a user error and changes nothing', () => {
  const frozen = structuredClone(start);
  assert.throws(() => applyAction(start, { type: 'merge-next', lang: 'it', bead: 'b0' }, context), (e: unknown) => e instanceof UserError && e.code === 'project-unknown-lang');
  assert.throws(() => applyAction(start, { type: 'merge-next', lang: 'fr', bead: 'b999' }, context), (e: unknown) => e instanceof UserError && e.code === 'project-unknown-bead');
  assert.throws(() => applyAction(start, { type: 'merge-segments', lang: 'fr', side: 'source', segment: 's35' }, context), (e: unknown) => e instanceof UserError && e.code === 'project-no-next-segment');
  assert.deepEqual(start, frozen);
});
