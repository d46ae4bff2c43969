/**
 * What each command of the keymap does to a session, in list mode. Each one is a pure function of
 * the state; editing goes through project actions only (the project reducer does the work).
 */
import type { CommandId } from '../keymap.js';
import { openEditor } from './line-editor.js';
import type { SessionState } from './session.js';
import type { SessionContext } from './session-ops.js';
import { applyProjectAction, deriveList, focusBead, focusedPair, notify, runHistory, withView } from './session-ops.js';
import { findPair, isLowConfidence, pairAt, pairMatches } from './pairs.js';
import { initialSplitPoint, splitPoints } from './split-points.js';
import { FILTERS } from './view-reducer.js';

/** Runs a list-mode command (quit is the caller's business). */
export function runCommand(state: SessionState, command: Exclude<CommandId, 'quit'>, context: SessionContext): SessionState {
  const cleared = state.view.notice ? { ...state, view: { ...state.view, notice: undefined } } : state;
  switch (command) {
    case 'down':
      return withView(cleared, { type: 'move', by: 1 }, context);
    case 'up':
      return withView(cleared, { type: 'move', by: -1 }, context);
    case 'page-down':
      return withView(cleared, { type: 'page', direction: 1 }, context);
    case 'page-up':
      return withView(cleared, { type: 'page', direction: -1 }, context);
    case 'first':
      return withView(cleared, { type: 'first' }, context);
    case 'last':
      return withView(cleared, { type: 'last' }, context);
    case 'jump':
      return cleared; // digits are typed through typeDigit(), Enter then jumps
    case 'confirm':
      return confirm(cleared, context);
    case 'exclude':
      return onFocused(cleared, context, (pair) => ({ type: 'set-status', lang: state.lang, bead: pair.bead.id, status: pair.bead.status === 'excluded' ? 'auto' : 'excluded' }));
    case 'merge':
      return onFocused(cleared, context, (pair) => ({ type: 'merge-next', lang: state.lang, bead: pair.bead.id }));
    case 'shift-up':
      return onFocused(cleared, context, (pair) => ({ type: 'shift-up', lang: state.lang, bead: pair.bead.id, side: state.view.side }));
    case 'shift-down':
      return onFocused(cleared, context, (pair) => ({ type: 'shift-down', lang: state.lang, bead: pair.bead.id, side: state.view.side }));
    case 'split':
      return openSplit(cleared, context);
    case 'toggle-side':
      return withView(cleared, { type: 'toggle-side' }, context);
    case 'edit':
      return openEdit(cleared, context);
    case 'undo':
      return state.history.past.length === 0 ? notify(cleared, 'nothingToUndo') : notify(runHistory(cleared, { type: 'undo' }, context), 'undone');
    case 'redo':
      return state.history.future.length === 0 ? notify(cleared, 'nothingToRedo') : notify(runHistory(cleared, { type: 'redo' }, context), 'redone');
    case 'search':
      return { ...cleared, search: openEditor(''), view: { ...cleared.view, mode: 'search' } };
    case 'search-next':
      return search(cleared, state.view.query, 1, context);
    case 'search-prev':
      return search(cleared, state.view.query, -1, context);
    case 'filter':
      return cycleFilter(cleared, context);
    case 'next-low':
      return findNext(cleared, context, (bead) => isLowConfidence(bead), 'noLowConfidence');
    case 'switch-target':
      return switchTarget(cleared, context);
    case 'history':
      return withView(cleared, { type: 'set-mode', mode: 'history' }, context);
    case 'help':
      return withView(cleared, { type: 'set-mode', mode: 'help' }, context);
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

function onFocused(state: SessionState, context: SessionContext, build: (pair: NonNullable<ReturnType<typeof focusedPair>>) => Parameters<typeof applyProjectAction>[1]): SessionState {
  const pair = focusedPair(state, context);
  return pair ? applyProjectAction(state, build(pair), context) : notify(state, 'emptyList');
}

/** Confirms the focused pair, then moves to the next unconfirmed one. */
function confirm(state: SessionState, context: SessionContext): SessionState {
  const pair = focusedPair(state, context);
  if (!pair) return notify(state, 'emptyList');
  const confirmed = pair.bead.status === 'confirmed' ? state : applyProjectAction(state, { type: 'set-status', lang: state.lang, bead: pair.bead.id, status: 'confirmed' }, context);
  if (confirmed.view.notice) return confirmed;
  const moved = findNext(focusBead(confirmed, pair.index, context), context, (bead) => bead.status === 'auto', 'allConfirmed', pair.index);
  return moved;
}

/** Focuses the next pair (in list order, wrapping) whose bead passes `test`. */
function findNext(state: SessionState, context: SessionContext, test: (bead: NonNullable<ReturnType<typeof pairAt>>['bead']) => boolean, noneKey: string, fromBead?: number): SessionState {
  const { target, visible } = deriveList(state, context);
  if (visible.length === 0) return notify(state, noneKey);
  // After a confirm under the "unconfirmed" filter the confirmed pair has left the list: start just before where it was.
  const from = fromBead === undefined ? state.view.cursor : visible[state.view.cursor] === fromBead ? state.view.cursor : state.view.cursor - 1;
  const found = findPair(visible, from, 1, (beadIndex) => test(target.beads[beadIndex]!));
  return found === undefined ? notify(state, noneKey) : withView(state, { type: 'focus', index: found }, context);
}

/** Finds the next (or previous) pair whose source or target contains `query`. */
export function search(state: SessionState, query: string, direction: 1 | -1, context: SessionContext): SessionState {
  if (query === '') return notify(state, 'noSearch');
  const { project, target, visible } = deriveList(state, context);
  const found = findPair(visible, state.view.cursor, direction, (beadIndex) => {
    const pair = pairAt(project, target, beadIndex);
    return pair !== undefined && pairMatches(pair, query);
  });
  if (found === undefined) return notify(state, 'notFound', { query });
  return withView({ ...state, view: { ...state.view, query } }, { type: 'focus', index: found }, context);
}

function cycleFilter(state: SessionState, context: SessionContext): SessionState {
  const pair = focusedPair(state, context);
  const filter = FILTERS[(FILTERS.indexOf(state.view.filter) + 1) % FILTERS.length]!;
  const filtered = withView(state, { type: 'set-filter', filter }, context);
  const focused = pair ? focusBead(filtered, pair.index, context) : filtered;
  return deriveList(focused, context).visible.length === 0 ? notify(focused, 'emptyFilter') : focused;
}

function switchTarget(state: SessionState, context: SessionContext): SessionState {
  const langs = state.history.present.targets.map((target) => target.document.lang);
  if (langs.length < 2) return notify(state, 'oneTarget', { lang: state.lang });
  const lang = langs[(langs.indexOf(state.lang) + 1) % langs.length]!;
  const pair = focusedPair(state, context);
  const switched: SessionState = { ...state, lang };
  // Beads differ between targets; keep the place by the first source segment of the focused pair.
  const sourceId = pair?.bead.source[0];
  const beads = switched.history.present.targets.find((target) => target.document.lang === lang)!.beads;
  const index = sourceId === undefined ? 0 : Math.max(0, beads.findIndex((bead) => bead.source.includes(sourceId)));
  return notify(focusBead(switched, index, context), 'switchedTarget', { lang });
}

function openEdit(state: SessionState, context: SessionContext): SessionState {
  const pair = focusedPair(state, context);
  if (!pair) return notify(state, 'emptyList');
  const texts = pair[state.view.side];
  if (texts.length === 0) return notify(state, 'nothingToEdit');
  return { ...state, editor: { segment: 0, state: openEditor(texts[0]!) }, view: { ...state.view, mode: 'edit' } };
}

function openSplit(state: SessionState, context: SessionContext): SessionState {
  const pair = focusedPair(state, context);
  if (!pair) return notify(state, 'emptyList');
  const texts = pair[state.view.side];
  const points = splitPoints(texts);
  if (points.length === 0) return notify(state, 'nothingToSplit');
  return { ...state, split: { point: initialSplitPoint(texts, points) }, view: { ...state.view, mode: 'split' } };
}
