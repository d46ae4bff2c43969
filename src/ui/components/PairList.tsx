/**
 * The visible part of the list of pairs. It receives lines that are already laid out (only the
 * pairs on screen were laid out), and only colours them.
 *
 * Side by side, the list is drawn as four columns (gutter, source, separator, target), each one
 * `<Text>` holding all its screen lines, rather than one `<Text>` per screen line. Ink measures,
 * tokenizes and styles every character it is given on every frame (its caches last one frame), so
 * this matters for the time a key takes: the source column starts at its own x, so the spaces that
 * would pad each source line up to the separator are never handed to Ink, and Ink's tree holds
 * five nodes for the list instead of several per line.
 */
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ReactNode } from 'react';
import type { BeadStatus } from '../../core/types.js';
import type { PairLine, WideColumns } from '../layout/pair-layout.js';
import { SIDE_SEPARATOR } from '../layout/pair-layout.js';
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
  /** The column widths when the pairs are side by side; absent when they are stacked. */
  columns?: WideColumns;
}

type RowLook = Omit<ListRow, 'key'>;

/** How a piece of text is drawn: `<Text>`'s style props. */
interface Look {
  color?: string;
  bold?: boolean;
  dimColor?: boolean;
  strikethrough?: boolean;
  inverse?: boolean;
}

function gutterLook(row: RowLook): Look {
  const color = row.isWeak ? theme.warning : row.isFocused ? theme.focus : theme.status[row.status];
  return { color, bold: row.isFocused, inverse: row.isFocused && row.line.gutter.startsWith('▶') };
}

function sideLook(row: RowLook, isActive: boolean): Look {
  const isExcluded = row.status === 'excluded';
  return { color: row.isFocused && isActive ? theme.activeSide : undefined, bold: row.isFocused && isActive, dimColor: isExcluded, strikethrough: isExcluded };
}

const SEPARATOR_LOOK: Look = { color: theme.chrome };

function Gutter({ row }: { row: RowLook }) {
  return <Text {...gutterLook(row)}>{row.line.gutter}</Text>;
}

function SideText({ text, isActive, row }: { text: string; isActive: boolean; row: RowLook }) {
  return <Text {...sideLook(row, isActive)}>{text}</Text>;
}

interface PairRowProps {
  line: PairLine;
  isFocused: boolean;
  isWeak: boolean;
  status: BeadStatus;
  activeSide: Side;
}

/** One stacked screen line; memoised, so moving the focus re-renders only the lines that changed. */
const PairRow = memo(function PairRow({ line, isFocused, isWeak, status, activeSide }: PairRowProps) {
  const row = { line, isFocused, isWeak, status };
  return (
    <Text wrap="truncate">
      <Gutter row={row} />
      <SideText text={line.left} isActive={line.side === activeSide} row={row} />
    </Text>
  );
});

/** Whether a style shows on a blank cell (then trailing spaces are drawn, else they are dropped). */
function showsOnBlank(look: Look): boolean {
  return look.inverse === true || look.strikethrough === true;
}

function sameLook(a: Look, b: Look): boolean {
  return a.color === b.color && a.bold === b.bold && a.dimColor === b.dimColor && a.strikethrough === b.strikethrough && a.inverse === b.inverse;
}

/**
 * The children of one column's `<Text>`: its lines joined by newlines, consecutive lines with the
 * same look in one nested `<Text>`.
 */
function columnText(lines: ReadonlyArray<{ text: string; look: Look }>): ReactNode[] {
  const parts: ReactNode[] = [];
  let start = 0;
  while (start < lines.length) {
    const { look } = lines[start]!;
    let end = start + 1;
    while (end < lines.length && sameLook(lines[end]!.look, look)) end++;
    const text = lines
      .slice(start, end)
      .map((line) => (showsOnBlank(look) ? line.text : line.text.trimEnd()))
      .join('\n');
    if (start > 0) parts.push('\n');
    parts.push(
      <Text key={start} {...look}>
        {text}
      </Text>,
    );
    start = end;
  }
  return parts;
}

function Column({ width, lines }: { width: number; lines: ReadonlyArray<{ text: string; look: Look }> }) {
  return (
    <Box width={width} flexShrink={0}>
      <Text>{columnText(lines)}</Text>
    </Box>
  );
}

/** Side by side: the gutter, source, separator and target columns. */
function WideList({ rows, activeSide, columns }: { rows: readonly ListRow[]; activeSide: Side; columns: WideColumns }) {
  return (
    <Box flexDirection="row">
      <Column width={columns.gutter} lines={rows.map((row) => ({ text: row.line.gutter, look: gutterLook(row) }))} />
      <Column width={columns.left} lines={rows.map((row) => ({ text: row.line.left, look: sideLook(row, activeSide === 'source') }))} />
      <Column width={columns.separator} lines={rows.map(() => ({ text: SIDE_SEPARATOR, look: SEPARATOR_LOOK }))} />
      <Column width={columns.right} lines={rows.map((row) => ({ text: row.line.right ?? '', look: sideLook(row, activeSide === 'target') }))} />
    </Box>
  );
}

/** The list body; lines are never wrapped again by Ink. */
export function PairList({ rows, height, activeSide, columns }: PairListProps) {
  return (
    <Box flexDirection="column" height={height}>
      {columns ? (
        <WideList rows={rows} activeSide={activeSide} columns={columns} />
      ) : (
        rows.map((row) => <PairRow key={row.key} line={row.line} isFocused={row.isFocused} isWeak={row.isWeak} status={row.status} activeSide={activeSide} />)
      )}
    </Box>
  );
}
