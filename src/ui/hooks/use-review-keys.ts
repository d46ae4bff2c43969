/**
 * The review screen's one `useInput`: it only routes. In list mode a key is looked up in the
 * keymap; in a panel it goes to that panel's key decoder; the result is a session transition.
 */
import { useInput } from 'ink';
import type { Key } from 'ink';
import { editorKeyFor } from '../editor-keys.js';
import { commandFor } from '../keymap.js';
import { runCommand } from '../state/commands.js';
import { editorKey, searchKey, splitKey } from '../state/panel-ops.js';
import type { SplitKey } from '../state/panel-ops.js';
import type { SessionState } from '../state/session.js';
import type { SessionContext } from '../state/session-ops.js';
import { deriveList, withView } from '../state/session-ops.js';

/** Applies a transition to the session state. */
export type Update = (transition: (state: SessionState) => SessionState) => void;

const SPLIT_KEYS: ReadonlyArray<{ matches: (input: string, key: Key) => boolean; action: SplitKey }> = [
  { matches: (_i, k) => k.return, action: 'keep' },
  { matches: (_i, k) => k.escape, action: 'cancel' },
  { matches: (_i, k) => k.tab, action: 'toggle-side' },
  { matches: (i, k) => (k.leftArrow && (k.ctrl || k.meta)) || k.upArrow || i === 'b', action: 'word-left' },
  { matches: (i, k) => (k.rightArrow && (k.ctrl || k.meta)) || k.downArrow || i === 'w', action: 'word-right' },
  { matches: (i, k) => k.leftArrow || i === 'h', action: 'left' },
  { matches: (i, k) => k.rightArrow || i === 'l', action: 'right' },
];

function splitKeyFor(input: string, key: Key): SplitKey | undefined {
  return SPLIT_KEYS.find((entry) => entry.matches(input, key))?.action;
}

function jump(state: SessionState, context: SessionContext): SessionState {
  const number = Number(state.view.digits);
  const { visible } = deriveList(state, context);
  // The number is the pair number people see, which is the bead's position plus one.
  const index = visible.indexOf(number - 1);
  const cleared = withView(state, { type: 'clear-digits' }, context);
  return index < 0 ? withView(cleared, { type: 'notify', notice: { key: 'noSuchPair', params: { number } } }, context) : withView(cleared, { type: 'focus', index }, context);
}

function listKey(state: SessionState, input: string, key: Key, context: SessionContext): SessionState {
  if (state.view.digits !== '') {
    if (key.return) return jump(state, context);
    if (key.escape) return withView(state, { type: 'clear-digits' }, context);
    if (key.backspace || key.delete) return { ...state, view: { ...state.view, digits: state.view.digits.slice(0, -1) } };
  }
  const command = commandFor(input, key);
  if (command === 'jump') return withView(state, { type: 'type-digit', digit: input }, context);
  return command && command !== 'quit' ? runCommand(withView(state, { type: 'clear-digits' }, context), command, context) : state;
}

function overlayKey(state: SessionState, input: string, key: Key, context: SessionContext): SessionState {
  if (state.view.mode === 'history' && input === 'c') return { ...state, isCharDiff: !state.isCharDiff };
  const closes = key.escape || key.return || input === 'q' || input === (state.view.mode === 'help' ? '?' : 'h');
  return closes ? withView(state, { type: 'set-mode', mode: 'list' }, context) : state;
}

function routeKey(getState: () => SessionState, update: Update, context: SessionContext, quit: () => void, input: string, key: Key): void {
  const state = getState();
  const mode = state.view.mode;
  // Ctrl-C always leaves (everything kept is already saved; an open editor's text is dropped); q leaves from the list.
  if ((key.ctrl && input === 'c') || (mode === 'list' && state.view.digits === '' && commandFor(input, key) === 'quit')) {
    quit();
    return;
  }
  switch (mode) {
    case 'list':
      update((s) => listKey(s, input, key, context));
      return;
    case 'edit':
      update((s) => editorKey(s, editorKeyFor(input, key), context));
      return;
    case 'search':
      update((s) => searchKey(s, editorKeyFor(input, key), context));
      return;
    case 'split': {
      const split = splitKeyFor(input, key);
      if (split) update((s) => splitKey(s, split, context));
      return;
    }
    case 'help':
    case 'history':
      update((s) => overlayKey(s, input, key, context));
      return;
    default: {
      const unknown: never = mode;
      return unknown;
    }
  }
}

/** Whether Ink delivered several typed keys at once (fast typing, key repeat, tmux send-keys). */
function isBurst(input: string, key: Key): boolean {
  return Array.from(input).length > 1 && !key.ctrl && !key.meta && !/\p{Cc}/u.test(input);
}

/**
 * Routes every key press of the review screen. Ink hands over several characters typed in one
 * burst as a single input; outside the text editors each one is a command, so each is routed
 * on its own (after the previous one has changed the state).
 */
export function useReviewKeys(getState: () => SessionState, update: Update, context: SessionContext, quit: () => void): void {
  useInput((input, key) => {
    const mode = getState().view.mode;
    if (mode === 'edit' || mode === 'search' || !isBurst(input, key)) {
      routeKey(getState, update, context, quit, input, key);
      return;
    }
    for (const char of input) {
      const shift = /^[A-Z]$/.test(char);
      routeKey(getState, update, context, quit, char, { ...key, shift });
    }
  });
}
