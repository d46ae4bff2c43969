/**
 * The visible part of the list of pairs. It receives lines that are already laid out (only the
 * pairs on screen were laid out), and only colours them.
 *
 * Side by side, the list is drawn as four columns (gutter, source, separator, target), each one
 * node holding all its screen lines, rather than one `<Text>` per screen line. Ink tokenizes and
 * styles every character it is given on every frame (its caches last one frame), so this matters
 * for the time a key takes: the source column starts at its own x, so the spaces that would pad
 * each source line up to the separator are never handed to Ink, and Ink's tree holds five nodes
 * for the list instead of several per line.
 */
import chalk from 'chalk';
import type { ColorName } from 'chalk';
import { Box, Text, Transform, useIsScreenReaderEnabled } from 'ink';
import { memo } from 'react';
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
  /**
   * The column widths when the pairs are side by side; absent when they are stacked. (A screen
   * reader, which reads line by line, gets one line of text per screen line either way.)
   */
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

/**
 * One screen line (stacked, or read by a screen reader, which reads the screen line by line);
 * memoised, so moving the focus re-renders only the lines that changed.
 */
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
          <Text color={theme.chrome}>{SIDE_SEPARATOR}</Text>
          <SideText text={line.right} isActive={activeSide === 'target'} row={row} />
        </>
      )}
    </Text>
  );
});

/** Whether a style shows on a blank cell (then trailing spaces are drawn, else they are dropped). */
function showsOnBlank(look: Look): boolean {
  return look.inverse === true || look.strikethrough === true;
}

/** A line as Ink's `<Text>` with these props would draw it (same library, so the same colour support). */
function paint(text: string, look: Look): string {
  let out = text;
  if (look.dimColor) out = chalk.dim(out);
  if (look.color) out = chalk[look.color as ColorName](out);
  if (look.bold) out = chalk.bold(out);
  if (look.strikethrough) out = chalk.strikethrough(out);
  if (look.inverse) out = chalk.inverse(out);
  return out;
}

const blankBlocks = new Map<string, string>();

/** `rows` lines of `width` spaces: what Ink measures for a column (so only a few texts, ever). */
function blankBlock(width: number, rows: number): string {
  const key = `${width}x${rows}`;
  let block = blankBlocks.get(key);
  if (block === undefined) {
    block = Array.from({ length: rows }, () => ' '.repeat(width)).join('\n');
    blankBlocks.set(key, block);
  }
  return block;
}

/**
 * One column of screen lines. Ink measures every `<Text>` with string-width on every frame, and
 * keeps each text it measured in a cache that is never emptied (a new entry per frame for a column
 * whose text changes). So Ink is handed a blank block of the column's size to measure (the same
 * few blocks every frame), and a `<Transform>` paints each blank line with the real, styled line.
 * The lines were wrapped to the column's width by wrap.ts, with the same string-width, so they fit.
 */
function Column({ width, lines }: { width: number; lines: ReadonlyArray<{ text: string; look: Look }> }) {
  const painted = lines.map(({ text, look }) => paint(showsOnBlank(look) ? text : text.trimEnd(), look));
  const spoken = lines.map(({ text }) => text.trimEnd()).join('\n');
  return (
    <Box width={width} flexShrink={0}>
      <Transform transform={(_blank, index) => painted[index] ?? ''} accessibilityLabel={spoken}>
        {blankBlock(width, lines.length)}
      </Transform>
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
  const isScreenReader = useIsScreenReaderEnabled();
  return (
    <Box flexDirection="column" height={height}>
      {columns && !isScreenReader ? (
        <WideList rows={rows} activeSide={activeSide} columns={columns} />
      ) : (
        rows.map((row) => <PairRow key={row.key} line={row.line} isFocused={row.isFocused} isWeak={row.isWeak} status={row.status} activeSide={activeSide} />)
      )}
    </Box>
  );
}
