/** How an inline diff looks in a terminal: ANSI colour, or `[-…-]{+…+}` markers without colour. */
import type { InlinePart } from './inline.js';
import type { EntryKind } from './types.js';

/** Text decorations of one output style. */
export interface TextStyle {
  removed(text: string): string;
  added(text: string): string;
  dim(text: string): string;
  kind(text: string, kind: EntryKind): string;
}

/** Markers only, for pipes, files and NO_COLOR (the convention of `git diff --word-diff=plain`). */
export const MARKER_STYLE: TextStyle = {
  removed: (text) => `[-${text}-]`,
  added: (text) => `{+${text}+}`,
  dim: (text) => text,
  kind: (text) => text,
};

const sgr = (open: string, close: string) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const KIND_COLOUR: Record<EntryKind, (text: string) => string> = {
  changed: sgr('1;33', '22;39'),
  added: sgr('1;32', '22;39'),
  removed: sgr('1;31', '22;39'),
  moved: sgr('1;36', '22;39'),
  split: sgr('1;35', '22;39'),
  merged: sgr('1;35', '22;39'),
  equal: sgr('2', '22'),
};

/** Deleted text red and struck through, inserted text green and underlined. */
export const COLOUR_STYLE: TextStyle = {
  removed: sgr('31;9', '29;39'),
  added: sgr('32;4', '24;39'),
  dim: sgr('2', '22'),
  kind: (text, kind) => KIND_COLOUR[kind](text),
};

/** Renders inline parts on one line; line breaks inside a segment are shown as spaces. */
export function renderParts(parts: readonly InlinePart[], style: TextStyle): string {
  return parts
    .map((part) => {
      const value = part.value.replace(/\n/g, ' ');
      if (part.removed) return style.removed(value);
      if (part.added) return style.added(value);
      return value;
    })
    .join('');
}
