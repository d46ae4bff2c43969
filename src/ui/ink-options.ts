/**
 * How the review screen asks Ink to draw. Shared by `runReview` and `npm run bench:ui`, so the
 * benchmark measures the options users get.
 */

/** Ink render options of the review screen (besides the streams). */
export const INK_OPTIONS = {
  exitOnCtrlC: false,
  patchConsole: false,
  // Not Ink 6.8's incremental mode: it would send a third of the bytes per key, but for a frame
  // that ends with a newline (ours is one line shorter than the terminal, see ReviewApp) it moves
  // the cursor up one line too few and leaves the screen shifted and garbled (seen in tmux).
  incrementalRendering: false,
  // Ink draws the first change at once and at most this many frames a second while keys repeat.
  maxFps: 30,
} as const;
