import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSystemError, formatUserError } from '../../src/commands/handle-error.js';
import { EXIT } from '../../src/core/exit-codes.js';
import { initI18n } from '../../src/i18n/index.js';
import { runCli } from '../helpers/cli.js';

before(() => initI18n('en'));

/** The error Node throws for `action`, so the tests see real error shapes, not hand-made ones. */
function thrownBy(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  assert.fail('expected the action to throw');
}

test('writing into a missing folder or onto a folder is a user error naming the path, not a bug', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-fs-'));
  const missing = fileSystemError(thrownBy(() => writeFileSync(join(dir, 'no', 'report.html'), 'x')));
  assert.equal(missing?.exitCode, EXIT.userError);
  assert.equal(formatUserError(missing!).split('\n')[0], `bitext: cannot use ${join(dir, 'no', 'report.html')}: no such file or folder`);
  const onFolder = fileSystemError(thrownBy(() => writeFileSync(dir, 'x')));
  assert.match(formatUserError(onFolder!), /it is a folder, not a file/);
  // an atomic save's temporary file is named by its folder
  const temporary = fileSystemError(thrownBy(() => writeFileSync(join(dir, 'gone', '.scio.bitext.json.4242.tmp'), 'x')));
  assert.equal(temporary?.params['path'], join(dir, 'gone'));
  assert.equal(fileSystemError(new Error('plain')), undefined);
  assert.equal(fileSystemError(new TypeError('x')), undefined);
});

test('CLI: an output in a folder that does not exist exits 1 with one translated line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-fs-cli-'));
  writeFileSync(join(dir, 'a.txt'), 'Thank you.\n');
  writeFileSync(join(dir, 'b.txt'), 'Merci.\n');
  const result = runCli(['--ui-lang', 'fr', 'align', join(dir, 'a.txt'), join(dir, 'b.txt'), '--source-lang', 'en', '--target-lang', 'fr', '-o', join(dir, 'no', 'p.bitext.json')]);
  assert.equal(result.status, EXIT.userError, result.stderr);
  assert.match(result.stderr, /^bitext\u00a0: impossible d’utiliser .*no\u00a0: fichier ou dossier introuvable\n/);
  assert.doesNotMatch(result.stderr, /erreur interne|internal error|\n\s+at /);
});
