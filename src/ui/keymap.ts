/**
 * The review screen's keys as data: every command, the keys bound to it and the locale key of its
 * label. The input router, the footer, the `?` overlay and the README keys table are all built
 * from this one table, so they cannot drift apart.
 */
import type { Key } from 'ink';

/** What a key press asks the review screen to do in normal (list) mode. */
export type CommandId =
  | 'down'
  | 'up'
  | 'page-down'
  | 'page-up'
  | 'first'
  | 'last'
  | 'jump'
  | 'confirm'
  | 'merge'
  | 'split'
  | 'shift-up'
  | 'shift-down'
  | 'toggle-side'
  | 'edit'
  | 'exclude'
  | 'undo'
  | 'redo'
  | 'search'
  | 'search-next'
  | 'search-prev'
  | 'filter'
  | 'next-low'
  | 'switch-target'
  | 'history'
  | 'help'
  | 'quit';

/**
 * A key written as text: a printable character (`j`, `G`, `[`), a named key (`enter`, `space`,
 * `tab`, `up`, `down`, `pageup`, `pagedown`, `home`, `end`, `escape`) or `ctrl+<letter>`.
 */
export type KeySpec = string;

/** One entry of the keymap. */
export interface Binding {
  command: CommandId;
  keys: readonly KeySpec[];
  /** Locale key of the command's label (under `keys.`). */
  label: `keys.${string}`;
  /** Shown in the footer (the main keys); every binding is shown in the help overlay. */
  isInFooter: boolean;
}

/** The review screen's keymap. Order is the order of the help overlay. */
export const KEYMAP: readonly Binding[] = [
  { command: 'down', keys: ['j', 'down'], label: 'keys.down', isInFooter: false },
  { command: 'up', keys: ['k', 'up'], label: 'keys.up', isInFooter: false },
  { command: 'page-down', keys: ['pagedown', 'ctrl+d'], label: 'keys.pageDown', isInFooter: false },
  { command: 'page-up', keys: ['pageup', 'ctrl+u'], label: 'keys.pageUp', isInFooter: false },
  { command: 'first', keys: ['g', 'home'], label: 'keys.first', isInFooter: false },
  { command: 'last', keys: ['G', 'end'], label: 'keys.last', isInFooter: false },
  { command: 'jump', keys: ['0-9'], label: 'keys.jump', isInFooter: false },
  { command: 'confirm', keys: ['enter', 'space'], label: 'keys.confirm', isInFooter: true },
  { command: 'merge', keys: ['m'], label: 'keys.merge', isInFooter: true },
  { command: 'split', keys: ['s'], label: 'keys.split', isInFooter: true },
  { command: 'shift-up', keys: ['['], label: 'keys.shiftUp', isInFooter: false },
  { command: 'shift-down', keys: [']'], label: 'keys.shiftDown', isInFooter: false },
  { command: 'toggle-side', keys: ['tab'], label: 'keys.toggleSide', isInFooter: false },
  { command: 'edit', keys: ['e'], label: 'keys.edit', isInFooter: true },
  { command: 'exclude', keys: ['x'], label: 'keys.exclude', isInFooter: false },
  { command: 'undo', keys: ['u', 'ctrl+z'], label: 'keys.undo', isInFooter: true },
  { command: 'redo', keys: ['ctrl+r', 'ctrl+y'], label: 'keys.redo', isInFooter: false },
  { command: 'search', keys: ['/'], label: 'keys.search', isInFooter: true },
  { command: 'search-next', keys: ['n'], label: 'keys.searchNext', isInFooter: false },
  { command: 'search-prev', keys: ['N'], label: 'keys.searchPrev', isInFooter: false },
  { command: 'filter', keys: ['f'], label: 'keys.filter', isInFooter: true },
  { command: 'next-low', keys: ['!'], label: 'keys.nextLow', isInFooter: false },
  { command: 'switch-target', keys: ['t'], label: 'keys.switchTarget', isInFooter: true },
  { command: 'history', keys: ['h'], label: 'keys.history', isInFooter: false },
  { command: 'help', keys: ['?'], label: 'keys.help', isInFooter: true },
  { command: 'quit', keys: ['q', 'ctrl+c'], label: 'keys.quit', isInFooter: true },
];

const NAMED_KEYS: Readonly<Record<string, (input: string, key: Key) => boolean>> = {
  enter: (_input, key) => key.return,
  space: (input) => input === ' ',
  tab: (_input, key) => key.tab && !key.shift,
  up: (_input, key) => key.upArrow,
  down: (_input, key) => key.downArrow,
  pageup: (_input, key) => key.pageUp,
  pagedown: (_input, key) => key.pageDown,
  home: (_input, key) => key.home,
  end: (_input, key) => key.end,
  escape: (_input, key) => key.escape,
};

/** Whether a key press (as Ink reports it) is the key written as `spec`. */
export function matchesKey(spec: KeySpec, input: string, key: Key): boolean {
  const named = NAMED_KEYS[spec];
  if (named) return named(input, key);
  if (spec.startsWith('ctrl+')) return key.ctrl && input === spec.slice('ctrl+'.length);
  if (spec === '0-9') return !key.ctrl && !key.meta && /^[0-9]$/.test(input);
  // Single-character shortcuts never fire with Ctrl or Alt held (Shift is how `G` and `?` are typed).
  return !key.ctrl && !key.meta && input === spec;
}

/** The command bound to a key press, if any. */
export function commandFor(input: string, key: Key): CommandId | undefined {
  return KEYMAP.find((binding) => binding.keys.some((spec) => matchesKey(spec, input, key)))?.command;
}

/** Symbols for named keys: the same in every UI language, and narrow enough for the footer. */
const KEY_SYMBOLS: Readonly<Record<string, string>> = {
  enter: '⏎',
  space: '␣',
  tab: 'Tab',
  up: '↑',
  down: '↓',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  escape: 'Esc',
};

/** How a key is written on screen and in the README (`ctrl+z` → `Ctrl-Z`, `enter` → `⏎`). */
export function displayKey(spec: KeySpec): string {
  const symbol = KEY_SYMBOLS[spec];
  if (symbol) return symbol;
  if (spec.startsWith('ctrl+')) return `Ctrl-${spec.slice('ctrl+'.length).toUpperCase()}`;
  if (spec === '0-9') return '123⏎';
  return spec;
}

/** All keys of a binding as one short string (`j ↓`). */
export function displayKeys(binding: Binding): string {
  return binding.keys.map(displayKey).join(' ');
}
