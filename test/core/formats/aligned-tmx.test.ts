/**
 * aligned/scio-2020-q1/*.tmx are the exports of the gold bitext; this test regenerates them in memory
 * and compares byte for byte. After a deliberate change to the writer, rewrite them with
 * `UPDATE_SNAPSHOT=1 node scripts/run-tests.mjs aligned-tmx` and review the diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectToTmx } from '../../../src/core/formats/tmx-writer.js';
import { tmxToProject } from '../../../src/core/formats/tmx-reader.js';
import { ALIGNED_EXPORTED, ALIGNED_TARGETS, alignedProject } from './aligned-project.js';
import { tmxDtdErrors } from './xmllint.js';
import { readSentences } from '../../helpers/gold.js';

const DIR = fileURLToPath(new URL('../../../aligned/scio-2020-q1/', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const FILES: Array<{ file: string; targets: readonly string[] }> = [...ALIGNED_TARGETS.map((lang) => ({ file: `en-${lang}.tmx`, targets: [lang] })), { file: 'scio-2020-q1.tmx', targets: ALIGNED_TARGETS }];

function render(targets: readonly string[]): string {
  return projectToTmx(alignedProject(targets), { toolVersion: VERSION, exportedAt: ALIGNED_EXPORTED, status: 'confirmed' }).tmx;
}

for (const { file, targets } of FILES) {
  test(`aligned/scio-2020-q1/${file} is what the exporter writes today, and is valid TMX 1.4`, () => {
    const expected = render(targets);
    if (process.env['UPDATE_SNAPSHOT'] === '1') writeFileSync(`${DIR}${file}`, expected);
    assert.equal(readFileSync(`${DIR}${file}`, 'utf8'), expected, `${file} is stale: UPDATE_SNAPSHOT=1 rewrites it`);
    assert.equal(tmxDtdErrors(expected), '');
  });
}

test('en-fr.tmx holds the gold pairs: 2-1 beads joined with a space, 1-0 and 0-1 beads left out', () => {
  const tmx = readFileSync(`${DIR}en-fr.tmx`, 'utf8');
  const en = readSentences('en');
  const fr = readSentences('fr');
  // Gold ladder line 4 is [3, 4]:[3]: two English sentences, one French one.
  assert.ok(tmx.includes(`<seg>${en[3]} ${en[4]}</seg>`.replace(/&/g, '&amp;')), 'joined 2-1 source');
  assert.ok(tmx.includes('<prop type="x-bitext-bead-type">2-1</prop>'));
  const { project, report } = tmxToProject(tmx, { fileName: 'en-fr.tmx', toolVersion: VERSION, importedAt: ALIGNED_EXPORTED });
  const ladder = readFileSync(new URL('../../fixtures/gold/en-fr.ladder', import.meta.url), 'utf8').trim().split('\n');
  const full = ladder.filter((line) => !line.includes('[]')).length;
  assert.equal(report.units, full);
  assert.equal(project.targets[0]!.document.segments[0]!.text, fr[0]);
  assert.equal(project.source.segments[0]!.text, en[0]);
});

test('the multilingual file groups targets whose beads cover the same English sentences into one <tu>', () => {
  const tmx = readFileSync(`${DIR}scio-2020-q1.tmx`, 'utf8');
  const first = tmx.slice(tmx.indexOf('<tu '), tmx.indexOf('</tu>'));
  for (const lang of ['en', ...ALIGNED_TARGETS]) assert.ok(first.includes(`xml:lang="${lang}"`), lang);
  // en-fr merges English 3+4 while the other targets keep 3 alone: both alignments survive as units.
  assert.ok(tmx.includes('tuid="s3"') && tmx.includes('tuid="s3+s4"'));
  const { project } = tmxToProject(tmx, { fileName: 'scio-2020-q1.tmx', toolVersion: VERSION, importedAt: ALIGNED_EXPORTED });
  assert.deepEqual(project.targets.map((target) => target.document.lang), [...ALIGNED_TARGETS]);
});
