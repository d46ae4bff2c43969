/** The inline editor under the list: a title, the text with its cursor, and the editor's keys. */
import { Box, Text } from 'ink';
import { splitGraphemes } from '../layout/wrap.js';
import type { LineEditorState } from '../state/line-editor.js';
import { theme } from '../theme.js';

/** Props of EditorPanel. */
export interface EditorPanelProps {
  title: string;
  hint: string;
  editor: LineEditorState;
  height: number;
}

/** Text with the cursor drawn as an inverse character (a space at the end of the text). */
export function TextWithCursor({ editor }: { editor: LineEditorState }) {
  const before = editor.text.slice(0, editor.cursor);
  const [atCursor = ' ', ...rest] = splitGraphemes(editor.text.slice(editor.cursor));
  return (
    <Text>
      {before}
      <Text inverse>{atCursor}</Text>
      {rest.join('')}
    </Text>
  );
}

/** The editor panel. */
export function EditorPanel({ title, hint, editor, height }: EditorPanelProps) {
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text color={theme.activeSide} bold wrap="truncate">{` ${title}`}</Text>
      <Box paddingLeft={1} flexGrow={1} overflow="hidden">
        <TextWithCursor editor={editor} />
      </Box>
      <Text color={theme.chrome} wrap="truncate">{` ${hint}`}</Text>
    </Box>
  );
}
