/**
 * Finding things in a project by id, with the user-facing error when they are not there. Ids, not
 * positions, because actions stay valid across other edits and appear in revisions.
 */
import { UserError } from '../errors.js';
import type { BeadStatus, Project, ProjectBead, ProjectDocument, ProjectTarget } from '../types.js';
import type { Side } from './actions.js';

/** Index of the target in `lang`. @throws UserError `project-unknown-lang` */
export function targetIndex(project: Project, lang: string): number {
  const index = project.targets.findIndex((target) => target.document.lang === lang);
  if (index < 0) throw new UserError('project-unknown-lang', { lang, langs: project.targets.map((t) => t.document.lang).join(', ') });
  return index;
}

/** Index of bead `id` in a target. @throws UserError `project-unknown-bead` */
export function beadIndex(target: ProjectTarget, id: string): number {
  const index = target.beads.findIndex((bead) => bead.id === id);
  if (index < 0) throw new UserError('project-unknown-bead', { bead: id, lang: target.document.lang });
  return index;
}

/** Index of segment `id` in a document. @throws UserError `project-unknown-segment` */
export function segmentIndex(document: ProjectDocument, id: string): number {
  const index = document.segments.findIndex((segment) => segment.id === id);
  if (index < 0) throw new UserError('project-unknown-segment', { segment: id, lang: document.lang });
  return index;
}

/** Index of the bead holding segment `id` on `side`, or -1. */
export function beadOfSegment(beads: readonly ProjectBead[], side: Side, id: string): number {
  return beads.findIndex((bead) => bead[side].includes(id));
}

/** The document a side refers to: the shared source, or the target's own document. */
export function sideDocument(project: Project, target: ProjectTarget, side: Side): ProjectDocument {
  return side === 'source' ? project.source : target.document;
}

/** The side opposite to `side`. */
export function otherSide(side: Side): Side {
  return side === 'source' ? 'target' : 'source';
}

/** Whether a bead has no segment on either side. */
export function isEmptyBead(bead: ProjectBead): boolean {
  return bead.source.length === 0 && bead.target.length === 0;
}

/**
 * The status of a bead a person has just reshaped: it needs (re)confirming, unless everything it was
 * made from had been excluded.
 */
export function reshapedStatus(...from: readonly ProjectBead[]): BeadStatus {
  return from.length > 0 && from.every((bead) => bead.status === 'excluded') ? 'excluded' : 'auto';
}

/** A bead made or reshaped by a person: confidence 1 (see `ProjectBead.confidence`). */
export function reshaped(bead: ProjectBead, from: readonly ProjectBead[] = [bead]): ProjectBead {
  return { ...bead, status: reshapedStatus(...from), confidence: 1 };
}

/** An id for the `k`-th bead a revision creates; contains a dot, so it never equals an initial `b<n>`. */
export function newBeadId(revision: number, k: number): string {
  return `b${revision}.${k}`;
}

/** The number the next revision of a project gets. */
export function nextRevisionNumber(project: Project): number {
  return (project.revisions.at(-1)?.number ?? 0) + 1;
}

/** Replaces one target, keeping every other object of the project as it is (structural sharing). */
export function withTarget(project: Project, index: number, target: ProjectTarget): Project {
  return { ...project, targets: project.targets.with(index, target) };
}
