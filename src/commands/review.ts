/**
 * `bitext review PROJECT [--target LL]`: open a project in the review screen. Needs a terminal;
 * takes the project's lock, explains a stale lock or a newer backup instead of failing, saves after
 * every change, and prints what the session changed when it closes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../core/errors.js';
import { EXIT } from '../core/exit-codes.js';
import { t } from '../i18n/index.js';
import { previewOfProject } from '../core/project/preview.js';
import { acquireLock, lockPath, readProjectFile, saveProject } from '../io/project-file.js';
import type { OpenedProject } from '../io/project-file.js';
import { isProcessAlive } from '../io/project-lock.js';
import { MIN_SIZE } from '../ui/min-size.js';
import type { runReview as openReviewScreen } from '../ui/run-review.js';

/** Options of `review`. */
export interface ReviewOptions {
  target?: string;
  author?: string;
  since?: string;
}

/** The name written into revisions: `--author`, else BITEXT_AUTHOR, else the OS user. */
export function defaultAuthor(explicit?: string): string {
  if (explicit) return explicit;
  const fromEnv = process.env['BITEXT_AUTHOR'];
  if (fromEnv) return fromEnv;
  try {
    return userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}

/** A path as a person would type it from here: relative inside the current folder, else absolute. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? resolve(path) : shown;
}

function isTerminal(): boolean {
  return process.stdin.isTTY === true && process.stdout.isTTY === true;
}

/** Stops with a clear message unless both standard input and output are terminals. */
export function requireTerminal(): void {
  if (!isTerminal()) throw new UserError('review-no-tty', {}, EXIT.userError);
}

/** Stops with a clear message when the terminal is too small to show the review screen at all. */
function requireRoom(): void {
  const { columns, rows } = process.stdout;
  if (columns < MIN_SIZE.columns || rows < MIN_SIZE.rows) {
    throw new UserError('review-terminal-too-small', { columns, rows, minColumns: MIN_SIZE.columns, minRows: MIN_SIZE.rows });
  }
}

/** A notice about how the last session ended, if it did not end cleanly. */
function recoveryNotice(path: string): { key: string; params: Record<string, string | number> } | undefined {
  const lock = lockPath(path);
  if (existsSync(lock)) {
    try {
      const owner = JSON.parse(readFileSync(lock, 'utf8')) as { pid?: unknown; host?: unknown };
      if (typeof owner.pid === 'number' && owner.host === hostname() && !isProcessAlive(owner.pid)) return { key: 'staleLock', params: { pid: owner.pid } };
    } catch {
      // An unreadable lock is acquireLock's business.
    }
  }
  const backup = `${path}.bak`;
  if (existsSync(backup) && statSync(backup).mtimeMs > statSync(path).mtimeMs + 1) return { key: 'newerBackup', params: { backup } };
  return undefined;
}

function parseSince(since: string | undefined): number | undefined {
  if (since === undefined) return undefined;
  const value = Number(since);
  if (!Number.isInteger(value) || value < 0) throw new UserError('review-bad-since', { value: since }, EXIT.usage);
  return value;
}

/** What the review screen's module exports. */
interface ReviewScreen {
  runReview: typeof openReviewScreen;
}

/**
 * The review screen's code: the one-file bundle `npm run build` makes of it (scripts/bundle-review.mjs)
 * when it is as new as the compiled modules, else the modules themselves (from source, or after a bare
 * `tsc`). Loading Ink's modules one by one takes about half a second before the first frame.
 */
async function loadReviewScreen(): Promise<ReviewScreen> {
  const bundle = new URL('../ui/run-review.bundle.js', import.meta.url);
  try {
    if (statSync(bundle).mtimeMs >= statSync(new URL('../ui/run-review.js', import.meta.url)).mtimeMs) return (await import(bundle.href)) as ReviewScreen;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return import('../ui/run-review.js');
}

/** Every pair takes at least one line, so this many pairs fill the list of any terminal up to that height. */
function pairsToPreview(): number {
  return Math.max(process.stdout.rows || 0, MIN_SIZE.rows);
}

/** Opens `path` in the review screen until the person quits; prints the session summary. */
export async function reviewProjectFile(path: string, options: ReviewOptions = {}): Promise<void> {
  // A wrong path or a broken file is reported as such, even without a terminal; nothing is locked yet.
  const since = parseSince(options.since);
  const request = { lang: options.target, pairs: pairsToPreview() };
  const file = readProjectFile(path, request);
  // The screen's first frame comes from the preview; the file is parsed right after it, before any key
  // is read, and checked in detail once the keys typed meanwhile are answered (see runReview). Without
  // a preview, or without a terminal (to report a broken file before the missing terminal), it is parsed
  // now. Nothing is saved before the detailed check, and the load's own hint offers NAME.bak when there
  // is one.
  let { preview } = file;
  let opened: OpenedProject | undefined;
  if (!preview || !isTerminal()) {
    opened = file.open();
    preview ??= previewOfProject(opened.project, request);
  }
  if (preview.targetLangs.length === 0) throw new UserError('review-no-targets', { path });
  if (options.target && !preview.targetLangs.includes(options.target)) {
    throw new UserError('project-unknown-lang', { lang: options.target, langs: preview.targetLangs.join(', ') });
  }
  requireTerminal();
  requireRoom();
  const notice = recoveryNotice(path);
  const release = acquireLock(path);
  try {
    // React picks its build when first loaded; the development build checks every element of every frame.
    process.env['NODE_ENV'] ??= 'production';
    // Ink draws only the last frame when CI or CONTINUOUS_INTEGRATION is set (is-in-ci, read when Ink loads).
    // We have just checked that a person is at a terminal, so the screen must be live even inside a CI job.
    for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) if (name in process.env) process.env[name] = 'false';
    const { runReview } = await loadReviewScreen();
    const shownPath = displayPath(path);
    const load = () => (opened ??= file.open()).project;
    const check = () => void opened?.finish();
    const result = await runReview({ preview, load, check, lang: options.target, author: defaultAuthor(options.author), sinceRevision: since, save: (next) => saveProject(path, next), notice });
    const { project, summary } = result;
    const lang = options.target ?? project.targets[0]!.document.lang;
    const line =
      summary.total === 0
        ? t('review.summaryNone', { name: project.meta.name, path: shownPath })
        : t('review.summary', { name: project.meta.name, lang, path: shownPath, ...summary });
    process.stdout.write(`${line}\n`);
  } finally {
    release();
  }
}

/** Adds `review` to the program. */
export function register(program: Command): void {
  program
    .command('review')
    .description(t('cli.review.description'))
    .argument('<project>', t('cli.review.projectArgument'))
    .option('--target <lang>', t('cli.review.targetOption'))
    .option('--author <name>', t('cli.review.authorOption'))
    .option('--since <revision>', t('cli.review.sinceOption'))
    .action(async (path: string, options: ReviewOptions) => {
      await reviewProjectFile(path, options);
    });
}
