/** Review operations: confirm, unconfirm, exclude, confirm everything up to here, notes. */
import type { ProjectBead } from '../types.js';
import type { ConfirmThroughAction, SetNoteAction, SetStatusAction } from './actions.js';
import { beadIndex, targetIndex, withTarget } from './lookup.js';
import type { Operation } from './operation.js';

/** A bead with a new status; a person's confirmation makes its confidence 1 (see `ProjectBead`). */
function withStatus(bead: ProjectBead, status: ProjectBead['status']): ProjectBead {
  return status === 'confirmed' ? { ...bead, status, confidence: 1 } : { ...bead, status };
}

/** Sets one bead's status (`confirmed`, `auto` to unconfirm, `excluded`). */
export const setStatus: Operation<SetStatusAction> = (project, action) => {
  const ti = targetIndex(project, action.lang);
  const target = project.targets[ti]!;
  const i = beadIndex(target, action.bead);
  const bead = target.beads[i]!;
  if (bead.status === action.status) return null;
  const beads = target.beads.with(i, withStatus(bead, action.status));
  return { project: withTarget(project, ti, { ...target, beads }), revision: { side: 'both', beads: [bead.id], status: action.status } };
};

/** Confirms every `auto` bead from the first through `bead`; excluded beads stay excluded. */
export const confirmThrough: Operation<ConfirmThroughAction> = (project, action) => {
  const ti = targetIndex(project, action.lang);
  const target = project.targets[ti]!;
  const last = beadIndex(target, action.bead);
  const changed: string[] = [];
  const beads = target.beads.slice();
  for (let i = 0; i <= last; i++) {
    const bead = beads[i]!;
    if (bead.status !== 'auto') continue;
    beads[i] = withStatus(bead, 'confirmed');
    changed.push(bead.id);
  }
  if (changed.length === 0) return null;
  return { project: withTarget(project, ti, { ...target, beads }), revision: { side: 'both', beads: changed, status: 'confirmed' } };
};

/** Sets a bead's note; an empty (or blank) note removes it. */
export const setNote: Operation<SetNoteAction> = (project, action) => {
  const ti = targetIndex(project, action.lang);
  const target = project.targets[ti]!;
  const i = beadIndex(target, action.bead);
  const bead = target.beads[i]!;
  const note = action.note.trim();
  if ((bead.note ?? '') === note) return null;
  const { note: _old, ...rest } = bead;
  const beads = target.beads.with(i, note === '' ? rest : { ...rest, note });
  return {
    project: withTarget(project, ti, { ...target, beads }),
    revision: note === '' ? { side: 'both', beads: [bead.id] } : { side: 'both', beads: [bead.id], note },
  };
};
