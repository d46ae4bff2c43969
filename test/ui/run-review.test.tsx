/**
 * `runReview` on a fake terminal: the first frame is drawn from the preview before the project is
 * loaded; a key pressed while it loads is read by the screen once it has, and answered before the
 * detailed check runs; nothing is saved before that check has passed, and a load or a check that
 * fails closes the screen without a single save.
 */
// First, before anything loads Ink: frames must be drawn even when the tests run in CI.
import './live-ink.js';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { before, describe, test } from 'node:test';
import { UserError } from '../../src/core/errors.js';
import { previewOfProject } from '../../src/core/project/preview.js';
import type { Project } from '../../src/core/types.js';
import { initI18n } from '../../src/i18n/index.js';
import { runReview } from '../../src/ui/run-review.js';
import type { RunReviewInput } from '../../src/ui/run-review.js';
import { KEY, sampleProject } from './helpers.js';

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

/** A keyboard that keeps what is typed until it is read, as a terminal does. */
class TerminalStdin extends PassThrough {
  readonly isTTY = true;
  setRawMode(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
}

function terminal() {
  const stdout = new FakeStdout();
  const stdin = new TerminalStdin();
  return { stdout, stdin, streams: { stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, size: { columns: 100, rows: 30 } } };
}

const confirmedIn = (project: Project) => project.targets[0]!.beads.filter((bead) => bead.status === 'confirmed').length;

async function waitFor(test: () => boolean): Promise<void> {
  // Ink draws at most 30 frames a second: this waits for content, it times nothing.
  for (let waited = 0; !test() && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}

const problem = new UserError('project-invalid-field', { path: 'x.bitext.json', where: '$.targets[0].beads[20].status', detail: 'bad' }, 3);

/** The sample project on the fake terminal, with the steps a test watches. */
function openReview(project: Project, streams: ReturnType<typeof terminal>['streams'], steps: Pick<RunReviewInput, 'save' | 'load' | 'check'>) {
  return runReview({ preview: previewOfProject(project, { pairs: 30 }), author: 'li.wei', terminal: streams, ...steps });
}

describe('runReview', () => {
  before(() => initI18n('en'));

  test('a project that fails to load after the first frame: the screen closes with that error, nothing saved', async () => {
    const { stdout, stdin, streams } = terminal();
    const project = sampleProject();
    let saves = 0;
    let frameBeforeLoad = '';
    const review = openReview(project, streams, {
      save: () => saves++,
      load: () => {
        frameBeforeLoad = stdout.text;
        stdin.write(KEY.enter);
        throw problem;
      },
    });
    await assert.rejects(review, (error) => error === problem);
    assert.match(frameBeforeLoad, /0\/35 confirmed/, 'the first frame was drawn before the load');
    assert.match(frameBeforeLoad, /国务院新闻办公室/, 'with the pairs');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(saves, 0);
    assert.ok(stdout.text.endsWith('\u001B[?1049l'), 'the alternate screen is left');
  });

  test('a key pressed while the project loads is answered before the check, and saved once the check has passed', async () => {
    const { stdout, stdin, streams } = terminal();
    const project = sampleProject();
    const saved: number[] = [];
    const steps: string[] = [];
    const review = openReview(project, streams, {
      save: (next) => {
        steps.push('save');
        saved.push(confirmedIn(next));
      },
      load: () => {
        steps.push('load');
        stdin.write(KEY.enter);
        return project;
      },
      check: () => {
        steps.push('check');
        assert.match(stdout.text, /1\/35 confirmed/, 'the key typed during the load is on screen before the check');
      },
    });
    await waitFor(() => steps.includes('check'));
    stdin.write(KEY.enter);
    await waitFor(() => /2\/35 confirmed/.test(stdout.text));
    stdin.write('q');
    const result = await review;
    assert.deepEqual(steps.slice(0, 3), ['load', 'check', 'save'], 'the first change is held until the check has passed');
    assert.equal(result.summary.confirmed, 2);
    assert.deepEqual(saved.slice(0, 2), [1, 2]);
    assert.equal(confirmedIn(result.project), 2);
  });

  test('a check that fails after a key was answered closes the screen with its error, the change unsaved', async () => {
    const { stdout, stdin, streams } = terminal();
    const project = sampleProject();
    let saves = 0;
    const review = openReview(project, streams, {
      save: () => saves++,
      load: () => {
        stdin.write(KEY.enter);
        return project;
      },
      check: () => {
        throw problem;
      },
    });
    await assert.rejects(review, (error) => error === problem);
    assert.match(stdout.text, /1\/35 confirmed/, 'the key was answered');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(saves, 0);
    assert.ok(stdout.text.endsWith('\u001B[?1049l'), 'the alternate screen is left');
  });

  test('quitting before the check still runs it, then saves what was held', async () => {
    const { stdin, streams } = terminal();
    const project = sampleProject();
    const steps: string[] = [];
    const review = openReview(project, streams, {
      save: (next) => steps.push(`save ${confirmedIn(next)}`),
      load: () => {
        stdin.write(KEY.enter);
        stdin.write('q');
        return project;
      },
      check: () => steps.push('check'),
    });
    const result = await review;
    assert.deepEqual(steps, ['check', 'save 1']);
    assert.equal(result.summary.confirmed, 1);
  });
});
