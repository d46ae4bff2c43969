/** The split chooser: the side's sentences with the split cursor between or inside them. */
import { Box, Text } from 'ink';
import { SENTENCE_MARK } from '../layout/pair-layout.js';
import type { SplitPoint } from '../state/split-points.js';
import { theme } from '../theme.js';

/** Props of SplitPanel. */
export interface SplitPanelProps {
  title: string;
  hint: string;
  texts: readonly string[];
  point: SplitPoint | undefined;
  height: number;
}

function pieces(texts: readonly string[], point: SplitPoint | undefined): { before: string; after: string } {
  const joined = (from: number, to: number) => texts.slice(from, to).join(` ${SENTENCE_MARK}`);
  if (!point) return { before: joined(0, texts.length), after: '' };
  if (point.kind === 'between') return { before: `${joined(0, point.at)} `, after: `${SENTENCE_MARK}${joined(point.at, texts.length)}` };
  const text = texts[point.segment] ?? '';
  const head = [...texts.slice(0, point.segment), text.slice(0, point.offset)].join(` ${SENTENCE_MARK}`);
  const tail = [text.slice(point.offset), ...texts.slice(point.segment + 1)].join(` ${SENTENCE_MARK}`);
  return { before: head, after: tail };
}

/** The split panel; the cursor is an inverse `|` so it shows without colour too. */
export function SplitPanel({ title, hint, texts, point, height }: SplitPanelProps) {
  const { before, after } = pieces(texts, point);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text color={theme.activeSide} bold wrap="truncate">{` ${title}`}</Text>
      <Box paddingLeft={1} flexGrow={1} overflow="hidden">
        <Text>
          {before}
          <Text inverse color={theme.activeSide}>
            |
          </Text>
          {after}
        </Text>
      </Box>
      <Text color={theme.chrome} wrap="truncate">{` ${hint}`}</Text>
    </Box>
  );
}
