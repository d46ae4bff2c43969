/**
 * Updating a project to a revised source: the new source is diffed against the old one sentence by
 * sentence; beads whose source sentences are all unchanged are kept exactly (status, note, props);
 * the gaps between kept beads are re-aligned with their target segments and marked for review.
 */
import { align } from '../align/index.js';
import { BugError } from '../errors.js';
import type { Bead, Project, ProjectBead, ProjectSegment, ProjectTarget, Revision, Segment } from '../types.js';
import { diffSentences } from './compare.js';
import { UPDATE_SOURCE_OPERATION } from './revisions.js';
import type { DiffResult } from './types.js';

/** What an update did, for the command to report. */
export interface UpdateOutcome {
  project: Project;
  /** The sentence diff of the old source → the new source. */
  diff: DiffResult;
  /** Per target language: beads kept as they were (of which confirmed), and new beads to review. */
  targets: Array<{ lang: string; kept: number; keptConfirmed: number; realigned: number }>;
}

/** Who updates and when. */
export interface UpdateContext {
  author: string;
  time: string;
  /** Name of the new source file (recorded in the project). */
  file: string;
}

/** Region of a target to re-align: old beads [fromBead, toBead) and new source positions [fromNew, toNew). */
interface Gap {
  fromBead: number;
  toBead: number;
  fromNew: number;
  toNew: number;
}

/** New source positions of old source segments that are unchanged (equal entries), by old position. */
function unchangedPositions(diff: DiffResult, oldCount: number): Int32Array {
  const newAt = new Int32Array(oldCount).fill(-1);
  for (const entry of diff.entries) if (entry.kind === 'equal') newAt[entry.old[0]!] = entry.new[0]!;
  return newAt;
}

/** Splits a target's beads into kept beads and the gaps between them that need re-aligning. */
function findGaps(beads: readonly ProjectBead[], sourceIndex: ReadonlyMap<string, number>, newAt: Int32Array, newCount: number): { isKept: boolean[]; gaps: Gap[] } {
  const newPositions = (bead: ProjectBead) => bead.source.map((id) => newAt[sourceIndex.get(id)!]!);
  const isKept = beads.map((bead) => bead.source.length > 0 && newPositions(bead).every((j) => j >= 0));
  // A bead with no source sentence stays only between two kept neighbours (the nearest beads with a source).
  const keptBefore = new Array<boolean>(beads.length);
  let previous = true;
  beads.forEach((bead, b) => {
    keptBefore[b] = previous;
    if (bead.source.length > 0) previous = isKept[b]!;
  });
  let next = true;
  for (let b = beads.length - 1; b >= 0; b--) {
    if (beads[b]!.source.length > 0) next = isKept[b]!;
    else isKept[b] = keptBefore[b]! && next;
  }
  const gaps: Gap[] = [];
  let [lastKeptNew, gapStart] = [-1, 0];
  for (let b = 0; b <= beads.length; b++) {
    if (b < beads.length && !isKept[b]) continue;
    const bead = beads[b];
    const positions = bead ? newPositions(bead) : [];
    const nextNew = b === beads.length ? newCount : (positions[0] ?? lastKeptNew + 1);
    if (gapStart < b || lastKeptNew + 1 < nextNew) gaps.push({ fromBead: gapStart, toBead: b, fromNew: lastKeptNew + 1, toNew: nextNew });
    if (positions.length > 0) lastKeptNew = positions[positions.length - 1]!;
    gapStart = b + 1;
  }
  return { isKept, gaps };
}

function alignGap(sourceTexts: string[], targetTexts: string[], sourceLang: string, targetLang: string): Bead[] {
  if (sourceTexts.length === 0) return targetTexts.map((_, t) => ({ source: [], target: [t], score: 0, confidence: 0 }));
  if (targetTexts.length === 0) return sourceTexts.map((_, s) => ({ source: [s], target: [], score: 0, confidence: 0 }));
  return align(sourceTexts, targetTexts, { sourceLang, targetLang });
}

function updateTarget(target: ProjectTarget, sourceIndex: ReadonlyMap<string, number>, newAt: Int32Array, newSource: readonly ProjectSegment[], sourceLang: string, revision: number) {
  const { isKept, gaps } = findGaps(target.beads, sourceIndex, newAt, newSource.length);
  const targetText = new Map(target.document.segments.map((s) => [s.id, s.text]));
  const beads: ProjectBead[] = [];
  let [b, made] = [0, 0];
  for (const gap of gaps) {
    while (b < gap.fromBead) beads.push(target.beads[b++]!);
    const targetIds = target.beads.slice(gap.fromBead, gap.toBead).flatMap((bead) => bead.target);
    const sourceSegments = newSource.slice(gap.fromNew, gap.toNew);
    const aligned = alignGap(sourceSegments.map((s) => s.text), targetIds.map((id) => targetText.get(id) ?? ''), sourceLang, target.document.lang);
    for (const bead of aligned) {
      beads.push({
        id: `b${revision}.${made++}`,
        source: bead.source.map((i) => sourceSegments[i]!.id),
        target: bead.target.map((i) => targetIds[i]!),
        status: 'auto',
        confidence: Math.min(1, Math.max(0, bead.confidence)),
      });
    }
    b = gap.toBead;
  }
  while (b < target.beads.length) beads.push(target.beads[b++]!);
  const keptBeads = target.beads.filter((_, k) => isKept[k]);
  return {
    target: { ...target, beads },
    report: { lang: target.document.lang, kept: keptBeads.length, keptConfirmed: keptBeads.filter((x) => x.status === 'confirmed').length, realigned: made },
    newIds: beads.filter((x) => x.id.startsWith(`b${revision}.`)).map((x) => x.id),
  };
}

/**
 * Updates `project` to the new source `segments` (as `segment()` returned them). Unchanged source
 * sentences keep their ids and every bead built only on them is kept; the rest is re-aligned.
 */
export function updateSource(project: Project, segments: readonly Segment[], context: UpdateContext): UpdateOutcome {
  const revision = (project.revisions.at(-1)?.number ?? 0) + 1;
  const oldSource = project.source.segments;
  const diff = diffSentences(oldSource.map((s) => s.text), segments.map((s) => s.text), { lang: project.source.lang });
  const newAt = unchangedPositions(diff, oldSource.length);
  const oldAtNew = new Map<number, number>();
  newAt.forEach((j, i) => j >= 0 && oldAtNew.set(j, i));
  const newSource: ProjectSegment[] = segments.map((segment, j) => {
    const i = oldAtNew.get(j);
    const base = i === undefined ? { id: `s${j}.u${revision}`, text: segment.text } : oldSource[i]!;
    return { ...base, kind: segment.kind, paragraph: segment.paragraph };
  });
  const sourceIndex = new Map(oldSource.map((s, i) => [s.id, i]));
  const updated = project.targets.map((target) => updateTarget(target, sourceIndex, newAt, newSource, project.source.lang, revision));
  const record: Revision = {
    number: revision,
    time: context.time,
    author: context.author,
    operation: UPDATE_SOURCE_OPERATION,
    lang: project.targets[0]?.document.lang ?? project.source.lang,
    side: 'source',
    beads: [...new Set(updated.flatMap((u) => u.newIds))],
    before: oldSource.map((s) => s.text),
    after: newSource.map((s) => s.text),
  };
  const result: Project = {
    ...project,
    meta: { ...project.meta, changed: context.time },
    source: { ...project.source, file: context.file, segments: newSource },
    targets: updated.map((u) => u.target),
    revisions: [...project.revisions, record],
  };
  if (result.targets.some((t) => t.beads.flatMap((x) => x.source).length !== newSource.length)) throw new BugError('update: beads do not cover the new source');
  return { project: result, diff, targets: updated.map((u) => u.report) };
}
