/**
 * `bitext start` (what `npm start` runs): aligns the bundled en → zh-CN sample into a working
 * project under `.bitext-work/` (reused when it exists, so edits survive and the repository stays
 * clean) and opens it for review. Without a terminal it aligns, prints a summary and exits 0.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { align } from '../core/align/index.js';
import { UserError } from '../core/errors.js';
import { addTarget, createProject } from '../core/project/create.js';
import { segment } from '../core/segment/index.js';
import type { Project } from '../core/types.js';
import { t } from '../i18n/index.js';
import { loadProject, saveProject } from '../io/project-file.js';
import { lexiconsFor } from '../io/align-lexicons.js';
import { readText } from '../io/read-text.js';
import { toolVersion } from '../io/tool-version.js';
import { LOW_CONFIDENCE } from '../ui/state/pairs.js';
import { defaultAuthor, displayPath, reviewProjectFile } from './review.js';

/** The package root, from src/commands (tsx) or dist/commands (built) alike. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bundled sample. */
export const SAMPLE = {
  dir: join(PACKAGE_ROOT, 'aligned', 'scio-2020-q1'),
  source: 'en',
  target: 'zh-CN',
} as const;

/** Where the working project goes: `.bitext-work/` in the package (ignored by git), or BITEXT_WORK_DIR. */
export function workingProjectPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['BITEXT_WORK_DIR'] || join(PACKAGE_ROOT, '.bitext-work'), 'scio-2020-q1.bitext.json');
}

function readSample(lang: string): { file: string; text: string } {
  const path = join(SAMPLE.dir, `${lang}.txt`);
  if (!existsSync(path)) throw new UserError('start-no-sample', { path });
  return { file: basename(path), text: readText(path) };
}

/** Segments and aligns the sample into a new project. */
export function alignSample(author: string, version: string, time: string): Project {
  const source = readSample(SAMPLE.source);
  const target = readSample(SAMPLE.target);
  const sourceSegments = segment(source.text, { lang: SAMPLE.source });
  const targetSegments = segment(target.text, { lang: SAMPLE.target });
  const beads = align(
    sourceSegments.map((s) => s.text),
    targetSegments.map((s) => s.text),
    { sourceLang: SAMPLE.source, targetLang: SAMPLE.target, sourceSegments, targetSegments, lexicons: lexiconsFor(SAMPLE.source, SAMPLE.target) },
  );
  const project = createProject({ name: 'scio-2020-q1', author, time, toolVersion: version, source: { lang: SAMPLE.source, file: source.file, segments: sourceSegments } });
  return addTarget(project, { lang: SAMPLE.target, file: target.file, segments: targetSegments, beads });
}

/** The working project: loaded when it exists, else aligned from the sample and saved. */
export function workingProject(path: string, author: string, log: (line: string) => void): Project {
  const shown = displayPath(path);
  if (existsSync(path)) {
    log(t('start.reusing', { path: shown }));
    return loadProject(path);
  }
  log(t('start.aligning', { source: SAMPLE.source, target: SAMPLE.target }));
  const project = alignSample(author, toolVersion(), new Date().toISOString());
  mkdirSync(join(path, '..'), { recursive: true });
  saveProject(path, project);
  log(t('start.created', { pairs: project.targets[0]!.beads.length, path: shown }));
  return project;
}

/** Runs `start`: the sample, opened for review (or summarised when there is no terminal). */
export async function start(): Promise<void> {
  const isInteractive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const path = workingProjectPath();
  const project = workingProject(path, defaultAuthor(), (line) => process.stderr.write(`${line}\n`));
  if (isInteractive) {
    await reviewProjectFile(path);
    return;
  }
  const beads = project.targets[0]!.beads;
  const shown = displayPath(path);
  const summary = t('start.notATerminal', {
    pairs: beads.length,
    confirmed: beads.filter((bead) => bead.status === 'confirmed').length,
    low: beads.filter((bead) => bead.status === 'auto' && bead.confidence < LOW_CONFIDENCE).length,
    threshold: LOW_CONFIDENCE,
    path: shown,
  });
  process.stdout.write(`${summary}\n`);
}

/** Adds `start` to the program. */
export function register(program: Command): void {
  program
    .command('start')
    .description(t('cli.start.description'))
    .action(async () => {
      await start();
    });
}
