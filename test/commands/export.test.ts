/**
 * `bitext export`: a few runs of the real CLI for what only the command does (stdout, exit codes, the
 * report on stderr, one file per target, refusing to overwrite); the rest (atomic writes, forbidden
 * characters, XLIFF content, bad projects) in process, where it costs no CLI start-up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { UserError } from '../../src/core/errors.js';
import { selectTargets } from '../../src/core/formats/export-units.js';
import { tmxChunks } from '../../src/core/formats/tmx-writer.js';
import { projectToXliff } from '../../src/core/formats/xliff-writer.js';
import { checkOutputFree, writeChunks } from '../../src/io/export-file.js';
import { loadProject, saveProject } from '../../src/io/project-file.js';
import { alignedProject } from '../core/formats/aligned-project.js';
import { tmxDtdErrors } from '../core/formats/xmllint.js';
import { readSentences } from '../helpers/gold.js';

const TMX_OPTIONS = { toolVersion: '0', exportedAt: '2024-01-01T00:00:00Z' };

function projectFile(mutate?: (project: ReturnType<typeof alignedProject>) => void): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-export-'));
  const project = alignedProject(['zh-CN', 'fr']);
  mutate?.(project);
  const path = join(dir, 'scio.bitext.json');
  saveProject(path, project);
  return { dir, path };
}

const isUserError = (code: string) => (error: unknown) => error instanceof UserError && error.code === code;

test('export writes a valid multilingual TMX to stdout and says what it left out', () => {
  const { path } = projectFile();
  const result = runCli(['export', path]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(tmxDtdErrors(result.stdout), '');
  assert.ok(result.stdout.includes(`<seg>${readSentences('zh-CN')[2]}</seg>`));
  assert.match(result.stderr, /pairs in \d+ units written to standard output/);
  assert.match(result.stderr, /with an empty side/);
});

test('-o FILE refuses to replace a file without --force (CLI); writes go through a temporary file renamed into place', () => {
  const { dir, path } = projectFile();
  const out = join(dir, 'out.tmx');
  writeFileSync(out, 'precious');
  const again = runCli(['export', path, '-o', out]);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already exists/);
  assert.equal(readFileSync(out, 'utf8'), 'precious');
  assert.throws(() => checkOutputFree(out, false), isUserError('output-exists'));
  checkOutputFree(out, true);
  const summary = writeChunks(out, tmxChunks(loadProject(path), TMX_OPTIONS));
  assert.ok(summary.pairs > 0);
  assert.equal(tmxDtdErrors(readFileSync(out, 'utf8')), '');
  assert.deepEqual(readdirSync(dir).sort(), ['out.tmx', 'scio.bitext.json']);
});

test('a forbidden character stops the export naming the bead and leaves no file, not even a temporary one', () => {
  const { dir, path } = projectFile((project) => {
    const segment = project.targets[1]!.document.segments[0]!;
    segment.text = `${segment.text}\u0001`;
  });
  const out = join(dir, 'bad.tmx');
  const refused = runCli(['export', path, '-o', out]);
  assert.equal(refused.status, 3);
  assert.match(refused.stderr, /bead b0 \(fr\) contains U\+0001/);
  assert.doesNotMatch(refused.stderr, /\n\s+at /);
  assert.deepEqual(readdirSync(dir), ['scio.bitext.json']);
  const project = loadProject(path);
  assert.throws(() => writeChunks(out, tmxChunks(project, TMX_OPTIONS)), isUserError('export-forbidden-char'));
  assert.deepEqual(readdirSync(dir), ['scio.bitext.json']);
  const sanitized = writeChunks(out, tmxChunks(project, { ...TMX_OPTIONS, sanitize: true }));
  assert.deepEqual(sanitized.sanitized, [{ bead: 'b0', lang: 'fr', removed: 1 }]);
  assert.equal(tmxDtdErrors(readFileSync(out, 'utf8')), '');
});

test('TSV writes one file per target and counts unconfirmed pairs; XLIFF needs -o for several targets', () => {
  const { dir, path } = projectFile((project) => {
    project.targets[0]!.beads[0]!.status = 'auto';
  });
  const tsv = join(dir, 'pairs.tsv');
  const confirmed = runCli(['export', path, '-o', tsv]);
  assert.equal(confirmed.status, 0, confirmed.stderr);
  assert.match(confirmed.stderr, /1 not confirmed/);
  const zh = readFileSync(join(dir, 'pairs.zh-CN.tsv'), 'utf8').split('\n');
  assert.equal(zh[0], `${readSentences('en')[1]}\t${readSentences('zh-CN')[1]}\tconfirmed\t1`);
  assert.ok(existsSync(join(dir, 'pairs.fr.tsv')));
  const both = runCli(['export', path, '--format', 'xliff']);
  assert.equal(both.status, 1);
  assert.match(both.stderr, /-o FILE/);
});

test('XLIFF with --status all holds the automatic pair as translated, confirmed ones as reviewed', () => {
  const project = alignedProject(['zh-CN']);
  project.targets[0]!.beads[0]!.status = 'auto';
  const { xliff, summary } = projectToXliff(project, { status: 'all', targets: ['zh-CN'] });
  assert.ok(xliff.includes('srcLang="en" trgLang="zh-CN"'));
  assert.equal(xliff.match(/<segment state="translated">/g)?.length, 1);
  assert.ok(xliff.includes('<segment state="reviewed">'));
  assert.equal(summary.skipped.unconfirmed, 0);
});

test('a corrupt project is one clear line and exit 3; missing projects and unknown targets are user errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-export-'));
  writeFileSync(join(dir, 'bad.bitext.json'), '{"format": "bitext-project"');
  const corrupt = runCli(['export', join(dir, 'bad.bitext.json')]);
  assert.equal(corrupt.status, 3);
  assert.doesNotMatch(corrupt.stderr, /\n\s+at /);
  assert.throws(() => loadProject(join(dir, 'none.bitext.json')), isUserError('file-not-found'));
  assert.throws(() => selectTargets(alignedProject(['zh-CN', 'fr']), ['de']), (error: unknown) => isUserError('export-unknown-target')(error) && (error as UserError).params['available'] === 'zh-CN, fr');
});
