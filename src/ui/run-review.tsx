/**
 * Runs the review screen full-screen and resolves when the person quits (q or Ctrl-C). Loaded
 * lazily by the commands, so React and Ink are parsed only for an interactive review.
 */
import { render } from 'ink';
import type { Project } from '../core/types.js';
import { INK_OPTIONS } from './ink-options.js';
import { ReviewApp } from './ReviewApp.js';
import type { ReviewResult } from './ReviewApp.js';
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
}

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** Opens the review screen on the terminal and returns the final project and what changed. */
export async function runReview(input: RunReviewInput): Promise<ReviewResult> {
  let result: ReviewResult | undefined;
  const useAlternateScreen = process.stdout.isTTY === true;
  if (useAlternateScreen) process.stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    const instance = render(
      <ReviewApp
        project={input.project}
        lang={input.lang}
        author={input.author}
        sinceRevision={input.sinceRevision}
        onSave={input.save}
        initialNotice={input.notice}
        onExit={(done) => {
          result = done;
        }}
      />,
      INK_OPTIONS,
    );
    await instance.waitUntilExit();
  } finally {
    if (useAlternateScreen) process.stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
  return result ?? { project: input.project, summary: summarize(input.project, lastRevision(input.project)) };
}
