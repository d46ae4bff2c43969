/**
 * Runs the review screen full-screen and resolves when the person quits (q or Ctrl-C). Loaded
 * lazily by the commands, so React and Ink are parsed only for an interactive review.
 */
import { render } from 'ink';
import type { Project } from '../core/types.js';
import { INK_OPTIONS } from './ink-options.js';
import { ReviewApp } from './ReviewApp.js';
import type { ReviewResult } from './ReviewApp.js';
import type { TerminalSize } from './hooks/use-terminal-size.js';
import { lastRevision, summarize } from './state/session.js';
import type { Notice } from './state/view-reducer.js';

/** What `runReview` needs. */
export interface RunReviewInput {
  project: Project;
  lang?: string;
  author: string;
  sinceRevision?: number;
  /** Saves after every change (the project file's atomic save). */
  save: (project: Project) => void;
  /** Shown in the footer when the screen opens (a recovered lock, a newer backup ...). */
  notice?: Notice;
  /**
   * Checks the project in detail; called right after the first frame is drawn, before any key is
   * read (so before any save). When it throws, the screen closes and the error is rethrown.
   */
  validate?: () => void;
  /** Terminal streams and size instead of the process's (the benchmark's fake terminal). */
  terminal?: { stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream; size: TerminalSize };
}

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** Opens the review screen on the terminal and returns the final project and what changed. */
export async function runReview(input: RunReviewInput): Promise<ReviewResult> {
  let result: ReviewResult | undefined;
  const stdout = input.terminal?.stdout ?? process.stdout;
  const stdin = input.terminal?.stdin ?? process.stdin;
  const useAlternateScreen = stdout.isTTY === true;
  if (useAlternateScreen) stdout.write(ENTER_ALTERNATE_SCREEN);
  // Raw mode before the first frame, not when Ink's input hook starts (after the frame and the
  // check): a key pressed as soon as the screen shows is read by the screen, not echoed by the terminal.
  if (stdin.isTTY) stdin.setRawMode(true);
  try {
    // Ink draws the first frame before `render` returns (legacy, synchronous rendering), and reads
    // keys only once this function yields: the check runs after the frame, before any key or save.
    // Even so, a save asked for before the check has passed is held, and dropped if it fails.
    let isChecked = input.validate === undefined;
    let held: Project | undefined;
    const save = (project: Project) => {
      if (isChecked) input.save(project);
      else held = project;
    };
    const instance = render(
      <ReviewApp
        project={input.project}
        lang={input.lang}
        author={input.author}
        sinceRevision={input.sinceRevision}
        onSave={save}
        initialNotice={input.notice}
        size={input.terminal?.size}
        onExit={(done) => {
          result = done;
        }}
      />,
      { ...INK_OPTIONS, ...(input.terminal && { stdout: input.terminal.stdout, stdin: input.terminal.stdin }) },
    );
    try {
      input.validate?.();
      isChecked = true;
      if (held) save(held);
    } catch (error) {
      instance.unmount();
      throw error;
    }
    await instance.waitUntilExit();
  } finally {
    if (stdin.isTTY) stdin.setRawMode(false);
    if (useAlternateScreen) stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  return result ?? { project: input.project, summary: summarize(input.project, lastRevision(input.project)) };
}
