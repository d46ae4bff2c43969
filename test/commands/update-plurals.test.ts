import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAll } from '../helpers/cli-async.js';
import { runCli } from '../helpers/cli.js';
import { acquireLock } from '../../src/io/project-file.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-update-plural-'));
const project = join(dir, 'scio.bitext.json');
const revised = join(dir, 'en.r3.txt');
// One sentence edited: exactly one bead is re-aligned.
writeFileSync(revised, readFileSync('aligned/scio-2020-q1/en.txt', 'utf8').replace('Thank you.', 'Thank you very much.'));
const aligned = runCli(['align', 'aligned/scio-2020-q1/en.txt', 'aligned/scio-2020-q1/fr.txt', '--source-lang', 'en', '--target-lang', 'fr', '-o', project]);
const [english, french] = await runAll([
  [['update', project, '--source', revised, '--dry-run']],
  [['--ui-lang', 'fr', 'update', project, '--source', revised, '--dry-run']],
]);

test('update counts agree in number: one re-aligned pair is singular in English and French', () => {
  assert.equal(aligned.status, 0, aligned.stderr);
  assert.equal(english!.status, 0, english!.stderr);
  assert.equal(french!.status, 0, french!.stderr);
  assert.match(english!.stdout, /^ {2}fr: \d+ beads kept \(0 confirmed\), 1 re-aligned bead to review$/m);
  assert.match(french!.stdout, /^ {2}fr\u00a0: \d+ paires gardées \(confirmées\u00a0: 0\), 1 paire réalignée à relire$/m);
});

test('a dry run only reads: it works while another process holds the project open', () => {
  const release = acquireLock(project);
  try {
    const dry = runCli(['update', project, '--source', revised, '--dry-run']);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /1 re-aligned bead to review/);
    const real = runCli(['update', project, '--source', revised]);
    assert.equal(real.status, 1, 'a real update is still refused while the project is open');
    assert.match(real.stderr, /already open by process/);
  } finally {
    release();
  }
});
