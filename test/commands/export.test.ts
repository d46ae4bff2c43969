/** `bitext export` run as a user runs it: a project file in, TMX / TSV / XLIFF out, counts on stderr. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { saveProject } from '../../src/io/project-file.js';
import { alignedProject } from '../core/formats/aligned-project.js';
import { tmxDtdErrors } from '../core/formats/xmllint.js';
import { readSentences } from '../helpers/gold.js';

function projectFile(mutate?: (project: ReturnType<typeof alignedProject>) => void): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-export-'));
  const project = alignedProject(['zh-CN', 'fr']);
  mutate?.(project);
  const path = join(dir, 'scio.bitext.json');
  saveProject(path, project);
  return { dir, path };
}

test('export writes a valid multilingual TMX to stdout and says what it left out', () => {
  const { path } = projectFile();
  const result = runCli(['export', path]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(tmxDtdErrors(result.stdout), '');
  assert.ok(result.stdout.includes(`<seg>${readSentences('zh-CN')[2]}</seg>`));
  assert.match(result.stderr, /pairs in \d+ units written to -/);
  assert.match(result.stderr, /with an empty side/);
});

test('-o FILE writes the file atomically and refuses to replace it without --force', () => {
  const { dir, path } = projectFile();
  const out = join(dir, 'out.tmx');
  assert.equal(runCli(['export', path, '-o', out]).status, 0);
  assert.equal(tmxDtdErrors(readFileSync(out, 'utf8')), '');
  writeFileSync(out, 'precious');
  const again = runCli(['export', path, '-o', out]);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already exists/);
  assert.equal(readFileSync(out, 'utf8'), 'precious');
  assert.equal(runCli(['export', path, '-o', out, '--force']).status, 0);
  assert.notEqual(readFileSync(out, 'utf8'), 'precious');
});

test('a forbidden character stops the export naming the bead and leaves no file; --sanitize removes it with a warning', () => {
  const { dir, path } = projectFile((project) => {
    const segment = project.targets[1]!.document.segments[0]!;
    segment.text = `${segment.text}\u0001`;
  });
  const out = join(dir, 'bad.tmx');
  const refused = runCli(['export', path, '-o', out]);
  assert.equal(refused.status, 3);
  assert.match(refused.stderr, /bead b0 \(fr\) contains U\+0001/);
  assert.doesNotMatch(refused.stderr, /\n\s+at /);
  assert.equal(existsSync(out), false);
  const sanitized = runCli(['export', path, '-o', out, '--sanitize']);
  assert.equal(sanitized.status, 0);
  assert.match(sanitized.stderr, /removed 1 character\(s\) that XML forbids from bead b0 \(fr\)/);
  assert.equal(tmxDtdErrors(readFileSync(out, 'utf8')), '');
});

test('TSV and XLIFF write one file per target; --status all adds automatic pairs', () => {
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
  const xlf = join(dir, 'pairs.xlf');
  assert.equal(runCli(['export', path, '-o', xlf, '--status', 'all', '--target', 'zh-CN']).status, 0);
  const xliff = readFileSync(xlf, 'utf8');
  assert.ok(xliff.includes('srcLang="en" trgLang="zh-CN"'));
  assert.ok(xliff.includes('<segment state="translated">'));
  const both = runCli(['export', path, '--format', 'xliff']);
  assert.equal(both.status, 1);
  assert.match(both.stderr, /-o FILE/);
});

test('a missing or corrupt project is one clear line and a non-zero exit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-export-'));
  const missing = runCli(['export', join(dir, 'none.bitext.json')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no such file/);
  writeFileSync(join(dir, 'bad.bitext.json'), '{"format": "bitext-project"');
  const corrupt = runCli(['export', join(dir, 'bad.bitext.json')]);
  assert.equal(corrupt.status, 3);
  assert.doesNotMatch(corrupt.stderr, /\n\s+at /);
  const unknown = runCli(['export', projectFile().path, '--target', 'de']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /no target in de/);
});
