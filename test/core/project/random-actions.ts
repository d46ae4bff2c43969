/**
 * Random editing sessions for property tests: fast-check draws numbers, and each draw is turned into
 * an action against the project as it is at that moment (so ids and offsets are mostly valid, and
 * the rest exercises the error paths).
 */
import fc from 'fast-check';
import { ACTION_TYPES } from '../../../src/core/project/index.js';
import type { ProjectAction, Side } from '../../../src/core/project/index.js';
import type { BeadStatus, Project } from '../../../src/core/types.js';

/** One draw: which operation, and numbers to pick a target, bead, segment, offset. */
export interface ActionDraw {
  type: (typeof ACTION_TYPES)[number];
  target: number;
  bead: number;
  segment: number;
  offset: number;
  isSource: boolean;
  text: string;
}

export const actionDraw: fc.Arbitrary<ActionDraw> = fc.record({
  type: fc.constantFrom(...ACTION_TYPES),
  target: fc.nat(),
  bead: fc.nat(),
  segment: fc.nat(),
  offset: fc.nat(),
  isSource: fc.boolean(),
  text: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('改过的句子。', 'Une phrase corrigée.', '  ', 'x')),
});

const STATUSES: BeadStatus[] = ['auto', 'confirmed', 'excluded'];

/** Turns a draw into a concrete action on `project`. */
export function toAction(project: Project, draw: ActionDraw): ProjectAction {
  const target = project.targets[draw.target % project.targets.length]!;
  const lang = target.document.lang;
  const side: Side = draw.isSource ? 'source' : 'target';
  const bead = target.beads[draw.bead % target.beads.length]!;
  const document = side === 'source' ? project.source : target.document;
  const segment = document.segments[draw.segment % document.segments.length]!;
  switch (draw.type) {
    case 'merge-next':
      return { type: draw.type, lang, bead: bead.id };
    case 'split-bead':
    {
      // Mostly valid cut points, sometimes the invalid ends (0 and length) to test the refusal.
      const count = bead[side].length;
      const at = draw.offset % 4 === 0 ? draw.offset % (count + 1) : 1 + (draw.offset % Math.max(1, count - 1));
      return { type: draw.type, lang, bead: bead.id, side, at };
    }
    case 'split-segment': {
      const id = bead[side][draw.segment % Math.max(1, bead[side].length)] ?? segment.id;
      const text = document.segments.find((s) => s.id === id)?.text ?? '';
      return { type: draw.type, lang, bead: bead.id, side, segment: id, offset: draw.offset % (text.length + 1) };
    }
    case 'shift-up':
    case 'shift-down':
    case 'detach':
      return { type: draw.type, lang, bead: bead.id, side };
    case 'insert-empty':
      return { type: draw.type, lang, after: draw.offset % 5 === 0 ? null : bead.id };
    case 'edit-segment':
      return { type: draw.type, lang, side, segment: segment.id, text: draw.text };
    case 'merge-segments':
      return { type: draw.type, lang, side, segment: segment.id };
    case 'set-status':
      return { type: draw.type, lang, bead: bead.id, status: STATUSES[draw.offset % 3]! };
    case 'confirm-through':
      return { type: draw.type, lang, bead: bead.id };
    case 'set-note':
      return { type: draw.type, lang, bead: bead.id, note: draw.offset % 3 === 0 ? '' : draw.text };
  }
}
