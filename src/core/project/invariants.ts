/**
 * The invariants of a project: ids unique, and in every target the beads partition the source
 * segments and the target segments, each segment in exactly one bead, in document order. Checked on
 * load (a hand-edited file can break them) and by the property tests after every operation.
 */
import type { Project, ProjectDocument, ProjectTarget } from '../types.js';
import type { ProjectProblem } from './schema.js';

/** Index of the first item whose id an earlier item already has, or -1; one pass, no copies (50,000-bead files). */
function duplicateId<T>(items: readonly T[], idOf: (item: T) => string): number {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const size = seen.size;
    seen.add(idOf(items[i]!));
    if (seen.size === size) return i;
  }
  return -1;
}

function checkDocument(document: ProjectDocument, path: string): ProjectProblem | null {
  const at = duplicateId(document.segments, (segment) => segment.id);
  if (at < 0) return null;
  return { code: 'project-duplicate-id', path: `${path}.segments[${at}].id`, params: { id: document.segments[at]!.id } };
}

/** Checks that the beads' `side` lists, read in order, are exactly the document's segment ids. */
function checkPartition(target: ProjectTarget, document: ProjectDocument, side: 'source' | 'target', path: string): ProjectProblem | null {
  const segments = document.segments;
  let next = 0;
  for (let b = 0; b < target.beads.length; b++) {
    const ids = target.beads[b]![side];
    for (let k = 0; k < ids.length; k++) {
      const expected = segments[next]?.id;
      if (ids[k] !== expected) {
        const params = { segment: ids[k]!, expected: expected ?? '-' };
        return { code: 'project-bead-order', path: `${path}.beads[${b}].${side}[${k}]`, params };
      }
      next++;
    }
  }
  if (next === segments.length) return null;
  return { code: 'project-segment-unaligned', path: `${path}.beads`, params: { segment: segments[next]!.id, side } };
}

/** The first broken invariant of a project, or null when it is sound. */
export function checkProject(project: Project): ProjectProblem | null {
  const source = checkDocument(project.source, '$.source');
  if (source) return source;
  const langs = duplicateId(project.targets, (target) => target.document.lang);
  if (langs >= 0) return { code: 'project-duplicate-id', path: `$.targets[${langs}].document.lang`, params: { id: project.targets[langs]!.document.lang } };
  for (let t = 0; t < project.targets.length; t++) {
    const target = project.targets[t]!;
    const path = `$.targets[${t}]`;
    const problem =
      checkDocument(target.document, `${path}.document`) ??
      (() => {
        const at = duplicateId(target.beads, (bead) => bead.id);
        return at < 0 ? null : { code: 'project-duplicate-id', path: `${path}.beads[${at}].id`, params: { id: target.beads[at]!.id } };
      })() ??
      checkPartition(target, project.source, 'source', path) ??
      checkPartition(target, target.document, 'target', path);
    if (problem) return problem;
  }
  return null;
}
