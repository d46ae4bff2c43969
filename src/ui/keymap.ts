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
  /**
   * Place in the footer (every binding is in the help overlay): `always` is never dropped; a number
   * is a rank (1 = most important), and the footer drops the highest ranks first when it is short
   * of room. Absent: not in the footer.
   */
  footer?: FooterPlace;
}

/** Where a binding stands in the footer: always shown, or a rank among the keys that give way. */
export type FooterPlace = 'always' | number;

/** The review screen's keymap. Order is the order of the help overlay. */
export const KEYMAP: readonly Binding[] = [
  { command: 'down', keys: ['j', 'down'], label: 'keys.down' },
  { command: 'up', keys: ['k', 'up'], label: 'keys.up' },
  { command: 'page-down', keys: ['pagedown', 'ctrl+d'], label: 'keys.pageDown' },
  { command: 'page-up', keys: ['pageup', 'ctrl+u'], label: 'keys.pageUp' },
  { command: 'first', keys: ['g', 'home'], label: 'keys.first' },
  { command: 'last', keys: ['G', 'end'], label: 'keys.last' },
  { command: 'jump', keys: ['0-9'], label: 'keys.jump' },
  { command: 'confirm', keys: ['enter', 'space'], label: 'keys.confirm', footer: 1 },
  { command: 'merge', keys: ['m'], label: 'keys.merge', footer: 2 },
  { command: 'split', keys: ['s'], label: 'keys.split', footer: 3 },
  { command: 'shift-up', keys: ['['], label: 'keys.shiftUp' },
  { command: 'shift-down', keys: [']'], label: 'keys.shiftDown' },
  { command: 'toggle-side', keys: ['tab'], label: 'keys.toggleSide' },
  { command: 'edit', keys: ['e'], label: 'keys.edit', footer: 4 },
  { command: 'exclude', keys: ['x'], label: 'keys.exclude' },
  { command: 'undo', keys: ['u', 'ctrl+z'], label: 'keys.undo', footer: 5 },
  { command: 'redo', keys: ['ctrl+r', 'ctrl+y'], label: 'keys.redo' },
  { command: 'search', keys: ['/'], label: 'keys.search', footer: 6 },
  { command: 'search-next', keys: ['n'], label: 'keys.searchNext' },
  { command: 'search-prev', keys: ['N'], label: 'keys.searchPrev' },
  { command: 'filter', keys: ['f'], label: 'keys.filter', footer: 7 },
  { command: 'next-low', keys: ['!'], label: 'keys.nextLow' },
  { command: 'switch-target', keys: ['t'], label: 'keys.switchTarget', footer: 8 },
  { command: 'history', keys: ['h'], label: 'keys.history' },
  { command: 'help', keys: ['?'], label: 'keys.help', footer: 'always' },
  { command: 'quit', keys: ['q', 'ctrl+c'], label: 'keys.quit', footer: 'always' },
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
