import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addTarget, checkProject, createProject } from '../../../src/core/project/index.js';
import { BugError, UserError } from '../../../src/core/errors.js';
import { goldBeads, goldProject, goldSentences } from './gold-project.js';

const asSegments = (texts: string[]) => texts.map((text) => ({ text, start: 0, end: text.length, paragraph: 0, kind: 'sentence' as const }));

test('a project from the gold en-zh-CN ladder keeps every sentence and bead, all auto', () => {
  const project = goldProject(['zh-CN']);
  assert.equal(project.format, 'bitext-project');
  assert.equal(project.version, 1);
  assert.equal(project.source.segments.length, goldSentences('en').length);
  const [zh] = project.targets;
  assert.equal(zh!.document.lang, 'zh-CN');
  assert.equal(zh!.document.segments[1]!.text, '国务院新闻办公室于周四下午在北京举行新闻发布会，介绍2020年一季度工业和通信业发展情况。');
  assert.equal(zh!.beads.length, goldBeads('en-zh-CN').length);
  assert.ok(zh!.beads.every((bead) => bead.status === 'auto'));
  assert.equal(checkProject(project), null);
});

test('beads get ids b<n>, segment ids s<n>/t<n>, and the aligner confidence (clamped to [0, 1])', () => {
  let project = createProject({ name: 'p', author: 'a', time: 't0', toolVersion: '1', source: { lang: 'en', file: 'en.txt', segments: asSegments(['Hello.', 'Bye.']) } });
  project = addTarget(project, {
    lang: 'fr',
    file: 'fr.txt',
    segments: asSegments(['Bonjour.', 'Salut.', 'Au revoir.']),
    beads: [
      { source: [0], target: [0, 1], score: -1, confidence: 0.42 },
      { source: [1], target: [2], score: -1, confidence: 1.7 },
    ],
  });
  assert.deepEqual(project.targets[0]!.beads, [
    { id: 'b0', source: ['s0'], target: ['t0', 't1'], status: 'auto', confidence: 0.42 },
    { id: 'b1', source: ['s1'], target: ['t2'], status: 'auto', confidence: 1 },
  ]);
});

test('adding a language that is already there is refused unless replace is asked', () => {
  const project = goldProject(['fr']);
  const fr = { lang: 'fr', file: 'fr2.txt', segments: asSegments(goldSentences('fr')), beads: goldBeads('en-fr') };
  assert.throws(() => addTarget(project, fr), (e: unknown) => e instanceof UserError && e.code === 'project-target-exists' && e.params['lang'] === 'fr');
  const replaced = addTarget(project, fr, { replace: true, time: '2026-02-02T00:00:00.000Z' });
  assert.equal(replaced.targets.length, 1);
  assert.equal(replaced.targets[0]!.document.file, 'fr2.txt');
  assert.equal(replaced.meta.changed, '2026-02-02T00:00:00.000Z');
});

test('an alignment made against another source is a user error; beads out of order are a bug', () => {
  const project = goldProject([]);
  const beads = goldBeads('en-fr').slice(1);
  assert.throws(
    () => addTarget(project, { lang: 'fr', file: 'fr.txt', segments: asSegments(goldSentences('fr')), beads }),
    (e: unknown) => e instanceof UserError && e.code === 'project-source-mismatch',
  );
  const swapped = goldBeads('en-fr');
  [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
  assert.throws(() => addTarget(project, { lang: 'fr', file: 'fr.txt', segments: asSegments(goldSentences('fr')), beads: swapped }), BugError);
});
