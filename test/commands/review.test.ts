/**
 * `bitext review` and `bitext start` as a user runs them: without a terminal (clear message or a
 * useful summary), and end to end in a real pseudo-terminal (tmux) on the built CLI, checking the
 * project file on disk afterwards.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadProject, saveProject } from '../../src/io/project-file.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { sampleProject } from '../ui/helpers.js';

const work = mkdtempSync(join(tmpdir(), 'bitext-review-'));
after(() => rmSync(work, { recursive: true, force: true }));

function newestMtime(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    }),
  );
}

describe('bitext review without a terminal', () => {
  test('refuses with a clear message and exit 1, leaving the project alone', () => {
    const path = join(work, 'no-tty.bitext.json');
    saveProject(path, sampleProject());
    const before = readFileSync(path, 'utf8');
    const result = runCli(['review', path]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /bitext review needs an interactive terminal/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(readFileSync(path, 'utf8'), before);
  });

  test('a missing project says the file is not found, not that a terminal is needed', () => {
    const result = runCli(['review', join(work, 'missing.bitext.json')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /missing\.bitext\.json: no such file/);
    assert.doesNotMatch(result.stderr, /terminal/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });

  test('a damaged project with a .bak beside it: the error says how to restore it, and both files stay as they are', () => {
    const damaged = join(work, 'damaged.bitext.json');
    writeFileSync(damaged, '{"format": "bitext-project", "version": 1, "pairs": [');
    writeFileSync(`${damaged}.bak`, 'previous save');
    const result = runCli(['review', damaged]);
    assert.equal(result.status, 3);
    assert.match(result.stderr, /restore the previous version from .*damaged\.bitext\.json\.bak/);
    assert.equal(readFileSync(`${damaged}.bak`, 'utf8'), 'previous save');
    assert.equal(readFileSync(damaged, 'utf8'), '{"format": "bitext-project", "version": 1, "pairs": [');
  });

  test('a broken project or an unknown --target is named before the terminal check, and no lock is taken', () => {
    const broken = join(work, 'broken.bitext.json');
    writeFileSync(broken, '{"format": "bitext-project", "version": 1, "pairs": [');
    const result = runCli(['review', broken]);
    assert.equal(result.status, 3);
    assert.doesNotMatch(result.stderr, /terminal/);
    assert.equal(existsSync(`${broken}.lock`), false);
    assert.equal(readFileSync(broken, 'utf8'), '{"format": "bitext-project", "version": 1, "pairs": [');

    const path = join(work, 'target.bitext.json');
    saveProject(path, sampleProject());
    const unknown = runCli(['review', path, '--target', 'de']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /de/);
    assert.doesNotMatch(unknown.stderr, /terminal/);
    assert.equal(existsSync(`${path}.lock`), false);
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const DIST_CLI = join(REPO_ROOT, 'dist', 'cli.js');

describe(
  'bitext review in a terminal (tmux, built CLI)',
  // Skipped only on a developer's machine without tmux; in CI (.ci/run installs it) a missing tmux fails.
  { skip: hasTmux || process.env['CI'] ? false : 'tmux is not installed' }, () => {
  const session = `bitext-e2e-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
  const screen = () => tmux('capture-pane', '-p', '-t', session);
  // Generous: a loaded CI machine can take many seconds to start Node; this waits for content, it times nothing.
  async function waitFor(what: RegExp, timeoutMs = 90_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const text = screen();
      if (what.test(text)) return text;
      if (Date.now() - start > timeoutMs) assert.fail(`screen never showed ${what}:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  before(() => {
    // CI builds before testing; build here only when dist/ is missing or older than the sources.
    if (!existsSync(DIST_CLI) || statSync(DIST_CLI).mtimeMs < newestMtime(join(REPO_ROOT, 'src'))) {
      // tsc emits even when another area's files have type errors; the typecheck step reports those.
      // Then the review screen's bundle, which the built CLI loads (as after `npm run build`).
      spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: REPO_ROOT, stdio: 'ignore' });
      spawnSync(process.execPath, ['scripts/bundle-review.mjs'], { cwd: REPO_ROOT, stdio: 'ignore' });
    }
  });
  after(() => spawnSync('tmux', ['kill-session', '-t', session]));

  test('a file broken deep inside: the screen opens, then closes with the one-line error, and the file is untouched', { timeout: 240_000 }, async () => {
    const path = join(work, 'late-error.bitext.json');
    const data = JSON.parse(JSON.stringify(sampleProject())) as ReturnType<typeof sampleProject>;
    Object.assign(data.targets[0]!.beads[20]!, { status: 'maybe' });
    const text = JSON.stringify(data);
    writeFileSync(path, text);
    const out = join(work, 'late-error.out');
    const command = `cd ${REPO_ROOT} && LANG=C.UTF-8 NO_COLOR=1 node dist/cli.js review ${path} 2> ${out}; echo "exit $?" >> ${out}; sleep 30`;
    tmux('new-session', '-d', '-s', `${session}-late`, '-x', '120', '-y', '30', command);
    try {
      for (let waited = 0; !/exit \d+/.test(existsSync(out) ? readFileSync(out, 'utf8') : ''); waited += 100) {
        if (waited > 90_000) assert.fail('the review never ended');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      spawnSync('tmux', ['kill-session', '-t', `${session}-late`]);
    }
    // Without the cursor show/hide codes Ink also writes to standard error (invisible on a terminal).
    // eslint-disable-next-line no-control-regex
    const lines = readFileSync(out, 'utf8').replace(/\u001B\[\?25[hl]/g, '').trim().split('\n');
    assert.match(lines[0]!, /late-error\.bitext\.json.*\$\.targets\[0\]\.beads\[20\]\.status/);
    assert.equal(lines.at(-1), 'exit 3');
    assert.equal(lines.length, 3, `the message, its hint, the exit status: ${lines.join(' / ')}`);
    assert.equal(readFileSync(path, 'utf8'), text);
    assert.ok(!existsSync(`${path}.lock`) && !existsSync(`${path}.journal`) && !existsSync(`${path}.bak`));
  });

  test('confirm, merge, edit in Chinese, quit: the project on disk has every change', { timeout: 240_000 }, async () => {
    // The built CLI runs the review screen from its one-file bundle when the bundle is as new as dist/ui.
    const bundle = join(REPO_ROOT, 'dist', 'ui', 'run-review.bundle.js');
    assert.ok(existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(join(REPO_ROOT, 'dist', 'ui', 'run-review.js')).mtimeMs, 'the bundle is fresh');
    const path = join(work, 'e2e.bitext.json');
    const rcFile = join(work, 'e2e.rc');
    saveProject(path, sampleProject());
    const command = `cd ${REPO_ROOT} && LANG=C.UTF-8 NO_COLOR=1 CI=true node dist/cli.js review ${path} --author e2e; echo $? > ${rcFile}; sleep 30`;
    // CI=true as in a CI job: the screen must be live anyway (Ink would otherwise draw only at exit).
    tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '30', command);
    await waitFor(/0\/35 confirmed/);
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(/1\/35 confirmed/);
    tmux('send-keys', '-t', session, '7', 'Enter');
    await waitFor(/▶\s+7 · 1-1/);
    tmux('send-keys', '-t', session, 'm');
    await waitFor(/▶\s+7 · 2-1/);
    tmux('send-keys', '-t', session, '3', 'Enter', 'e');
    await waitFor(/editing pair 3/);
    tmux('send-keys', '-t', session, 'Home');
    tmux('send-keys', '-t', session, '-l', '北京，');
    await waitFor(/北京，2020年4月26日/);
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(/▶\s+3 · 1-1\s+April 26, 2020\s+│ 北京，2020年4月26日/);
    tmux('send-keys', '-t', session, 'q');
    const after = await waitFor(/Saved to/);
    assert.match(after, /1 confirmed, 0 excluded, 1 edited, 1 merged, 0 split/);
    for (let waited = 0; !existsSync(rcFile) && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(readFileSync(rcFile, 'utf8').trim(), '0');
    const project = loadProject(path);
    const zh = project.targets.find((target) => target.document.lang === 'zh-CN')!;
    assert.equal(zh.beads[0]!.status, 'confirmed');
    assert.deepEqual(zh.beads[6]!.source, ['s6', 's7']);
    assert.equal(zh.document.segments.find((segment) => segment.id === 't2')!.text, '北京，2020年4月26日');
    assert.deepEqual(
      project.revisions.map((revision) => [revision.operation, revision.author]),
      [
        ['set-status', 'e2e'],
        ['merge-next', 'e2e'],
        ['edit-segment', 'e2e'],
      ],
    );
    assert.ok(!existsSync(`${path}.lock`), 'the lock is released');
  });
});
