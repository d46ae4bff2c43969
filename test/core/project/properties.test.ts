/**
 * Property tests over random editing sessions on the sample corpus (five gold targets sharing one
 * English source): the invariants hold after every step, the text is never lost, undo restores the
 * start exactly and redo the end, and revisions survive serialisation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyAction, checkProject, createHistory, historyReducer, parseProject, serializeProject } from '../../../src/core/project/index.js';
import type { HistoryState } from '../../../src/core/project/index.js';
import { UserError } from '../../../src/core/errors.js';
import type { Project, ProjectDocument } from '../../../src/core/types.js';
import { goldProject, goldSentences } from './gold-project.js';
import { actionDraw, toAction } from './random-actions.js';
import type { ActionDraw } from './random-actions.js';

const START = goldProject();
const RUNS = 60;
const session = fc.array(actionDraw, { minLength: 1, maxLength: 40 });
const noSpace = (text: string) => text.replace(/\s+/g, '');

/** Runs a session through the history reducer; failed actions must leave the state as it was. */
function play(draws: readonly ActionDraw[], start: Project = START): HistoryState {
  let state = createHistory(start);
  draws.forEach((draw, step) => {
    const action = toAction(state.present, draw);
    const context = { author: `reviewer-${step % 3}`, time: new Date(Date.UTC(2026, 0, 1, 0, step)).toISOString() };
    try {
      state = historyReducer(state, { type: 'do', action, context });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
    const problem = checkProject(state.present);
    assert.equal(problem, null, `after ${JSON.stringify(action)}: ${JSON.stringify(problem)}`);
  });
  return state;
}

/** The document's text as it came in, read back from the segments (originals where edited). */
function originalText(document: ProjectDocument): string {
  return noSpace(document.segments.map((s) => s.original ?? s.text).join(''));
}

test('every segment of every side is in exactly one bead, in document order, after every step', () => {
  fc.assert(fc.property(session, (draws) => void play(draws)), { numRuns: RUNS });
});

test('each side still adds up to its document text, and every edited segment has a revision', () => {
  fc.assert(
    fc.property(session, (draws) => {
      const { present } = play(draws);
      assert.equal(originalText(present.source), noSpace(goldSentences('en').join('')));
      for (const target of present.targets) assert.equal(originalText(target.document), noSpace(goldSentences(target.document.lang).join('')));
      const recorded = new Set(present.revisions.flatMap((r) => r.segments ?? []));
      for (const document of [present.source, ...present.targets.map((t) => t.document)]) {
        for (const segment of document.segments) {
          if (segment.original !== undefined) assert.ok(recorded.has(segment.id), `edit of ${segment.id} is recorded`);
          else if (!recorded.has(segment.id)) assert.ok(/^[st]\d+$/.test(segment.id), `${segment.id} came from the document`);
        }
      }
    }),
    { numRuns: RUNS },
  );
});

test('undoing a whole session restores the start exactly; redoing it restores the end', () => {
  fc.assert(
    fc.property(session, (draws) => {
      const end = play(draws);
      let state = end;
      while (state.past.length > 0) state = historyReducer(state, { type: 'undo' });
      assert.deepEqual(state.present, START);
      assert.equal(historyReducer(state, { type: 'undo' }), state, 'undo with nothing to undo is a no-op');
      while (state.future.length > 0) state = historyReducer(state, { type: 'redo' });
      assert.deepEqual(state.present, end.present);
    }),
    { numRuns: RUNS },
  );
});

test('one revision per effective action, numbered from 1, replayable from the start', () => {
  fc.assert(
    fc.property(session, (draws) => {
      const end = play(draws);
      assert.equal(end.present.revisions.length, end.past.length);
      assert.deepEqual(end.present.revisions.map((r) => r.number), end.present.revisions.map((_, i) => i + 1));
      // Undo in the middle, then a new action: the redo list is gone, numbering continues.
      if (end.past.length >= 2) {
        let state = historyReducer(historyReducer(end, { type: 'undo' }), { type: 'undo' });
        const action = { type: 'insert-empty' as const, lang: 'fr', after: null };
        state = historyReducer(state, { type: 'do', action, context: { author: 'x', time: 't' } });
        assert.equal(state.future.length, 0);
        assert.equal(state.present.revisions.at(-1)!.number, end.past.length - 1);
      }
    }),
    { numRuns: RUNS },
  );
});

test('revisions and edits survive serialising and parsing back', () => {
  fc.assert(
    fc.property(session, (draws) => {
      const { present } = play(draws);
      const parsed = parseProject(JSON.parse(serializeProject(present)));
      assert.ok('project' in parsed, JSON.stringify(parsed));
      assert.deepEqual(parsed.project, present);
    }),
    { numRuns: RUNS / 2 },
  );
});

test('the reducer never mutates its input', () => {
  fc.assert(
    fc.property(session, (draws) => {
      const frozen = structuredClone(START);
      const state = play(draws);
      assert.deepEqual(START, frozen);
      void applyAction(state.present, { type: 'confirm-through', lang: 'de', bead: state.present.targets[4]!.beads.at(-1)!.id }, { author: 'a', time: 't' });
    }),
    { numRuns: 20 },
  );
});

test('splitting and merging edited segments keeps the document text and the edit record', () => {
  const draw = fc.record({ segment: fc.nat(), offset: fc.nat(), text: fc.string({ minLength: 2, maxLength: 30 }), isSource: fc.boolean(), target: fc.nat({ max: 4 }) });
  fc.assert(
    fc.property(fc.array(draw, { minLength: 1, maxLength: 10 }), (draws) => {
      let project = START;
      draws.forEach(({ segment, offset, text, isSource, target }, step) => {
        const lang = project.targets[target]!.document.lang;
        const side: 'source' | 'target' = isSource ? 'source' : 'target';
        const document = isSource ? project.source : project.targets[target]!.document;
        const id = document.segments[segment % document.segments.length]!.id;
        const bead = project.targets[target]!.beads.find((b) => b[side].includes(id))!.id;
        const context = { author: 'a', time: `t${step}` };
        for (const action of [
          { type: 'edit-segment' as const, lang, side, segment: id, text },
          { type: 'split-segment' as const, lang, bead, side, segment: id, offset: 1 + (offset % Math.max(1, text.trim().length - 1)) },
          { type: 'merge-segments' as const, lang, side, segment: id },
        ]) {
          try {
            project = applyAction(project, action, context);
          } catch (error) {
            if (!(error instanceof UserError)) throw error;
          }
        }
      });
      assert.equal(checkProject(project), null);
      assert.equal(originalText(project.source), noSpace(goldSentences('en').join('')));
      for (const t of project.targets) assert.equal(originalText(t.document), noSpace(goldSentences(t.document.lang).join('')));
    }),
    { numRuns: RUNS },
  );
});
