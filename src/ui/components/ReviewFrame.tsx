/**
 * The review screen's frame: header, rule, body, rule, and the bottom line or panel. Shared by the
 * screen itself and the preview drawn while the project loads, so that both draw the same frame.
 */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { t } from '../../i18n/index.js';
import type { TerminalSize } from '../hooks/use-terminal-size.js';
import { MIN_SIZE } from '../min-size.js';
import { Rule } from './Rule.js';

/** Header, two rules, footer, and one spare line: Ink redraws the whole screen when output fills it. */
export const CHROME_LINES = 5;

/** Lines left for the list (or the list and a panel) at a terminal size. */
export function bodyRows(size: TerminalSize): number {
  return Math.max(1, size.rows - CHROME_LINES);
}

/** Whether the terminal is too small for the screen (it then shows only what size it needs). */
export function isTooSmall(size: TerminalSize): boolean {
  return size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
}

/** What the screen shows instead of itself on a terminal that is too small. */
export function TooSmall({ size }: { size: TerminalSize }) {
  return <Text>{t('review.tooSmall', { columns: size.columns, rows: size.rows, minColumns: MIN_SIZE.columns, minRows: MIN_SIZE.rows })}</Text>;
}

/** The list's body when no pair is shown (none passes the filter, or the target has none). */
export function EmptyList({ height }: { height: number }) {
  return (
    <Box height={height}>
      <Text>{` ${t('review.emptyList')}`}</Text>
    </Box>
  );
}

/** Props of ReviewFrame. */
export interface ReviewFrameProps {
  width: number;
  header: ReactNode;
  body: ReactNode;
  bottom: ReactNode;
}

/** The frame around the list. */
export function ReviewFrame({ width, header, body, bottom }: ReviewFrameProps) {
  return (
    <Box flexDirection="column" width={width}>
      {header}
      <Rule width={width} />
      {body}
      <Rule width={width} />
      {bottom}
    </Box>
  );
}
