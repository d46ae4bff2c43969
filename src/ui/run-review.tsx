/**
 * Runs the review screen full-screen and resolves when the person quits (q or Ctrl-C). Loaded
 * lazily by the commands, so React and Ink are parsed only for an interactive review.
 */
import { render } from 'ink';
import type { Instance } from 'ink';
import { invariant } from '../core/errors.js';
import type { Project } from '../core/types.js';
import type { ProjectPreview } from '../core/project/preview.js';
import { INK_OPTIONS } from './ink-options.js';
import { PreviewScreen } from './PreviewScreen.js';
import { ReviewApp } from './ReviewApp.js';
import type { ReviewResult } from './ReviewApp.js';
import type { TerminalSize } from './hooks/use-terminal-size.js';
import { lastRevision, summarize } from './state/session.js';
import type { Notice } from './state/view-reducer.js';

/** What `runReview` needs. */
export interface RunReviewInput {
  /** What the first frame shows (core/project/preview.ts), drawn before the project is loaded. */
  preview: ProjectPreview;
  /**
   * The project, parsed: called right after the first frame is drawn and before any key is read.
   * When it throws, the screen closes and the error is rethrown.
   */
  load: () => Project;
  /**
   * The detailed check of the loaded project (schema, invariants). It runs once the screen has
   * answered the keys typed while the project loaded, and before anything is saved: changes made
   * until it has passed are held, and when it throws the screen closes with its error, unsaved.
   */
  check?: () => void;
  lang?: string;
  author: string;
  sinceRevision?: number;
  /** Saves after every change (the project file's atomic save). */
  save: (project: Project) => void;
  /** Shown in the footer when the screen opens (a recovered lock, a newer backup ...). */
  notice?: Notice;
  /** Terminal streams and size instead of the process's (the benchmark's fake terminal). */
  terminal?: { stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream; size: TerminalSize };
}

/** Ink draws at most one frame per this many milliseconds. */
const FRAME_INTERVAL_MS = Math.ceil(1000 / INK_OPTIONS.maxFps);

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** Opens the review screen on the terminal and returns the final project and what changed. */
export async function runReview(input: RunReviewInput): Promise<ReviewResult> {
  const { preview } = input;
  const { target } = preview;
  invariant(target, 'the review screen opens a project with a target');
  let result: ReviewResult | undefined;
  const stdout = input.terminal?.stdout ?? process.stdout;
  const stdin = input.terminal?.stdin ?? process.stdin;
  const size = input.terminal?.size;
  const useAlternateScreen = stdout.isTTY === true;
  if (useAlternateScreen) stdout.write(ENTER_ALTERNATE_SCREEN);
  // Raw mode before the first frame, not when Ink's input hook starts (once the project has loaded):
  // a key pressed as soon as the screen shows is read by the screen, not echoed by the terminal.
  if (stdin.isTTY) stdin.setRawMode(true);
  let project: Project;
  try {
    // Ink draws the first frame before `render` returns (legacy, synchronous rendering), and reads
    // keys only once this function yields, by then from the screen that has the whole project.
    const streams = input.terminal && { stdout: input.terminal.stdout, stdin: input.terminal.stdin };
    const instance = render(<PreviewScreen preview={{ ...preview, target }} notice={input.notice} size={size} />, { ...INK_OPTIONS, ...streams });
    project = orCloseScreen(input.load, instance);
    let isChecked = input.check === undefined;
    let held: Project | undefined;
    const save = (next: Project) => {
      if (isChecked) input.save(next);
      else held = next;
    };
    instance.rerender(
      <ReviewApp
        project={project}
        lang={input.lang}
        author={input.author}
        sinceRevision={input.sinceRevision}
        onSave={save}
        initialNotice={input.notice}
        size={size}
        onExit={(done) => {
          result = done;
        }}
      />,
    );
    const exited = instance.waitUntilExit();
    const { check } = input;
    if (check) {
      // A key typed while the file loaded is read as soon as this function yields, and Ink draws its
      // frame within one frame interval: two intervals later, the check no longer delays it.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2 * FRAME_INTERVAL_MS))]);
      orCloseScreen(check, instance);
      isChecked = true;
      if (held) input.save(held);
    }
    await exited;
  } finally {
    if (stdin.isTTY) stdin.setRawMode(false);
    if (useAlternateScreen) stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  return result ?? { project, summary: summarize(project, lastRevision(project)) };
}

/** What `step` returns; when it throws, the screen closes first. */
function orCloseScreen<T>(step: () => T, screen: Instance): T {
  try {
    return step();
  } catch (error) {
    screen.unmount();
    throw error;
  }
}
