/**
 * The building blocks of every command: derive the list for the current state, move the view,
 * apply a project action through the history (a refused action becomes a notice, never a crash)
 * and keep the focus on the same bead afterwards. Pure: time and author come in the context.
 */
import type { ProjectAction } from '../../core/project/actions.js';
import { historyReducer } from '../../core/project/history.js';
import type { HistoryAction } from '../../core/project/history.js';
import { UserError } from '../../core/errors.js';
import type { Project, ProjectTarget } from '../../core/types.js';
import type { LayoutOptions } from '../layout/pair-layout.js';
import { layoutOptionsFor, listViewport } from './list-model.js';
import type { PairView } from './pairs.js';
import { pairAt } from './pairs.js';
import type { SessionState } from './session.js';
import { currentTarget, positionOf, visiblePairs } from './session.js';
import type { Notice, ViewAction, Viewport } from './view-reducer.js';
import { reduceView } from './view-reducer.js';

/** What a session needs from outside: who edits, the clock, and the size of the list. */
export interface SessionContext {
  author: string;
  /** ISO 8601 time of an edit. */
  now: () => string;
  /** Revision the "changed" filter compares with. */
  sinceRevision: number;
  width: number;
  /** Lines available to the list. */
  listRows: number;
}

/** The list as drawn for a state: target, filtered bead indexes, layout and viewport. */
export interface DerivedList {
  project: Project;
  target: ProjectTarget;
  visible: number[];
  options: LayoutOptions;
  viewport: Viewport;
}

/** Derives the list of a state at the context's size. */
export function deriveList(state: SessionState, context: SessionContext): DerivedList {
  const project = state.history.present;
  const target = currentTarget(state);
  const visible = visiblePairs(project, target, state.view.filter, context.sinceRevision);
  const options = layoutOptionsFor(project, target, context.width);
  return { project, target, visible, options, viewport: listViewport(project, target, visible, options, context.listRows) };
}

/** The focused pair, if the list is not empty. */
export function focusedPair(state: SessionState, context: SessionContext): PairView | undefined {
  const { project, target, visible } = deriveList(state, context);
  const index = visible[Math.min(state.view.cursor, visible.length - 1)];
  return index === undefined ? undefined : pairAt(project, target, index);
}

/** Applies a view action with the viewport of the current list. */
export function withView(state: SessionState, action: ViewAction, context: SessionContext): SessionState {
  const view = reduceView(state.view, action, deriveList(state, context).viewport);
  return view === state.view ? state : { ...state, view };
}

/** Shows a notice on the status line. */
export function notify(state: SessionState, key: string, params?: Notice['params']): SessionState {
  return { ...state, view: { ...state.view, notice: { key, params } } };
}

/** Focuses bead `beadIndex` of the target (or the next one the filter shows). */
export function focusBead(state: SessionState, beadIndex: number, context: SessionContext): SessionState {
  const { visible } = deriveList(state, context);
  return withView(state, { type: 'focus', index: positionOf(visible, beadIndex) }, context);
}

/** A notice for a refused action, with the translated reason filled in by the footer. */
export function errorNotice(error: UserError): Notice {
  return { key: 'error', params: { code: error.code, ...error.params } };
}

/**
 * Runs a history command. The focus stays on the same bead position; a UserError (nothing to
 * shift, no next pair ...) leaves the state as it was and shows why.
 */
export function runHistory(state: SessionState, command: HistoryAction, context: SessionContext): SessionState {
  const focused = focusedPair(state, context);
  let history;
  try {
    history = historyReducer(state.history, command);
  } catch (error) {
    if (error instanceof UserError) return { ...state, view: { ...state.view, notice: errorNotice(error) } };
    throw error;
  }
  if (history === state.history) return state;
  const next: SessionState = { ...state, history, view: { ...state.view, notice: undefined } };
  return focused ? focusBead(next, focused.index, context) : next;
}

/** Applies one project action as an undoable step. */
export function applyProjectAction(state: SessionState, action: ProjectAction, context: SessionContext): SessionState {
  return runHistory(state, { type: 'do', action, context: { author: context.author, time: context.now() } }, context);
}
