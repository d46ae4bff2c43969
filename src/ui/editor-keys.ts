/**
 * Keys of the inline editor (edit mode, the search prompt) as data, like the main keymap: Ink's
 * key report → an editing action, or the editor's own commands (keep, cancel, other sentence).
 */
import type { Key } from 'ink';
import type { LineEditorAction } from './state/line-editor.js';

/** What a key does in an editor. */
export type EditorKeyResult = { kind: 'edit'; action: LineEditorAction } | { kind: 'keep' } | { kind: 'cancel' } | { kind: 'previous' } | { kind: 'next' } | { kind: 'ignore' };

const EDIT_KEYS: ReadonlyArray<{ matches: (input: string, key: Key) => boolean; action: LineEditorAction }> = [
  { matches: (i, k) => (k.leftArrow && (k.ctrl || k.meta)) || (k.meta && i === 'b'), action: { type: 'word-left' } },
  { matches: (i, k) => (k.rightArrow && (k.ctrl || k.meta)) || (k.meta && i === 'f'), action: { type: 'word-right' } },
  { matches: (_i, k) => k.leftArrow, action: { type: 'left' } },
  { matches: (_i, k) => k.rightArrow, action: { type: 'right' } },
  { matches: (i, k) => k.home || (k.ctrl && i === 'a'), action: { type: 'home' } },
  { matches: (i, k) => k.end || (k.ctrl && i === 'e'), action: { type: 'end' } },
  // Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
  { matches: (i, k) => k.backspace || k.delete || (k.ctrl && i === 'h'), action: { type: 'backspace' } },
  { matches: (i, k) => k.ctrl && i === 'd', action: { type: 'delete-forward' } },
  { matches: (i, k) => k.ctrl && i === 'w', action: { type: 'delete-word-left' } },
];

/** Decodes a key press inside an editor. */
export function editorKeyFor(input: string, key: Key): EditorKeyResult {
  if (key.return) return { kind: 'keep' };
  if (key.escape) return { kind: 'cancel' };
  if (key.upArrow) return { kind: 'previous' };
  if (key.downArrow) return { kind: 'next' };
  const edit = EDIT_KEYS.find((entry) => entry.matches(input, key));
  if (edit) return { kind: 'edit', action: edit.action };
  if (input !== '' && !key.ctrl && !key.meta && !key.tab) return { kind: 'edit', action: { type: 'insert', text: input } };
  return { kind: 'ignore' };
}
