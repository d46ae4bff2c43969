/**
 * The pairs the review screen shows, derived from the project: the texts of each bead's
 * segments, which beads pass the filter, and where a search matches. Pure functions of data.
 */
import type { Project, ProjectBead, ProjectDocument, ProjectSegment, ProjectTarget } from '../../core/types.js';
import type { Filter } from './view-reducer.js';

/** Confidence below which a pair is flagged as weak (warning colour and a `!`). */
export const LOW_CONFIDENCE = 0.5;

/** One bead as the screen shows it. */
export interface PairView {
  /** Index of the bead in its target's bead list (the pair number is this plus one). */
  index: number;
  bead: ProjectBead;
  source: string[];
  target: string[];
}

/** Segments of a document by id, built once per document version. */
export type SegmentIndex = ReadonlyMap<string, ProjectSegment>;

const indexCache = new WeakMap<ProjectDocument, SegmentIndex>();

/** The segments of `document` by id (cached per document object, which the reducer replaces on change). */
export function segmentIndex(document: ProjectDocument): SegmentIndex {
  let index = indexCache.get(document);
  if (!index) {
    index = new Map(document.segments.map((segment) => [segment.id, segment]));
    indexCache.set(document, index);
  }
  return index;
}

/** The target for a language, or the first one. */
export function targetFor(project: Project, lang: string | undefined): ProjectTarget {
  const target = project.targets.find((t) => t.document.lang === lang) ?? project.targets[0];
  if (!target) throw new Error('project has no target');
  return target;
}

/**
 * The text of segment `id`. Ids made at creation are `<prefix><position>`, so the segment is
 * usually right there; only ids shifted by later splits and merges need the index, which is then
 * built once per document version. This keeps the first frame of a 50,000-pair project fast.
 */
export function segmentText(document: ProjectDocument, id: string): string {
  const position = Number(id.slice(1));
  const direct = Number.isInteger(position) ? document.segments[position] : undefined;
  if (direct?.id === id) return direct.text;
  return segmentIndex(document).get(id)?.text ?? '';
}

/** The pair view of the bead at `index` of `target`. */
export function pairAt(project: Project, target: ProjectTarget, index: number): PairView | undefined {
  const bead = target.beads[index];
  if (!bead) return undefined;
  return {
    index,
    bead,
    source: bead.source.map((id) => segmentText(project.source, id)),
    target: bead.target.map((id) => segmentText(target.document, id)),
  };
}

/** A weak pair: automatic and below the confidence threshold. */
export function isLowConfidence(bead: ProjectBead): boolean {
  return bead.status === 'auto' && bead.confidence < LOW_CONFIDENCE;
}

/** Ids of the beads of `lang` touched by revisions after `sinceRevision`. */
export function changedBeads(project: Project, lang: string, sinceRevision: number): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const revision of project.revisions) {
    if (revision.number > sinceRevision && revision.lang === lang) for (const id of revision.beads) ids.add(id);
  }
  return ids;
}

/** Indexes (into `target.beads`) of the beads that pass `filter`. */
export function filterPairs(project: Project, target: ProjectTarget, filter: Filter, sinceRevision: number): number[] {
  const beads = target.beads;
  const keep: number[] = [];
  const changed = filter === 'changed' ? changedBeads(project, target.document.lang, sinceRevision) : undefined;
  for (let i = 0; i < beads.length; i++) {
    const bead = beads[i]!;
    if (filter === 'all' || (filter === 'unconfirmed' && bead.status === 'auto') || (filter === 'low' && isLowConfidence(bead)) || changed?.has(bead.id)) {
      keep.push(i);
    }
  }
  return keep;
}

/** Whether a pair's source or target contains `query` (case-insensitive). */
export function pairMatches(pair: PairView, query: string): boolean {
  const needle = query.toLocaleLowerCase();
  return [...pair.source, ...pair.target].some((text) => text.toLocaleLowerCase().includes(needle));
}

/**
 * The filtered index of the next pair (after `from`, wrapping around) that satisfies `test`,
 * looking forward (`direction` 1) or backward (-1); undefined when none does.
 */
export function findPair(visible: readonly number[], from: number, direction: 1 | -1, test: (beadIndex: number) => boolean): number | undefined {
  const count = visible.length;
  for (let step = 1; step <= count; step++) {
    const index = (((from + direction * step) % count) + count) % count;
    if (test(visible[index]!)) return index;
  }
  return undefined;
}

const confirmedCache = new WeakMap<readonly ProjectBead[], number>();

/** Number of confirmed beads of a target (counted once per version of its bead list). */
export function confirmedCount(target: ProjectTarget): number {
  let count = confirmedCache.get(target.beads);
  if (count === undefined) {
    count = 0;
    for (const bead of target.beads) if (bead.status === 'confirmed') count++;
    confirmedCache.set(target.beads, count);
  }
  return count;
}
