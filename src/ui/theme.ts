/**
 * Semantic colours of the review screen. Nothing relies on colour alone: every state also has a
 * symbol (▶ focus, ✓ ✗ · status, ! weak pair), so NO_COLOR and colour-blind users lose nothing.
 */
import type { BeadStatus } from '../core/types.js';

/** Colour names as Ink's `<Text color>` takes them. */
export const theme = {
  chrome: 'gray',
  title: 'cyan',
  focus: 'cyan',
  activeSide: 'yellow',
  warning: 'yellow',
  error: 'red',
  added: 'green',
  removed: 'red',
  status: { auto: 'gray', confirmed: 'green', excluded: 'red' } satisfies Record<BeadStatus, string>,
} as const;
