/**
 * The difference between two versions of a project, as splices of its arrays. The reducer shares
 * untouched objects, so comparing by reference finds what changed quickly, and a patch holds only
 * the changed beads and segments: undo history for a 50,000-bead project stays small.
 */
import { invariant } from '../errors.js';
import type { Project, ProjectBead, ProjectMeta, ProjectSegment, Revision } from '../types.js';

/** Replace `removed` (found at `at`) by `added`. */
export interface ArraySplice<T> {
  at: number;
  removed: readonly T[];
  added: readonly T[];
}

/** What changed between two versions of a project (same targets, same documents). */
export interface ProjectPatch {
  meta?: { before: ProjectMeta; after: ProjectMeta };
  source?: ArraySplice<ProjectSegment>;
  targets: ReadonlyArray<{ index: number; segments?: ArraySplice<ProjectSegment>; beads?: ArraySplice<ProjectBead> }>;
  revisions?: ArraySplice<Revision>;
}

/** The smallest single splice turning `before` into `after`, comparing elements by reference. */
export function diffArray<T>(before: readonly T[], after: readonly T[]): ArraySplice<T> | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  if (start === endBefore && start === endAfter) return undefined;
  return { at: start, removed: before.slice(start, endBefore), added: after.slice(start, endAfter) };
}

function applySplice<T>(array: readonly T[], splice: ArraySplice<T> | undefined, forward: boolean): T[] | readonly T[] {
  if (!splice) return array;
  const [out, into] = forward ? [splice.removed, splice.added] : [splice.added, splice.removed];
  return array.toSpliced(splice.at, out.length, ...into);
}

/** Records how `after` differs from `before`; both must come from the reducer (same targets). */
export function diffProjects(before: Project, after: Project): ProjectPatch {
  invariant(before.targets.length === after.targets.length, 'an edit must not add or remove targets');
  const targets = after.targets.flatMap((target, index) => {
    const old = before.targets[index]!;
    if (old === target) return [];
    const segments = diffArray(old.document.segments, target.document.segments);
    const beads = diffArray(old.beads, target.beads);
    return [{ index, ...(segments && { segments }), ...(beads && { beads }) }];
  });
  const source = diffArray(before.source.segments, after.source.segments);
  const revisions = diffArray(before.revisions, after.revisions);
  return {
    ...(before.meta !== after.meta && { meta: { before: before.meta, after: after.meta } }),
    ...(source && { source }),
    targets,
    ...(revisions && { revisions }),
  };
}

/** Applies a patch forward (redo) or backward (undo), sharing everything it does not touch. */
export function applyPatch(project: Project, patch: ProjectPatch, forward: boolean): Project {
  let targets = project.targets;
  for (const change of patch.targets) {
    const target = targets[change.index]!;
    const segments = applySplice(target.document.segments, change.segments, forward) as ProjectSegment[];
    const beads = applySplice(target.beads, change.beads, forward) as ProjectBead[];
    const document = segments === target.document.segments ? target.document : { ...target.document, segments };
    targets = targets.with(change.index, { document, beads });
  }
  const segments = applySplice(project.source.segments, patch.source, forward) as ProjectSegment[];
  return {
    ...project,
    meta: patch.meta ? (forward ? patch.meta.after : patch.meta.before) : project.meta,
    source: segments === project.source.segments ? project.source : { ...project.source, segments },
    targets,
    revisions: applySplice(project.revisions, patch.revisions, forward) as Revision[],
  };
}

/** Deep equality of JSON values, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bKeys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function spliceFits<T>(array: readonly T[], splice: ArraySplice<T> | undefined): boolean {
  if (!splice) return true;
  if (splice.at + splice.removed.length > array.length) return false;
  return splice.removed.every((item, k) => sameJson(item, array[splice.at + k]));
}

/**
 * Whether a patch read back from disk was made from this very project: what it removes is there,
 * element for element. Guards a journal replay against a journal that belongs to another file.
 */
export function patchFits(project: Project, patch: ProjectPatch): boolean {
  if (patch.meta && !sameJson(patch.meta.before, project.meta)) return false;
  if (!spliceFits(project.source.segments, patch.source) || !spliceFits(project.revisions, patch.revisions)) return false;
  return patch.targets.every((change) => {
    const target = project.targets[change.index];
    return target !== undefined && spliceFits(target.document.segments, change.segments) && spliceFits(target.beads, change.beads);
  });
}
