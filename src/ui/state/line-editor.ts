/**
 * A one-line text editor as a pure reducer: the text and a cursor that always sits on a grapheme
 * boundary, so a CJK character or a letter with its combining accent is never cut in half.
 */
import { splitGraphemes } from '../layout/wrap.js';

/** The editor's text and cursor (a UTF-16 offset on a grapheme boundary). */
export interface LineEditorState {
  text: string;
  cursor: number;
}

/** An editing key, already decoded from the terminal. */
export type LineEditorAction =
  | { type: 'insert'; text: string }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'word-left' }
  | { type: 'word-right' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'backspace' }
  | { type: 'delete-forward' }
  | { type: 'delete-word-left' };

/** An editor on `text` with the cursor at the end. */
export function openEditor(text: string): LineEditorState {
  return { text, cursor: text.length };
}

/** Grapheme boundaries of a text, from 0 to its length. */
export function graphemeStops(text: string): number[] {
  const stops = [0];
  let offset = 0;
  for (const g of splitGraphemes(text)) stops.push((offset += g.length));
  return stops;
}

const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Offsets where words start (word jumps stop there, in any script Intl.Segmenter knows). */
export function wordStarts(text: string): number[] {
  return Array.from(words.segment(text))
    .filter((part) => part.isWordLike)
    .map((part) => part.index);
}

/** Applies an editing key. */
export function reduceLineEditor(state: LineEditorState, action: LineEditorAction): LineEditorState {
  const { text, cursor } = state;
  switch (action.type) {
    case 'insert': {
      // Pasted newlines and tabs become spaces: a segment is one line.
      const clean = action.text.replace(/[\r\n\t]+/g, ' ').replace(/\p{Cc}/gu, '');
      return { text: text.slice(0, cursor) + clean + text.slice(cursor), cursor: cursor + clean.length };
    }
    case 'left':
      return { text, cursor: previousStop(graphemeStops(text), cursor) };
    case 'right':
      return { text, cursor: nextStop(graphemeStops(text), cursor) };
    case 'word-left':
      return { text, cursor: previousStop([0, ...wordStarts(text)], cursor) };
    case 'word-right':
      return { text, cursor: nextStop([...wordStarts(text), text.length], cursor) };
    case 'home':
      return { text, cursor: 0 };
    case 'end':
      return { text, cursor: text.length };
    case 'backspace': {
      const from = previousStop(graphemeStops(text), cursor);
      return { text: text.slice(0, from) + text.slice(cursor), cursor: from };
    }
    case 'delete-forward': {
      const to = nextStop(graphemeStops(text), cursor);
      return { text: text.slice(0, cursor) + text.slice(to), cursor };
    }
    case 'delete-word-left': {
      const from = previousStop([0, ...wordStarts(text)], cursor);
      return { text: text.slice(0, from) + text.slice(cursor), cursor: from };
    }
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}

function previousStop(stops: readonly number[], cursor: number): number {
  let best = 0;
  for (const stop of stops) if (stop < cursor) best = Math.max(best, stop);
  return best;
}

function nextStop(stops: readonly number[], cursor: number): number {
  let best = Infinity;
  for (const stop of stops) if (stop > cursor) best = Math.min(best, stop);
  return best === Infinity ? cursor : best;
}
