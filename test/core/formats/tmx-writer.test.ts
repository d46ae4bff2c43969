/** TMX export: header, grouping, what is left out and counted, forbidden characters, dates from revisions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectToTmx } from '../../../src/core/formats/tmx-writer.js';
import { tmxToProject } from '../../../src/core/formats/tmx-reader.js';
import { UserError } from '../../../src/core/errors.js';
import type { Project, ProjectBead } from '../../../src/core/types.js';
import { alignedProject } from './aligned-project.js';
import { tmxDtdErrors } from './xmllint.js';

const OPTIONS = { toolVersion: '9.8.7', exportedAt: '2024-03-04T05:06:07.000Z' };

function tinyProject(beads: ProjectBead[], texts: { source: string[]; target: string[] }): Project {
  const segments = (prefix: string, list: string[]) => list.map((text, i) => ({ id: `${prefix}${i}`, text, kind: 'sentence' as const, paragraph: 0 }));
  return {
    format: 'bitext-project',
    version: 1,
    meta: { name: 't', toolVersion: '0', created: '2024-01-01T00:00:00Z', changed: '2024-01-02T00:00:00Z', author: 'ana' },
    source: { lang: 'en', file: 'en.txt', segments: segments('s', texts.source) },
    targets: [{ document: { lang: 'zh-CN', file: 'zh.txt', segments: segments('t', texts.target) }, beads }],
    revisions: [],
  };
}

const bead = (id: string, source: string[], target: string[], status: ProjectBead['status'] = 'confirmed', extra: Partial<ProjectBead> = {}): ProjectBead => ({ id, source, target, status, confidence: 0.75, ...extra });

test('the header has every attribute the DTD requires, with the tool version and a TMX date', () => {
  const { tmx } = projectToTmx(alignedProject(['zh-CN']), OPTIONS);
  assert.match(tmx, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
  assert.ok(tmx.includes('<header creationtool="bitext" creationtoolversion="9.8.7" segtype="sentence" o-tmf="bitext" adminlang="en" srclang="en" datatype="plaintext" creationdate="20240304T050607Z"'));
  assert.equal(tmxDtdErrors(tmx), '');
});

test('excluded beads, unconfirmed beads (by default) and beads with an empty side are left out and counted', () => {
  const project = tinyProject(
    [bead('b0', ['s0'], ['t0']), bead('b1', ['s1'], ['t1'], 'auto'), bead('b2', ['s2'], ['t2'], 'excluded'), bead('b3', ['s3'], []), bead('b4', [], ['t3'])],
    { source: ['One.', 'Two.', 'Three.', 'Four.'], target: ['一。', '二。', '三。', '多余。'] },
  );
  const confirmed = projectToTmx(project, OPTIONS);
  assert.deepEqual(confirmed.summary.skipped, { excluded: 1, unconfirmed: 1, emptySide: 2 });
  assert.equal(confirmed.summary.units, 1);
  assert.equal((confirmed.tmx.match(/<tu /g) ?? []).length, 1);
  const all = projectToTmx(project, { ...OPTIONS, status: 'all' });
  assert.equal(all.summary.units, 2);
  assert.ok(all.tmx.includes('<prop type="x-bitext-status">auto</prop>'));
  assert.ok(!all.tmx.includes('Three.'));
});

test('a character XML 1.0 forbids is refused naming the bead, or removed and reported with sanitize', () => {
  const project = tinyProject([bead('b0', ['s0'], ['t0']), bead('b1', ['s1'], ['t1'])], { source: ['Fine.', 'Bell\u0007 and lone \uD800 surrogate.'], target: ['好。', '铃。'] });
  assert.throws(
    () => projectToTmx(project, OPTIONS),
    (error: unknown) => error instanceof UserError && error.code === 'export-forbidden-char' && error.params['bead'] === 'b1' && error.params['char'] === 'U+0007',
  );
  const { tmx, summary } = projectToTmx(project, { ...OPTIONS, sanitize: true });
  assert.deepEqual(summary.sanitized, [{ bead: 'b1', lang: 'en', removed: 2 }]);
  assert.ok(tmx.includes('<seg>Bell and lone  surrogate.</seg>'));
  assert.equal(tmxDtdErrors(tmx), '');
});

test('notes, kept props and the latest revision of a bead become <note>, <prop> and changedate/changeid', () => {
  const project = tinyProject([bead('b0', ['s0', 's1'], ['t0'], 'confirmed', { note: 'merged <2>', props: { 'x-client': 'ACME & co' } })], { source: ['A.', 'B.'], target: ['甲乙。'] });
  project.revisions = [
    { number: 1, time: '2024-02-01T10:00:00Z', author: 'bo', operation: 'merge-next', lang: 'zh-CN', side: 'source', beads: ['b0'] },
    { number: 2, time: '2024-02-03T11:30:00+01:00', author: 'cy', operation: 'set-note', lang: 'zh-CN', side: 'both', beads: ['b0'] },
    { number: 3, time: '2024-02-09T00:00:00Z', author: 'dan', operation: 'confirm', lang: 'fr', side: 'both', beads: ['b0'] },
  ];
  const { tmx } = projectToTmx(project, OPTIONS);
  assert.ok(tmx.includes('<tu tuid="s0+s1" creationdate="20240101T000000Z" creationid="ana" changedate="20240203T103000Z" changeid="cy">'));
  assert.ok(tmx.includes('<note>merged &lt;2&gt;</note>'));
  assert.ok(tmx.includes('<prop type="x-client">ACME &amp; co</prop>'));
  assert.ok(tmx.includes('<prop type="x-bitext-bead-type">2-1</prop>'));
  assert.ok(tmx.includes('<seg>A. B.</seg>'));
  assert.equal(tmxDtdErrors(tmx), '');
});

test('--target picks targets by language in any case; an unknown one is a user error listing the others', () => {
  const project = alignedProject(['zh-CN', 'fr']);
  const { tmx } = projectToTmx(project, { ...OPTIONS, targets: ['FR'] });
  assert.ok(tmx.includes('xml:lang="fr"') && !tmx.includes('xml:lang="zh-CN"'));
  assert.throws(() => projectToTmx(project, { ...OPTIONS, targets: ['de'] }), (error: unknown) => error instanceof UserError && error.code === 'export-unknown-target' && error.params['available'] === 'zh-CN, fr');
});

test('a multilingual unit puts each target\'s status and note on its own <tuv>, and reads back per target', () => {
  const project = alignedProject(['zh-CN', 'ja']);
  project.targets[1]!.beads[0] = { ...project.targets[1]!.beads[0]!, status: 'auto', note: 'ja only' };
  const { tmx } = projectToTmx(project, { ...OPTIONS, status: 'all' });
  assert.equal(tmxDtdErrors(tmx), '');
  const back = tmxToProject(tmx, { ...OPTIONS, fileName: 'm.tmx', importedAt: OPTIONS.exportedAt }).project;
  assert.equal(back.targets[0]!.beads[0]!.status, 'confirmed');
  assert.equal(back.targets[0]!.beads[0]!.note, undefined);
  assert.equal(back.targets[1]!.beads[0]!.status, 'auto');
  assert.equal(back.targets[1]!.beads[0]!.note, 'ja only');
});
