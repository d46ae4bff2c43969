/**
 * Building a project: the source document first, then one target per translation from the aligner's
 * beads. Segment ids are `s<index>` (source) and `t<index>` (target), bead ids `b<index>`; ids made
 * later by edits contain a dot, so they never collide with these.
 */
import { UserError, invariant } from '../errors.js';
import type { Bead, Project, ProjectBead, ProjectDocument, ProjectSegment, ProjectTarget, Segment } from '../types.js';

/** What `createProject` needs. */
export interface NewProject {
  name: string;
  author: string;
  /** ISO 8601 creation time. */
  time: string;
  toolVersion: string;
  source: { lang: string; file: string; segments: readonly Segment[] };
}

/** A translation and its alignment with the project's source, as `align()` produced it. */
export interface NewTarget {
  lang: string;
  file: string;
  segments: readonly Segment[];
  beads: readonly Bead[];
}

/** Options of `addTarget`. */
export interface AddTargetOptions {
  /** Replace a target of the same language instead of refusing. @default false */
  replace?: boolean;
  /** ISO 8601 time recorded as the project's change time. @default the project's current change time */
  time?: string;
}

function toProjectSegments(segments: readonly Segment[], prefix: string): ProjectSegment[] {
  return segments.map((segment, index) => ({ id: `${prefix}${index}`, text: segment.text, kind: segment.kind, paragraph: segment.paragraph }));
}

function clampConfidence(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Checks that the beads cover 0..count-1 of one side exactly once, in order (the aligner's promise). */
function assertCoversInOrder(beads: readonly Bead[], side: 'source' | 'target', count: number): void {
  let next = 0;
  for (const bead of beads) for (const index of bead[side]) invariant(index === next++, `aligner bead ${side} index ${index} out of order`);
  invariant(next === count, `aligner beads cover ${next} of ${count} ${side} segments`);
}

/** Creates a project with its source document and no targets yet (revision 0). */
export function createProject(input: NewProject): Project {
  const source: ProjectDocument = { lang: input.source.lang, file: input.source.file, segments: toProjectSegments(input.source.segments, 's') };
  return {
    format: 'bitext-project',
    version: 1,
    meta: { name: input.name, toolVersion: input.toolVersion, created: input.time, changed: input.time, author: input.author },
    source,
    targets: [],
    revisions: [],
  };
}

/**
 * Adds a translation with its alignment: every bead starts as `auto` with the aligner's confidence.
 * A language that is already in the project is an error unless `replace` is set.
 * @throws UserError `project-target-exists` when the language is there and `replace` is not set
 * @throws UserError `project-source-mismatch` when the beads were aligned against another source
 */
export function addTarget(project: Project, input: NewTarget, options: AddTargetOptions = {}): Project {
  const alignedSource = input.beads.reduce((sum, bead) => sum + bead.source.length, 0);
  if (alignedSource !== project.source.segments.length) {
    throw new UserError('project-source-mismatch', { expected: project.source.segments.length, actual: alignedSource });
  }
  assertCoversInOrder(input.beads, 'source', project.source.segments.length);
  assertCoversInOrder(input.beads, 'target', input.segments.length);
  const existing = project.targets.findIndex((target) => target.document.lang === input.lang);
  if (existing >= 0 && !options.replace) throw new UserError('project-target-exists', { lang: input.lang });
  const sourceIds = project.source.segments.map((segment) => segment.id);
  const beads: ProjectBead[] = input.beads.map((bead, index) => ({
    id: `b${index}`,
    source: bead.source.map((i) => sourceIds[i]!),
    target: bead.target.map((i) => `t${i}`),
    status: 'auto',
    confidence: clampConfidence(bead.confidence),
  }));
  const target: ProjectTarget = { document: { lang: input.lang, file: input.file, segments: toProjectSegments(input.segments, 't') }, beads };
  const targets = existing >= 0 ? project.targets.with(existing, target) : [...project.targets, target];
  return { ...project, meta: { ...project.meta, changed: options.time ?? project.meta.changed }, targets };
}
