/**
 * `runReview` on a fake terminal: the detailed check of the project runs after the first frame is
 * drawn and before any key is read, and a failed check closes the screen without a single save.
 */
// First, before anything loads Ink: frames must be drawn even when the tests run in CI.
import './live-ink.js';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { before, describe, test } from 'node:test';
import { UserError } from '../../src/core/errors.js';
import { initI18n } from '../../src/i18n/index.js';
import { runReview } from '../../src/ui/run-review.js';
import { KEY, sampleProject } from './helpers.js';
import { FakeStdin } from '../helpers/fake-stdin.js';

class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly columns = 100;
  readonly rows = 30;
  text = '';
  write = (chunk: string) => {
    this.text += chunk;
    return true;
  };
}

function terminal() {
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  return { stdout, stdin, streams: { stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, size: { columns: 100, rows: 30 } } };
}

describe('runReview', () => {
  before(() => initI18n('en'));

  test('a project that fails the check after the first frame: the screen closes with that error, nothing saved', async () => {
    const { stdout, stdin, streams } = terminal();
    let saves = 0;
    let frameBeforeCheck = '';
    const problem = new UserError('project-invalid-field', { path: 'x.bitext.json', where: '$.targets[0].beads[20].status', detail: 'bad' }, 3);
    const review = runReview({
      project: sampleProject(),
      author: 'li.wei',
      save: () => saves++,
      terminal: streams,
      validate: () => {
        frameBeforeCheck = stdout.text;
        // Even a key handled at once (the fake stdin delivers it synchronously) saves nothing.
        stdin.write(KEY.enter);
        throw problem;
      },
    });
    await assert.rejects(review, (error) => error === problem);
    assert.match(frameBeforeCheck, /0\/35 confirmed/, 'the first frame was drawn before the check');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(saves, 0);
    assert.ok(stdout.text.endsWith('\u001B[?1049l'), 'the alternate screen is left');
  });

  test('a project that passes the check: keys work and save as usual', async () => {
    const { stdout, stdin, streams } = terminal();
    let checks = 0;
    const saved: number[] = [];
    const review = runReview({
      project: sampleProject(),
      author: 'li.wei',
      save: (project) => saved.push(project.targets[0]!.beads.filter((bead) => bead.status === 'confirmed').length),
      terminal: streams,
      validate: () => {
        checks++;
        // A change made before the check has passed is saved once it has.
        stdin.write(KEY.enter);
        assert.deepEqual(saved, []);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    stdin.write(KEY.enter);
    // Ink draws at most 30 frames a second: wait for the frame (it waits for content, it times nothing).
    for (let waited = 0; !/2\/35 confirmed/.test(stdout.text) && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    stdin.write('q');
    const result = await review;
    assert.equal(checks, 1);
    assert.equal(result.summary.confirmed, 2);
    assert.deepEqual(saved, [1, 2]);
    assert.match(stdout.text, /2\/35 confirmed/);
  });
});
