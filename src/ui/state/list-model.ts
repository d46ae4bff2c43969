/**
 * Turns the project and the view into what the list draws: a viewport (how tall each pair is at
 * this width) for the view reducer, and the laid-out rows of the pairs on screen. Layouts are
 * cached by text and width, so scrolling through 50,000 pairs only ever lays out what is shown.
 */
import type { Project, ProjectTarget } from '../../core/types.js';
import type { LayoutOptions, PairLine } from '../layout/pair-layout.js';
import { languageLabel, layoutPair } from '../layout/pair-layout.js';
import type { ListRow } from '../components/PairList.js';
import type { PairView } from './pairs.js';
import { isLowConfidence, pairAt } from './pairs.js';
import type { Viewport } from './view-reducer.js';
import { scrollToShow, visibleRange } from './view-reducer.js';

const LAYOUT_CACHE_LIMIT = 4000;
const layoutCache = new Map<string, PairLine[]>();

function cacheKey(pair: PairView, isFocused: boolean, options: LayoutOptions): string {
  const { bead } = pair;
  return [options.width, options.numberWidth, options.sourceLabel, options.targetLabel, isFocused, pair.index, bead.status, bead.confidence, bead.source.length, ...pair.source, '\u0001', ...pair.target].join('\u0000');
}

/** The lines of a pair, from the cache when the same pair was laid out at this width before. */
export function cachedLayout(pair: PairView, isFocused: boolean, options: LayoutOptions): PairLine[] {
  const key = cacheKey(pair, isFocused, options);
  let lines = layoutCache.get(key);
  if (!lines) {
    if (layoutCache.size >= LAYOUT_CACHE_LIMIT) layoutCache.clear();
    lines = layoutPair(pair, isFocused, options);
    layoutCache.set(key, lines);
  }
  return lines;
}

/** Layout options for a target at a terminal width. */
export function layoutOptionsFor(project: Project, target: ProjectTarget, width: number): LayoutOptions {
  return layoutOptions(project.source.lang, target.document.lang, target.beads.length, width);
}

/** Layout options for a language pair with `beadCount` pairs (numbers are padded to the widest). */
export function layoutOptions(sourceLang: string, targetLang: string, beadCount: number, width: number): LayoutOptions {
  return {
    width,
    numberWidth: String(Math.max(1, beadCount)).length,
    sourceLabel: languageLabel(sourceLang),
    targetLabel: languageLabel(targetLang),
  };
}

/** The viewport of a filtered list: its size and the height of each pair (focus marker excluded). */
export function listViewport(project: Project, target: ProjectTarget, visible: readonly number[], options: LayoutOptions, rows: number): Viewport {
  return viewportOfPairs((position) => pairAt(project, target, visible[position] ?? -1), visible.length, options, rows);
}

/** The viewport of `count` pairs that `pairAtPosition` gives (a filtered list, or a preview's first pairs). */
export function viewportOfPairs(pairAtPosition: (position: number) => PairView | undefined, count: number, options: LayoutOptions, rows: number): Viewport {
  return {
    count,
    rows,
    heightOf: (position) => {
      const pair = pairAtPosition(position);
      return pair ? cachedLayout(pair, false, options).length : 1;
    },
  };
}

/** The screen lines of the list: the pairs from `top` that fit, cut to exactly `rows` lines at most. */
export function listRows(project: Project, target: ProjectTarget, visible: readonly number[], options: LayoutOptions, viewport: Viewport, view: { top: number; cursor: number }): ListRow[] {
  return rowsOfPairs((position) => pairAt(project, target, visible[position]!), options, viewport, view);
}

/**
 * The screen lines of a list whose pair at each position `pairAtPosition` gives (the filtered
 * list of a project, or the first pairs of a preview): those from `top` that fit the viewport.
 */
export function rowsOfPairs(pairAtPosition: (position: number) => PairView | undefined, options: LayoutOptions, viewport: Viewport, view: { top: number; cursor: number }): ListRow[] {
  const cursor = Math.min(view.cursor, Math.max(0, viewport.count - 1));
  const top = scrollToShow(Math.min(view.top, cursor), cursor, viewport);
  const { end } = visibleRange(top, viewport);
  const rows: ListRow[] = [];
  for (let i = top; i < end && rows.length < viewport.rows; i++) {
    const pair = pairAtPosition(i);
    if (!pair) continue;
    const isFocused = i === cursor;
    const lines = cachedLayout(pair, isFocused, options);
    lines.forEach((line, n) => rows.push({ key: `${pair.bead.id}:${n}`, line, isFocused, isWeak: isLowConfidence(pair.bead), status: pair.bead.status }));
  }
  return rows.slice(0, viewport.rows);
}
