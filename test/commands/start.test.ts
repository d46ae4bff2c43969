/** `bitext start` (what `npm start` runs) without a terminal: it aligns the sample and says what to do next. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadProject } from '../../src/io/project-file.js';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'bitext-start-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('bitext start without a terminal', () => {
  test('aligns the sample into the work folder, prints a summary and exits 0; reuses it next time', () => {
    const env = { BITEXT_WORK_DIR: join(work, 'start') };
    const first = runCli(['start'], { env });
    assert.equal(first.status, 0, first.stderr);
    const path = join(work, 'start', 'scio-2020-q1.bitext.json');
    assert.ok(existsSync(path));
    const project = loadProject(path);
    const pairs = project.targets[0]!.beads.length;
    assert.ok(pairs >= 28 && pairs <= 36, `about one pair per sentence of the sample (${pairs})`);
    assert.match(first.stdout, new RegExp(`^${pairs} pairs, 0 confirmed, .*run npm start in a terminal, or: bitext review `));
    assert.match(first.stderr, /Aligned \d+ pairs into/);
    const second = runCli(['start'], { env });
    assert.equal(second.status, 0);
    assert.match(second.stderr, /Reusing /);
  });
});

