/**
 * Operations on segment text: edit, split inside a segment, merge with the next segment. The source
 * is shared by every target, so a source split or merge updates the beads of all of them.
 */
import { UserError } from '../errors.js';
import type { Project, ProjectBead, ProjectTarget } from '../types.js';
import type { EditSegmentAction, MergeSegmentsAction, Side, SplitSegmentAction } from './actions.js';
import { beadIndex, beadOfSegment, reshaped, segmentIndex, sideDocument, targetIndex } from './lookup.js';
import type { Operation } from './operation.js';
import { mergeSegmentTexts, splitSegmentText, withText, originalText } from './segment-text.js';

/** Applies `change` to the targets a side concerns: every target for the source, else the one. */
function updateTargets(project: Project, side: Side, ti: number, change: (target: ProjectTarget) => ProjectTarget): ProjectTarget[] {
  return side === 'source' ? project.targets.map(change) : project.targets.with(ti, change(project.targets[ti]!));
}

/** Stores a new segment list in the side's document. */
function withSegments(project: Project, side: Side, ti: number, segments: Project['source']['segments'], targets: ProjectTarget[]): Project {
  if (side === 'source') return { ...project, source: { ...project.source, segments }, targets };
  const target = targets[ti]!;
  return { ...project, targets: targets.with(ti, { ...target, document: { ...target.document, segments } }) };
}

/** Replaces a segment's text; the document's text is kept as `original` while they differ. */
export const editSegment: Operation<EditSegmentAction> = (project, action) => {
  const ti = targetIndex(project, action.lang);
  const document = sideDocument(project, project.targets[ti]!, action.side);
  const si = segmentIndex(document, action.segment);
  const segment = document.segments[si]!;
  const text = action.text.trim();
  if (text === '') throw new UserError('project-empty-segment', { segment: action.segment });
  if (text === segment.text) return null;
  const segments = document.segments.with(si, withText(segment, text, originalText(segment)));
  const bead = project.targets[ti]!.beads[beadOfSegment(project.targets[ti]!.beads, action.side, action.segment)];
  return {
    project: withSegments(project, action.side, ti, segments, project.targets),
    revision: { side: action.side, beads: bead ? [bead.id] : [], segments: [segment.id], before: [segment.text], after: [text] },
  };
};

/** Splits a segment at a character offset; the new segment (id `<id>.<revision>`) follows it in its bead. */
export const splitSegment: Operation<SplitSegmentAction> = (project, action, revision) => {
  const ti = targetIndex(project, action.lang);
  const bead = project.targets[ti]!.beads[beadIndex(project.targets[ti]!, action.bead)]!;
  if (!bead[action.side].includes(action.segment)) throw new UserError('project-segment-not-in-bead', { segment: action.segment, bead: action.bead });
  const document = sideDocument(project, project.targets[ti]!, action.side);
  const si = segmentIndex(document, action.segment);
  const segment = document.segments[si]!;
  const halves = splitSegmentText(segment, action.offset, `${segment.id}.${revision}`);
  if (!halves) throw new UserError('project-bad-offset', { segment: segment.id, offset: action.offset, length: segment.text.length });
  const [first, second] = halves;
  const addAfter = (ids: string[]) => ids.flatMap((id) => (id === segment.id ? [id, second.id] : [id]));
  const targets = updateTargets(project, action.side, ti, (target) => {
    const bi = beadOfSegment(target.beads, action.side, segment.id);
    const holder = target.beads[bi]!;
    return { ...target, beads: target.beads.with(bi, { ...holder, [action.side]: addAfter(holder[action.side]) }) };
  });
  const segments = document.segments.toSpliced(si, 1, first, second);
  return {
    project: withSegments(project, action.side, ti, segments, targets),
    revision: { side: action.side, beads: [bead.id], segments: [first.id, second.id], before: [segment.text], after: [first.text, second.text] },
  };
};

/** Joins the beads from the one holding `first` through the one holding `second` (adjacent on `side`). */
function joinBeadsOver(beads: readonly ProjectBead[], side: Side, first: string, second: string): ProjectBead[] {
  const from = beadOfSegment(beads, side, first);
  const to = beadOfSegment(beads, side, second);
  const span = beads.slice(from, to + 1);
  const merged: ProjectBead = reshaped(
    {
      ...span[0]!,
      source: span.flatMap((b) => b.source).filter((id) => side !== 'source' || id !== second),
      target: span.flatMap((b) => b.target).filter((id) => side !== 'target' || id !== second),
    },
    from === to ? [span[0]!] : span,
  );
  // Merging two segments inside one bead leaves its review state alone: the pairing did not change.
  const kept = from === to ? { ...merged, status: span[0]!.status, confidence: span[0]!.confidence } : merged;
  return beads.toSpliced(from, to - from + 1, kept);
}

/** Merges a segment with the next one on its side, merging their beads too when they differ. */
export const mergeSegments: Operation<MergeSegmentsAction> = (project, action) => {
  const ti = targetIndex(project, action.lang);
  const document = sideDocument(project, project.targets[ti]!, action.side);
  const si = segmentIndex(document, action.segment);
  const first = document.segments[si]!;
  const second = document.segments[si + 1];
  if (!second) throw new UserError('project-no-next-segment', { segment: first.id });
  const merged = mergeSegmentTexts(first, second);
  const targets = updateTargets(project, action.side, ti, (target) => ({ ...target, beads: joinBeadsOver(target.beads, action.side, first.id, second.id) }));
  const segments = document.segments.toSpliced(si, 2, merged);
  const bead = targets[ti]!.beads[beadOfSegment(targets[ti]!.beads, action.side, first.id)]!;
  return {
    project: withSegments(project, action.side, ti, segments, targets),
    revision: { side: action.side, beads: [bead.id], segments: [merged.id], before: [first.text, second.text], after: [merged.text] },
  };
};
