/**
 * The streaming paths of TMX import and export: segment texts settled per chunk, units produced lazily
 * with segment cursors (and their fallback for out-of-order projects), the quick forbidden-character
 * check, and a memory that reads mostly skipped units keeping only what it imports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectExportUnits } from '../../../src/core/formats/export-units.js';
import { ownString } from '../../../src/core/formats/own-string.js';
import { TmxReader, tmxToProject } from '../../../src/core/formats/tmx-reader.js';
import { projectToTmx } from '../../../src/core/formats/tmx-writer.js';
import { findForbiddenXmlChar } from '../../../src/core/formats/xml-chars.js';
import { UserError } from '../../../src/core/errors.js';
import type { Project } from '../../../src/core/types.js';
import { alignedProject } from './aligned-project.js';

const OPTIONS = { fileName: 'm.tmx', toolVersion: '0', importedAt: '2024-01-01T00:00:00.000Z' };
const WRITE = { toolVersion: '0', exportedAt: '2024-01-01T00:00:00Z', status: 'all' as const };

test('ownString copies the text exactly (CJK, emoji, empty)', () => {
  for (const text of ['', 'a', '模型对齐。', 'emoji 😀 and more text than thirteen characters'.repeat(3)]) assert.equal(ownString(text), text);
});

test('a multilingual memory read in chunks of every size from 1 to 64 characters gives the same project as in one piece', () => {
  const tmx = projectToTmx(alignedProject(['zh-CN', 'fr', 'ja']), { ...WRITE, status: 'confirmed' }).tmx;
  const whole = tmxToProject(tmx, OPTIONS).project;
  for (const size of [1, 2, 3, 13, 64]) {
    const reader = new TmxReader(OPTIONS);
    for (let i = 0; i < tmx.length; i += size) reader.write(tmx.slice(i, i + size));
    assert.deepEqual(reader.finish().project, whole, `chunks of ${size}`);
  }
  assert.deepEqual(
    whole.source.segments.map((segment) => segment.text),
    collectExportUnits(alignedProject(['zh-CN', 'fr', 'ja'])).units.map((unit) => unit.sourceText),
  );
});

test('units skipped for another language keep nothing: only the wanted pairs end up in the project', () => {
  const units = Array.from({ length: 300 }, (_, i) => `<tu><tuv xml:lang="en"><seg>Sentence number ${i} of the memory.</seg></tuv><tuv xml:lang="fr"><seg>Phrase ${i}.</seg></tuv>${i % 100 === 0 ? `<tuv xml:lang="de"><seg>Satz ${i}.</seg></tuv>` : ''}</tu>`);
  const tmx = `<tmx version="1.4"><header srclang="en"/><body>${units.join('\n')}</body></tmx>`;
  const { project, report } = tmxToProject(tmx, { ...OPTIONS, targets: ['DE'] });
  assert.deepEqual(report, { units: 300, imported: 3, pairs: 3, withoutSource: 0, withoutTranslation: 297, duplicateVariants: 0 });
  assert.deepEqual(project.source.segments.map((segment) => segment.text), ['Sentence number 0 of the memory.', 'Sentence number 100 of the memory.', 'Sentence number 200 of the memory.']);
  assert.deepEqual(project.targets.map((target) => target.document.lang), ['de']);
});

function reversedTargets(project: Project): Project {
  // Target segments listed backwards: the beads no longer meet them in order, so the cursor falls back to an index.
  return { ...project, targets: project.targets.map((target) => ({ ...target, document: { ...target.document, segments: [...target.document.segments].reverse() } })) };
}

test('export finds segments in a project whose segments are out of bead order, and names a bead whose segment is missing', () => {
  const project = alignedProject(['zh-CN', 'fr']);
  assert.deepEqual(collectExportUnits(reversedTargets(project), { status: 'all' }), collectExportUnits(project, { status: 'all' }));
  const single = alignedProject(['fr']);
  const backwards = { ...single, source: { ...single.source, segments: [...single.source.segments].reverse() } };
  const byId = (units: ReturnType<typeof collectExportUnits>['units']) => [...units].sort((a, b) => a.id.localeCompare(b.id));
  assert.deepEqual(byId(collectExportUnits(backwards).units), byId(collectExportUnits(single).units));
  const broken = alignedProject(['fr']);
  broken.targets[0]!.beads[5]!.target = ['no-such-segment'];
  assert.throws(
    () => projectToTmx(broken, WRITE),
    (error: unknown) => error instanceof UserError && error.code === 'export-unknown-segment' && error.params['segment'] === 'no-such-segment' && error.params['bead'] === broken.targets[0]!.beads[5]!.id,
  );
});

test('several targets are merged in source order: a 2-1 bead of one target and 1-1 beads of another make separate units', () => {
  const units = collectExportUnits(alignedProject(['zh-CN', 'fr', 'ja', 'es', 'de']), { status: 'all' }).units;
  const firstIds = units.map((unit) => Number(unit.id.split('+')[0]!.replace(/\D/g, '')));
  assert.deepEqual(firstIds, [...firstIds].sort((a, b) => a - b));
  assert.ok(units.some((unit) => unit.targets.length === 5), 'some unit holds all five targets');
  assert.equal(new Set(units.map((unit) => unit.id)).size, units.length, 'one unit per source span');
});

test('the quick forbidden-character check passes emoji and typographic text and still finds every forbidden character', () => {
  for (const text of ['plain', 'tab\tline\nCR\r', '’“”—€', '😀 𝄞', '\uE000\uFFFD']) assert.equal(findForbiddenXmlChar(text), undefined, text);
  assert.equal(findForbiddenXmlChar('bell\u0007'), 'U+0007');
  assert.equal(findForbiddenXmlChar('lone \uD800 high'), 'U+D800');
  assert.equal(findForbiddenXmlChar('lone \uDC00 low'), 'U+DC00');
  assert.equal(findForbiddenXmlChar('😀\uFFFE'), 'U+FFFE');
});
