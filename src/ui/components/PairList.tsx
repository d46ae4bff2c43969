/**
 * The visible part of the list of pairs. It receives lines that are already laid out (only the
 * pairs on screen were laid out), and only colours them.
 */
import { Box, Text } from 'ink';
import { memo } from 'react';
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

type RowLook = Omit<ListRow, 'key'>;

function Gutter({ row }: { row: RowLook }) {
  const color = row.isWeak ? theme.warning : row.isFocused ? theme.focus : theme.status[row.status];
  return (
    <Text color={color} bold={row.isFocused} inverse={row.isFocused && row.line.gutter.startsWith('▶')}>
      {row.line.gutter}
    </Text>
  );
}

function SideText({ text, isActive, row }: { text: string; isActive: boolean; row: RowLook }) {
  const isExcluded = row.status === 'excluded';
  return (
    <Text color={row.isFocused && isActive ? theme.activeSide : undefined} bold={row.isFocused && isActive} dimColor={isExcluded} strikethrough={isExcluded}>
      {text}
    </Text>
  );
}

interface PairRowProps {
  line: PairLine;
  isFocused: boolean;
  isWeak: boolean;
  status: BeadStatus;
  activeSide: Side;
}

/** One screen line; memoised, so moving the focus re-renders only the lines that changed. */
const PairRow = memo(function PairRow({ line, isFocused, isWeak, status, activeSide }: PairRowProps) {
  const row = { line, isFocused, isWeak, status };
  return (
    <Text wrap="truncate">
      <Gutter row={row} />
      {line.right === undefined ? (
        <SideText text={line.left} isActive={line.side === activeSide} row={row} />
      ) : (
        <>
          <SideText text={line.left} isActive={activeSide === 'source'} row={row} />
          <Text color={theme.chrome}>{' │ '}</Text>
          <SideText text={line.right} isActive={activeSide === 'target'} row={row} />
        </>
      )}
    </Text>
  );
});

/** The list body: one `<Text>` per screen line, never wrapped again by Ink. */
export function PairList({ rows, height, activeSide }: PairListProps) {
  return (
    <Box flexDirection="column" height={height}>
      {rows.map((row) => (
        <PairRow key={row.key} line={row.line} isFocused={row.isFocused} isWeak={row.isWeak} status={row.status} activeSide={activeSide} />
      ))}
    </Box>
  );
}
