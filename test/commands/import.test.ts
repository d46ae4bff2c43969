/**
 * `bitext import`: a few runs of the real CLI for what only the command does (where the project lands,
 * the report on stderr, refusing to overwrite, localized errors, exit codes); what the import reads
 * is checked in process (here and in test/core/formats/tmx-reader.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { projectToTmx } from '../../src/core/formats/tmx-writer.js';
import { tsvToProject } from '../../src/core/formats/tsv.js';
import { loadProject } from '../../src/io/project-file.js';
import { COMPLIANCE_KIT } from '../core/formats/xmllint.js';

const ALIGNED = new URL('../../aligned/scio-2020-q1/', import.meta.url).pathname;

const segs = (tmx: string) => [...tmx.matchAll(/<seg>([^<]*)<\/seg>/g)].map((m) => m[1]);

test('import a TMX: the project lands beside it, with confirmed 1-1 beads, and exports back to the same pairs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-import-'));
  copyFileSync(join(ALIGNED, 'en-ja.tmx'), join(dir, 'en-ja.tmx'));
  const result = runCli(['import', join(dir, 'en-ja.tmx')]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /31 pairs from 31 units \(en → ja\)/);
  const project = loadProject(join(dir, 'en-ja.bitext.json'));
  assert.equal(project.targets[0]!.beads.every((bead) => bead.status === 'confirmed' && bead.source.length === 1 && bead.target.length === 1), true);
  const back = projectToTmx(project, { toolVersion: '0', exportedAt: '2024-01-01T00:00:00Z' });
  assert.deepEqual(segs(back.tmx), segs(readFileSync(join(ALIGNED, 'en-ja.tmx'), 'utf8')));
});

test('--source-lang and --target choose the pair and the report says what was skipped; an existing project is never overwritten without --force', () => {
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

test('a broken TMX names the line (localized) and writes nothing; a TSV without languages asks for them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-import-'));
  writeFileSync(join(dir, 'broken.tmx'), '<?xml version="1.0"?>\n<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="en"><seg>a</seg></tuv>\n</body></tmx>\n');
  const broken = runCli(['import', join(dir, 'broken.tmx')], { env: { LANG: 'fr_FR.UTF-8' } });
  assert.equal(broken.status, 3);
  assert.match(broken.stderr, /n'est pas du XML bien formé \(ligne 5/);
  assert.equal(existsSync(join(dir, 'broken.bitext.json')), false);
  writeFileSync(join(dir, 'pairs.tsv'), 'Hello\tBonjour\n');
  const tsv = runCli(['import', join(dir, 'pairs.tsv')]);
  assert.equal(tsv.status, 1);
  assert.match(tsv.stderr, /--source-lang en --target fr/);
  assert.equal(existsSync(join(dir, 'pairs.bitext.json')), false);
  const project = tsvToProject(readFileSync(join(dir, 'pairs.tsv'), 'utf8'), { sourceLang: 'en', targetLang: 'fr', fileName: 'pairs.tsv', toolVersion: '0', importedAt: '2024-01-01T00:00:00Z' });
  assert.equal(project.targets[0]!.document.segments[0]!.text, 'Bonjour');
});

test('the report counts one unit as one, in English and in French (plural forms of both numbers)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-import-'));
  const english = runCli(['import', join(COMPLIANCE_KIT, 'ImportTest1I.tmx'), '-o', join(dir, 'en.bitext.json')]);
  assert.equal(english.status, 0, english.stderr);
  assert.match(english.stderr, /^1 pair from 1 unit \(en-US → ja-JP\) saved to /);
  const french = runCli(['--ui-lang', 'fr', 'import', join(COMPLIANCE_KIT, 'ImportTest1I.tmx'), '-o', join(dir, 'fr.bitext.json')]);
  assert.equal(french.status, 0, french.stderr);
  assert.match(french.stderr, /^1 paire tirée de 1 unité \(en-US → ja-JP\) enregistrée dans /);
});
