/**
 * What keys do while a panel is open: the inline editor (e), the search prompt (/) and the split
 * chooser (s). Pure functions of the session state, like the list commands.
 */
import type { EditorKeyResult } from '../editor-keys.js';
import { openEditor, reduceLineEditor } from './line-editor.js';
import type { SessionState } from './session.js';
import type { SessionContext } from './session-ops.js';
import { applyProjectAction, focusedPair, notify, withView } from './session-ops.js';
import { search } from './commands.js';
import { initialSplitPoint, jumpSplitPoint, splitPoints } from './split-points.js';

function closePanel(state: SessionState, context: SessionContext): SessionState {
  const closed = withView(state, { type: 'set-mode', mode: 'list' }, context);
  return { ...closed, editor: undefined, search: undefined, split: undefined };
}

/** A key in the inline editor: edit, keep (one undoable edit-segment), cancel, or other sentence. */
export function editorKey(state: SessionState, result: EditorKeyResult, context: SessionContext): SessionState {
  const editor = state.editor;
  const pair = focusedPair(state, context);
  if (!editor || !pair) return closePanel(state, context);
  const side = state.view.side;
  const original = pair[side][editor.segment] ?? '';
  switch (result.kind) {
    case 'edit':
      return { ...state, editor: { ...editor, state: reduceLineEditor(editor.state, result.action) } };
    case 'cancel':
      return closePanel(state, context);
    case 'keep': {
      const closed = closePanel(state, context);
      const segment = pair.bead[side][editor.segment];
      if (segment === undefined || editor.state.text === original) return closed;
      if (editor.state.text.trim() === '') return notify(state, 'emptyText');
      return applyProjectAction(closed, { type: 'edit-segment', lang: state.lang, side, segment, text: editor.state.text }, context);
    }
    case 'previous':
    case 'next': {
      // Moving to another sentence of the pair is allowed only while nothing is typed, so no edit is dropped.
      if (editor.state.text !== original) return notify(state, 'keepOrCancel');
      const segment = editor.segment + (result.kind === 'next' ? 1 : -1);
      const text = pair[side][segment];
      return text === undefined ? state : { ...state, editor: { segment, state: openEditor(text) } };
    }
    case 'ignore':
      return state;
    default: {
      const unknown: never = result;
      return unknown;
    }
  }
}

/** A key in the search prompt: Enter searches forward from the focus, Esc gives up. */
export function searchKey(state: SessionState, result: EditorKeyResult, context: SessionContext): SessionState {
  const prompt = state.search;
  if (!prompt) return closePanel(state, context);
  switch (result.kind) {
    case 'edit':
      return { ...state, search: reduceLineEditor(prompt, result.action) };
    case 'keep':
      return search(closePanel(state, context), prompt.text, 1, context);
    case 'cancel':
      return closePanel(state, context);
    default:
      return state;
  }
}

/** What a key does in the split chooser. */
export type SplitKey = 'left' | 'right' | 'word-left' | 'word-right' | 'toggle-side' | 'keep' | 'cancel';

/** A key in the split chooser: move the point, change side, split there, or give up. */
export function splitKey(state: SessionState, key: SplitKey, context: SessionContext): SessionState {
  const pair = focusedPair(state, context);
  if (!state.split || !pair) return closePanel(state, context);
  const side = state.view.side;
  const texts = pair[side];
  const points = splitPoints(texts);
  const at = state.split.point;
  switch (key) {
    case 'left':
    case 'right':
      return { ...state, split: { point: Math.min(points.length - 1, Math.max(0, at + (key === 'right' ? 1 : -1))) } };
    case 'word-left':
    case 'word-right':
      return { ...state, split: { point: jumpSplitPoint(texts, points, at, key === 'word-right' ? 1 : -1) } };
    case 'toggle-side': {
      const other = side === 'source' ? 'target' : 'source';
      const otherPoints = splitPoints(pair[other]);
      if (otherPoints.length === 0) return notify(state, 'nothingToSplit');
      return { ...state, split: { point: initialSplitPoint(pair[other], otherPoints) }, view: { ...state.view, side: other, notice: undefined } };
    }
    case 'cancel':
      return closePanel(state, context);
    case 'keep': {
      const point = points[at];
      const closed = closePanel(state, context);
      if (!point) return closed;
      if (point.kind === 'between') return applyProjectAction(closed, { type: 'split-bead', lang: state.lang, bead: pair.bead.id, side, at: point.at }, context);
      const segment = pair.bead[side][point.segment]!;
      const split = applyProjectAction(closed, { type: 'split-segment', lang: state.lang, bead: pair.bead.id, side, segment, offset: point.offset }, context);
      return split.view.notice ? split : notify(split, 'sentenceSplit');
    }
    default: {
      const unknown: never = key;
      return unknown;
    }
  }
}
