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

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** Control characters that can arrive inside a burst of typed keys, as Ink would report them alone. */
const BURST_CONTROLS: Readonly<Record<string, Partial<Key>>> = { '\r': { return: true }, '\n': { return: true }, '\t': { tab: true }, '\u007F': { delete: true }, '\b': { backspace: true } };

/**
 * Splits what Ink delivered as one input (fast typing, key repeat, a paste, tmux send-keys) into
 * key presses: runs of text stay together, and Enter, Tab and Backspace become keys of their own.
 * Returns undefined for an ordinary single key press.
 */
export function splitBurst(input: string, key: Key): Array<{ input: string; key: Key }> | undefined {
  if (Array.from(input).length < 2 || key.ctrl || key.meta || input.includes('\u001B')) return undefined;
  const presses: Array<{ input: string; key: Key }> = [];
  for (const part of input.split(/([\r\n\t\u007F\b])/u)) {
    if (part === '') continue;
    const control = BURST_CONTROLS[part];
    presses.push(control ? { input: '', key: { ...NO_KEY, ...control } } : { input: part, key: NO_KEY });
  }
  return presses;
}

function routeText(getState: () => SessionState, update: Update, context: SessionContext, quit: () => void, text: string): void {
  const mode = getState().view.mode;
  // In the editors a run of text is one insertion (a paste); elsewhere every character is a command.
  if (mode === 'edit' || mode === 'search') {
    routeKey(getState, update, context, quit, text, NO_KEY);
    return;
  }
  const [first = '', ...rest] = Array.from(text);
  routeKey(getState, update, context, quit, first, { ...NO_KEY, shift: /^[A-Z]$/u.test(first) });
  if (rest.length > 0) routeText(getState, update, context, quit, rest.join(''));
}

/**
 * Routes every key press of the review screen. Ink hands over several keys that arrive together
 * as a single input; they are split and routed one by one, each after the previous one has
 * changed the state.
 */
export function useReviewKeys(getState: () => SessionState, update: Update, context: SessionContext, quit: () => void): void {
  useInput((input, key) => {
    const presses = splitBurst(input, key);
    if (!presses) {
      routeKey(getState, update, context, quit, input, key);
      return;
    }
    for (const press of presses) {
      if (press.input === '') routeKey(getState, update, context, quit, press.input, press.key);
      else routeText(getState, update, context, quit, press.input);
    }
  });
}
