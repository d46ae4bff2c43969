/**
 * What `bitext export` says and does when there is little or nothing to export: no file at all (in
 * every format) when no pair qualifies, with the count of pairs still to review and `--status all`
 * offered; "standard output" rather than "-"; only the reasons that actually left pairs out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addTarget, createProject } from '../../src/core/project/index.js';
import type { Project, Segment } from '../../src/core/types.js';
import { saveProject } from '../../src/io/project-file.js';
import { runCli } from '../helpers/cli.js';
import { alignedProject } from '../core/formats/aligned-project.js';

function segments(texts: readonly string[]): Segment[] {
  return texts.map((text) => ({ text, start: 0, end: text.length, paragraph: 0, kind: 'sentence' }));
}

/** Two 1-1 pairs per target (no empty side), every bead with the given status. */
function smallProject(statuses: Record<string, 'auto' | 'confirmed'>): Project {
  let project = createProject({ name: 'small', author: 'li', time: '2024-01-01T00:00:00.000Z', toolVersion: '0', source: { lang: 'en', file: 'en.txt', segments: segments(['Good morning.', 'Thank you.']) } });
  const texts: Record<string, string[]> = { 'zh-CN': ['早上好。', '谢谢。'], fr: ['Bonjour.', 'Merci.'] };
  for (const lang of Object.keys(statuses)) {
    const beads = [0, 1].map((i) => ({ source: [i], target: [i], score: 0, confidence: 0.9 }));
    project = addTarget(project, { lang, file: `${lang}.txt`, segments: segments(texts[lang]!), beads });
  }
  return { ...project, targets: project.targets.map((target) => ({ ...target, beads: target.beads.map((bead) => ({ ...bead, status: statuses[target.document.lang]! })) })) };
}

function save(project: Project): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-export-report-'));
  const path = join(dir, 'p.bitext.json');
  saveProject(path, project);
  return { dir, path };
}

test('no confirmed pair: exit 1, the number still to review and --status all, and no file (TMX, TSV; XLIFF shares the TSV path)', () => {
  const { dir, path } = save(smallProject({ 'zh-CN': 'auto' }));
  for (const name of ['scio.tmx', 'scio.tsv']) {
    const result = runCli(['export', path, '-o', join(dir, name)]);
    assert.equal(result.status, 1, `${name}: ${result.stderr}`);
    assert.match(result.stderr, /nothing to export from .*p\.bitext\.json for zh-CN: no pair is confirmed yet \(2 to review\)/);
    assert.match(result.stderr, /--status all/);
  }
  assert.deepEqual(readdirSync(dir), ['p.bitext.json']);
  const toStdout = runCli(['--ui-lang', 'fr', 'export', path]);
  assert.equal(toStdout.status, 1);
  assert.equal(toStdout.stdout, '', 'not even a TMX header');
  assert.match(toStdout.stderr, /rien à exporter .*aucune paire n’est encore confirmée \(2 à relire\)/);
});

test('TSV with several targets: the target with nothing to export gets no file and a message, the others are written, exit 1', () => {
  const { dir, path } = save(smallProject({ 'zh-CN': 'auto', fr: 'confirmed' }));
  const result = runCli(['export', path, '-o', join(dir, 'pairs.tsv')]);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /for zh-CN: no pair is confirmed yet \(2 to review\)/);
  assert.deepEqual(readdirSync(dir).sort(), ['p.bitext.json', 'pairs.fr.tsv']);
  assert.equal(readFileSync(join(dir, 'pairs.fr.tsv'), 'utf8'), 'Good morning.\tBonjour.\tconfirmed\t0.9\nThank you.\tMerci.\tconfirmed\t0.9\n');
});

test('to stdout the report says "standard output" (translated) and, with nothing left out, no "left out" line', () => {
  const { path } = save(smallProject({ 'zh-CN': 'confirmed' }));
  const result = runCli(['export', path]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '2 pairs in 2 units written to standard output\n');
});

test('the "left out" line names only the reasons that left something out (translated, as is standard output)', () => {
  const project = alignedProject(['zh-CN']);
  project.targets[0]!.beads[1]!.status = 'excluded';
  const { path } = save(project);
  const result = runCli(['--ui-lang', 'fr', 'export', path]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /écrites dans la sortie standard$/m);
  // en-zh-CN gold ladder: two 1-0 beads and one 0-1 bead have an empty side.
  assert.match(result.stderr, /^laissées de côté\u00a0: 1 exclue, 3 avec un côté vide$/m);
  assert.doesNotMatch(result.stderr, /non confirmée|dans -/);
});
