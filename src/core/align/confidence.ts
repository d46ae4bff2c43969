/**
 * From a bead's posterior probability under the model to a confidence a reviewer can sort by.
 * The model's posteriors are over-confident (its token matches are not independent evidence), so
 * the forward-backward pass runs at a temperature; the reliability table of `npm run bench:align`
 * checks the result (on the dev sets, beads given 0.6 are right 59% of the time, 0.93 → 92%).
 */

/** Divides bead scores in the forward-backward pass; fitted once on the dev sets, not per document. */
export const POSTERIOR_TEMPERATURE = 1.5;

/** Maps a posterior in [0, 1] to a calibrated confidence in [0, 1]. */
export function calibrateConfidence(posterior: number): number {
  if (!Number.isFinite(posterior)) return 0;
  return Math.min(1, Math.max(0, posterior));
}
