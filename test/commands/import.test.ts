/** `bitext import` run as a user runs it: a TMX (or TSV, XLIFF) in, a project file out. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { loadProject } from '../../src/io/project-file.js';
import { COMPLIANCE_KIT } from '../core/formats/xmllint.js';

const ALIGNED = new URL('../../aligned/scio-2020-q1/', import.meta.url).pathname;

test('import a TMX: the project lands beside it, with confirmed 1-1 beads, and exports back to the same pairs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-import-'));
  copyFileSync(join(ALIGNED, 'en-ja.tmx'), join(dir, 'en-ja.tmx'));
  const result = runCli(['import', join(dir, 'en-ja.tmx')]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /31 pairs from 31 units \(en → ja\)/);
  const project = loadProject(join(dir, 'en-ja.bitext.json'));
  assert.equal(project.targets[0]!.beads.every((bead) => bead.status === 'confirmed' && bead.source.length === 1 && bead.target.length === 1), true);
  const back = runCli(['export', join(dir, 'en-ja.bitext.json')]);
  const segs = (tmx: string) => [...tmx.matchAll(/<seg>([^<]*)<\/seg>/g)].map((m) => m[1]);
  assert.deepEqual(segs(back.stdout), segs(readFileSync(join(ALIGNED, 'en-ja.tmx'), 'utf8')));
});

test('--source-lang and --target choose the pair; an existing project is never overwritten without --force', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-import-'));
  const out = join(dir, 'p.bitext.json');
  const result = runCli(['import', join(COMPLIANCE_KIT, 'ImportTest1J_many.tmx'), '-o', out, '--source-lang', 'en-us', '--target', 'en-gb']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /2 pairs from 3 units \(en-US → en-GB\)/);
  assert.match(result.stderr, /1 with no translation/);
  writeFileSync(out, 'my notes');
  const again = runCli(['import', join(COMPLIANCE_KIT, 'ImportTest1J_many.tmx'), '-o', out]);
  assert.equal(again.status, 1);
  assert.equal(readFileSync(out, 'utf8'), 'my notes');
});

test('a broken TMX names the line; a missing file and a TSV without languages are clear errors; nothing is written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-import-'));
  writeFileSync(join(dir, 'broken.tmx'), '<?xml version="1.0"?>\n<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="en"><seg>a</seg></tuv>\n</body></tmx>\n');
  const broken = runCli(['import', join(dir, 'broken.tmx')], { env: { LANG: 'fr_FR.UTF-8' } });
  assert.equal(broken.status, 3);
  assert.match(broken.stderr, /n'est pas du XML bien formé \(ligne 5/);
  assert.equal(existsSync(join(dir, 'broken.bitext.json')), false);
  assert.equal(runCli(['import', join(dir, 'none.tmx')]).status, 1);
  writeFileSync(join(dir, 'pairs.tsv'), 'Hello\tBonjour\n');
  const tsv = runCli(['import', join(dir, 'pairs.tsv')]);
  assert.equal(tsv.status, 1);
  assert.match(tsv.stderr, /--source-lang en --target fr/);
  assert.equal(runCli(['import', join(dir, 'pairs.tsv'), '--source-lang', 'en', '--target', 'fr']).status, 0);
  assert.equal(loadProject(join(dir, 'pairs.bitext.json')).targets[0]!.document.segments[0]!.text, 'Bonjour');
});
