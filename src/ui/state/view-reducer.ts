/**
 * The review screen's view state: which pair has the focus, which pairs are on screen, the mode
 * (list, help, editor, search prompt ...), the filter, the side an operation applies to and the
 * number being typed for a jump. Pure: the project itself lives in the project history reducer.
 */

/** What the screen is doing; only `list` routes keys through the keymap. */
export type Mode = 'list' | 'help' | 'edit' | 'search' | 'split' | 'history';

/** Which pairs the list shows. */
export type Filter = 'all' | 'unconfirmed' | 'low' | 'changed';

/** Filters in the order `f` cycles through them. */
export const FILTERS: readonly Filter[] = ['all', 'unconfirmed', 'low', 'changed'];

/** The side of the pair that merge, split, shift and edit act on. */
export type Side = 'source' | 'target';

/** A message for the status line: a locale key under `review.notice.` and its parameters. */
export interface Notice {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

/** Everything about the screen that is not the project. */
export interface ViewState {
  /** Index of the focused pair in the filtered list. */
  cursor: number;
  /** Index of the first pair drawn (the list is virtualised: only what fits is rendered). */
  top: number;
  mode: Mode;
  filter: Filter;
  side: Side;
  /** Digits typed so far for "number then Enter" jumps. */
  digits: string;
  /** Last search (what n and N look for). */
  query: string;
  notice?: Notice;
}

/** What the reducer needs to know about the screen to keep the focus visible. */
export interface Viewport {
  /** Number of pairs in the filtered list. */
  count: number;
  /** Terminal lines available for the list. */
  rows: number;
  /** Lines the pair at a filtered index takes on screen (at least 1). */
  heightOf: (index: number) => number;
}

/** A change of view state. */
export type ViewAction =
  | { type: 'move'; by: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'focus'; index: number }
  | { type: 'type-digit'; digit: string }
  | { type: 'clear-digits' }
  | { type: 'set-mode'; mode: Mode }
  | { type: 'set-filter'; filter: Filter }
  | { type: 'toggle-side' }
  | { type: 'set-query'; query: string }
  | { type: 'notify'; notice: Notice | undefined }
  | { type: 'relayout' };

/** The view a session starts with. */
export function initialViewState(overrides: Partial<ViewState> = {}): ViewState {
  return { cursor: 0, top: 0, mode: 'list', filter: 'all', side: 'target', digits: '', query: '', ...overrides };
}

/** Applies a view action; `viewport` describes the list as it will be drawn. */
export function reduceView(state: ViewState, action: ViewAction, viewport: Viewport): ViewState {
  switch (action.type) {
    case 'move':
      return focus(state, state.cursor + action.by, viewport);
    case 'page':
      return focus(state, pageTarget(state, action.direction, viewport), viewport);
    case 'first':
      return focus(state, 0, viewport);
    case 'last':
      return focus(state, viewport.count - 1, viewport);
    case 'focus':
      return focus(state, action.index, viewport);
    case 'type-digit':
      return { ...state, digits: (state.digits + action.digit).slice(-7), notice: undefined };
    case 'clear-digits':
      return { ...state, digits: '' };
    case 'set-mode':
      return { ...state, mode: action.mode, digits: '' };
    case 'set-filter':
      return { ...state, filter: action.filter, cursor: 0, top: 0 };
    case 'toggle-side':
      return { ...state, side: state.side === 'target' ? 'source' : 'target' };
    case 'set-query':
      return { ...state, query: action.query };
    case 'notify':
      return { ...state, notice: action.notice };
    case 'relayout':
      return focus(state, state.cursor, viewport);
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}

function focus(state: ViewState, index: number, viewport: Viewport): ViewState {
  const cursor = clamp(index, 0, Math.max(0, viewport.count - 1));
  const top = scrollToShow(Math.min(state.top, cursor), cursor, viewport);
  if (cursor === state.cursor && top === state.top && state.digits === '') return state;
  return { ...state, cursor, top, digits: '' };
}

/**
 * The first index to draw so that `cursor` is fully on screen, moving `top` as little as
 * possible (the list scrolls only when the focus would leave it). A pair taller than the screen
 * is drawn from its first line.
 */
export function scrollToShow(top: number, cursor: number, viewport: Viewport): number {
  // Every pair takes at least one line, so no more than `rows` pairs end at the cursor: measuring
  // further back would lay out the whole list on a jump to the end.
  let first = clamp(top, Math.max(0, cursor - viewport.rows + 1), cursor);
  let used = 0;
  for (let i = first; i <= cursor; i++) used += viewport.heightOf(i);
  while (first < cursor && used > viewport.rows) {
    used -= viewport.heightOf(first);
    first++;
  }
  return first;
}

/** Index of the pair a page away: the last one that fits below (or above) the current screen. */
function pageTarget(state: ViewState, direction: 1 | -1, viewport: Viewport): number {
  let used = 0;
  let index = state.cursor;
  while (index + direction >= 0 && index + direction < viewport.count) {
    used += viewport.heightOf(index + direction);
    if (used > viewport.rows && index !== state.cursor) break;
    index += direction;
  }
  return index;
}

/** Index range [top, end) of the pairs that fit on screen from `top`. */
export function visibleRange(top: number, viewport: Viewport): { top: number; end: number } {
  let used = 0;
  let end = top;
  while (end < viewport.count && used < viewport.rows) {
    used += viewport.heightOf(end);
    end++;
  }
  return { top, end };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
