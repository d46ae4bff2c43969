/**
 * The visible part of the list of pairs. It receives lines that are already laid out (only the
 * pairs on screen were laid out), and only colours them.
 */
import { Box, Text } from 'ink';
import type { BeadStatus } from '../../core/types.js';
import type { PairLine } from '../layout/pair-layout.js';
import type { Side } from '../state/view-reducer.js';
import { theme } from '../theme.js';

/** One screen line of the list, with what it needs to be coloured. */
export interface ListRow {
  key: string;
  line: PairLine;
  isFocused: boolean;
  isWeak: boolean;
  status: BeadStatus;
}

/** Props of PairList. */
export interface PairListProps {
  rows: readonly ListRow[];
  /** Lines reserved for the list; short lists are padded so the footer stays at the bottom. */
  height: number;
  activeSide: Side;
}

function Gutter({ row }: { row: ListRow }) {
  const color = row.isWeak ? theme.warning : row.isFocused ? theme.focus : theme.status[row.status];
  return (
    <Text color={color} bold={row.isFocused} inverse={row.isFocused && row.line.gutter.startsWith('▶')}>
      {row.line.gutter}
    </Text>
  );
}

function SideText({ text, isActive, row }: { text: string; isActive: boolean; row: ListRow }) {
  const isExcluded = row.status === 'excluded';
  return (
    <Text color={row.isFocused && isActive ? theme.activeSide : undefined} bold={row.isFocused && isActive} dimColor={isExcluded} strikethrough={isExcluded}>
      {text}
    </Text>
  );
}

/** The list body: one `<Text>` per screen line, never wrapped again by Ink. */
export function PairList({ rows, height, activeSide }: PairListProps) {
  return (
    <Box flexDirection="column" height={height}>
      {rows.map((row) => (
        <Text key={row.key} wrap="truncate">
          <Gutter row={row} />
          {row.line.right === undefined ? (
            <SideText text={row.line.left} isActive={row.line.side === activeSide} row={row} />
          ) : (
            <>
              <SideText text={row.line.left} isActive={activeSide === 'source'} row={row} />
              <Text color={theme.chrome}>{' │ '}</Text>
              <SideText text={row.line.right} isActive={activeSide === 'target'} row={row} />
            </>
          )}
        </Text>
      ))}
    </Box>
  );
}
