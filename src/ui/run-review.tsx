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
   * The project, parsed and checked in detail: called right after the first frame is drawn and
   * before any key is read. When it throws, the screen closes and the error is rethrown.
   */
  load: () => Project;
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
    project = loadOrClose(input.load, instance);
    instance.rerender(
      <ReviewApp
        project={project}
        lang={input.lang}
        author={input.author}
        sinceRevision={input.sinceRevision}
        onSave={input.save}
        initialNotice={input.notice}
        size={size}
        onExit={(done) => {
          result = done;
        }}
      />,
    );
    await instance.waitUntilExit();
  } finally {
    if (stdin.isTTY) stdin.setRawMode(false);
    if (useAlternateScreen) stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  return result ?? { project, summary: summarize(project, lastRevision(project)) };
}

/** The loaded project; when loading throws, the screen closes first. */
function loadOrClose(load: () => Project, screen: Instance): Project {
  try {
    return load();
  } catch (error) {
    screen.unmount();
    throw error;
  }
}
