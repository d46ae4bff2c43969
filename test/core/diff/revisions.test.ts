import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffRevisions, textsAtRevision, updateSource } from '../../../src/core/diff/index.js';
import type { SideTexts } from '../../../src/core/diff/index.js';
import { applyAction } from '../../../src/core/project/index.js';
import type { ProjectAction } from '../../../src/core/project/index.js';
import type { Project, Segment } from '../../../src/core/types.js';
import { goldProject } from '../project/gold-project.js';
import { actionDraw, toAction } from '../project/random-actions.js';

const CONTEXT = { author: 'rev', time: '2026-02-01T00:00:00.000Z' };
const textsOf = (project: Project): string[][] => [project.source.segments.map((s) => s.text), ...project.targets.map((t) => t.document.segments.map((s) => s.text))];
const sideTexts = (sides: SideTexts[]): string[][] => sides.map((side) => side.segments.map((s) => s.text));

function tryAction(project: Project, action: ProjectAction): Project {
  try {
    return applyAction(project, action, CONTEXT);
  } catch {
    return project;
  }
}

test('property: the texts at revision k are the texts the project had after action k', () => {
  const base = goldProject(['zh-CN', 'fr']);
  fc.assert(
    fc.property(fc.array(actionDraw, { maxLength: 12 }), (draws) => {
      const snapshots = new Map<number, string[][]>([[0, textsOf(base)]]);
      let project = base;
      for (const draw of draws) {
        project = tryAction(project, toAction(project, draw));
        snapshots.set(project.revisions.at(-1)?.number ?? 0, textsOf(project));
      }
      for (const [number, texts] of snapshots) assert.deepEqual(sideTexts(textsAtRevision(project, number)), texts, `revision ${number}`);
    }),
    { numRuns: 60 },
  );
});

test('a merge after an edit of the merged segment still undoes (the merge forgets the second id)', () => {
  let project = goldProject(['zh-CN']);
  const original = textsOf(project);
  project = applyAction(project, { type: 'edit-segment', lang: 'zh-CN', side: 'target', segment: 't5', text: '改过的句子。' }, CONTEXT);
  const afterEdit = textsOf(project);
  project = applyAction(project, { type: 'merge-segments', lang: 'zh-CN', side: 'target', segment: 't4' }, CONTEXT);
  assert.deepEqual(sideTexts(textsAtRevision(project, 1)), afterEdit);
  assert.deepEqual(sideTexts(textsAtRevision(project, 0)), original);
  // From revision 1 to 2 the two segments were merged; from 0 the second one was also edited first.
  const { comparisons, revisions } = diffRevisions(project, 1, 2, 'p.bitext.json');
  assert.deepEqual(revisions.map((r) => r.operation), ['merge-segments']);
  assert.deepEqual(comparisons[1]!.result.entries.filter((e) => e.kind !== 'equal').map((e) => `${e.kind} ${e.old.join(',')}:${e.new.join(',')}`), ['merged 4,5:4']);
});

test('an update after an edit: the unchanged sentences get their ids back, so the earlier edit undoes too', () => {
  let project = goldProject(['zh-CN']);
  const original = textsOf(project);
  project = applyAction(project, { type: 'edit-segment', lang: 'zh-CN', side: 'source', segment: 's5', text: 'Huang Libin said:' }, CONTEXT);
  const afterEdit = textsOf(project);
  const revised = project.source.segments.map((s) => s.text).filter((_, i) => i !== 20);
  const segments: Segment[] = revised.map((text) => ({ text, start: 0, end: 0, paragraph: 0, kind: 'sentence' }));
  project = updateSource(project, segments, { ...CONTEXT, file: 'en.r2.txt' }).project;
  assert.deepEqual(sideTexts(textsAtRevision(project, 1)), afterEdit);
  assert.deepEqual(sideTexts(textsAtRevision(project, 0)), original);
});
