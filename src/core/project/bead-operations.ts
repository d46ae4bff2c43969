/**
 * Operations that reshape beads of one target without touching any text: merge, split between
 * segments, shift (InterText), insert an empty bead, mark a side untranslated.
 */
import { UserError } from '../errors.js';
import type { ProjectBead } from '../types.js';
import type { DetachAction, InsertEmptyAction, MergeNextAction, ShiftDownAction, ShiftUpAction, SplitBeadAction } from './actions.js';
import { beadIndex, isEmptyBead, newBeadId, otherSide, reshaped, targetIndex, withTarget } from './lookup.js';
import type { Operation } from './operation.js';

function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  return a && b ? `${a}\n${b}` : a || b;
}

/** Merges a bead with the next one; the merged bead keeps the first id, both notes and props. */
export const mergeNext: Operation<MergeNextAction> = (project, action) => {
  const ti = targetIndex(project, action.lang);
  const target = project.targets[ti]!;
  const i = beadIndex(target, action.bead);
  const first = target.beads[i]!;
  const second = target.beads[i + 1];
  if (!second) throw new UserError('project-no-next-bead', { bead: action.bead });
  const merged: ProjectBead = reshaped(
    { ...first, source: [...first.source, ...second.source], target: [...first.target, ...second.target] },
    [first, second],
  );
  const note = joinNotes(first.note, second.note);
  if (note !== undefined) merged.note = note;
  if (first.props || second.props) merged.props = { ...second.props, ...first.props };
  const beads = target.beads.toSpliced(i, 2, merged);
  return { project: withTarget(project, ti, { ...target, beads }), revision: { side: 'both', beads: [merged.id] } };
};

/** Splits a bead between two segments of one side; the rest of that side goes to a new bead after it. */
export const splitBead: Operation<SplitBeadAction> = (project, action, revision) => {
  const ti = targetIndex(project, action.lang);
  const target = project.targets[ti]!;
  const i = beadIndex(target, action.bead);
  const bead = target.beads[i]!;
  const ids = bead[action.side];
  if (!Number.isInteger(action.at) || action.at < 1 || action.at >= ids.length) {
    throw new UserError('project-bad-split', { bead: action.bead, at: action.at, count: ids.length });
  }
  const first = reshaped({ ...bead, [action.side]: ids.slice(0, action.at) });
  const second: ProjectBead = { id: newBeadId(revision, 0), source: [], target: [], status: first.status, confidence: 1 };
  second[action.side] = ids.slice(action.at);
  const beads = target.beads.toSpliced(i, 1, first, second);
  return { project: withTarget(project, ti, { ...target, beads }), revision: { side: action.side, beads: [first.id, second.id] } };
};

/** Moves the first segment on one side of the next bead up into this bead; drops the next bead if emptied. */
export const shiftUp: Operation<ShiftUpAction> = (project, action) => {
  const ti = targetIndex(project, action.lang);
  const target = project.targets[ti]!;
  const i = beadIndex(target, action.bead);
  const bead = target.beads[i]!;
  const next = target.beads[i + 1];
  if (!next) throw new UserError('project-no-next-bead', { bead: action.bead });
  const [moved, ...rest] = next[action.side];
  if (moved === undefined) throw new UserError('project-nothing-to-shift', { bead: next.id });
  const grown = reshaped({ ...bead, [action.side]: [...bead[action.side], moved] });
  const shrunk = reshaped({ ...next, [action.side]: rest });
  const replacement = isEmptyBead(shrunk) ? [grown] : [grown, shrunk];
  const beads = target.beads.toSpliced(i, 2, ...replacement);
  return { project: withTarget(project, ti, { ...target, beads }), revision: { side: action.side, beads: replacement.map((b) => b.id) } };
};

/**
 * Moves the last segment on one side of this bead down into the next bead (a new bead when this is
 * the last one); drops this bead if emptied.
 */
export const shiftDown: Operation<ShiftDownAction> = (project, action, revision) => {
  const ti = targetIndex(project, action.lang);
  const target = project.targets[ti]!;
  const i = beadIndex(target, action.bead);
  const bead = target.beads[i]!;
  const ids = bead[action.side];
  const moved = ids.at(-1);
  if (moved === undefined) throw new UserError('project-nothing-to-shift', { bead: bead.id });
  const shrunk = reshaped({ ...bead, [action.side]: ids.slice(0, -1) });
  const next = target.beads[i + 1] ?? { id: newBeadId(revision, 0), source: [], target: [], status: 'auto', confidence: 1 };
  const grown = reshaped({ ...next, [action.side]: [moved, ...next[action.side]] });
  const replacement = isEmptyBead(shrunk) ? [grown] : [shrunk, grown];
  const beads = target.beads.toSpliced(i, target.beads[i + 1] ? 2 : 1, ...replacement);
  return { project: withTarget(project, ti, { ...target, beads }), revision: { side: action.side, beads: replacement.map((b) => b.id) } };
};

/** Inserts a bead with no segments after `after`, or first when `after` is null. */
export const insertEmpty: Operation<InsertEmptyAction> = (project, action, revision) => {
  const ti = targetIndex(project, action.lang);
  const target = project.targets[ti]!;
  const at = action.after === null ? 0 : beadIndex(target, action.after) + 1;
  const bead: ProjectBead = { id: newBeadId(revision, 0), source: [], target: [], status: 'auto', confidence: 1 };
  const beads = target.beads.toSpliced(at, 0, bead);
  return { project: withTarget(project, ti, { ...target, beads }), revision: { side: 'both', beads: [bead.id] } };
};

/**
 * Marks one side of a bead untranslated: each of its segments becomes a confirmed 1-0 / 0-1 bead (the
 * first keeps the bead's id), followed by the other side's segments in a bead of their own.
 */
export const detach: Operation<DetachAction> = (project, action, revision) => {
  const ti = targetIndex(project, action.lang);
  const target = project.targets[ti]!;
  const i = beadIndex(target, action.bead);
  const bead = target.beads[i]!;
  const ids = bead[action.side];
  const others = bead[otherSide(action.side)];
  if (ids.length === 0) throw new UserError('project-nothing-to-detach', { bead: bead.id });
  if (others.length === 0 && ids.length === 1 && bead.status === 'confirmed') return null;
  let made = 0;
  const singles = ids.map((id, k): ProjectBead => {
    const single: ProjectBead = { id: k === 0 ? bead.id : newBeadId(revision, made++), source: [], target: [], status: 'confirmed', confidence: 1 };
    single[action.side] = [id];
    return single;
  });
  // The note and TMX props stay with the bead id that survives.
  const replacement = [{ ...bead, ...singles[0]! }, ...singles.slice(1)];
  if (others.length > 0) {
    const rest: ProjectBead = { id: newBeadId(revision, made++), source: [], target: [], status: 'auto', confidence: 1 };
    rest[otherSide(action.side)] = others;
    replacement.push(rest);
  }
  const beads = target.beads.toSpliced(i, 1, ...replacement);
  return { project: withTarget(project, ti, { ...target, beads }), revision: { side: action.side, beads: replacement.map((b) => b.id) } };
};
