/** All the places where a sentence starts or ends inside one run of running text. */
import { findSentenceEnds } from './boundaries.js';
import { findListItemStarts } from './list-items.js';
import type { LanguageProfile } from './profile.js';
import { applySrxRules } from './srx-apply.js';
import type { CompiledSrxRule } from './srx-apply.js';

/** Sorted offsets (relative to `run`, strictly inside it) where the run is cut into segments. */
export function findRunBreaks(run: string, profile: LanguageProfile, srx: readonly CompiledSrxRule[]): number[] {
  const listStarts = findListItemStarts(run);
  const ends = findSentenceEnds(run, profile, listStarts);
  const merged = [...new Set([...listStarts, ...ends])].filter((at) => at > 0 && at < run.length).sort((a, b) => a - b);
  return srx.length > 0 ? applySrxRules(run, merged, srx) : merged;
}
