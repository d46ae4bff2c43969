/** The `?` overlay: every binding of the keymap with its label, in the UI language. */
import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { t, tDynamic } from '../../i18n/index.js';
import { KEYMAP, displayKeys } from '../keymap.js';
import { padToWidth, wrapText } from '../layout/wrap.js';
import { theme } from '../theme.js';

/** Props of HelpOverlay. */
export interface HelpOverlayProps {
  height: number;
  width: number;
}

/** The help lines: as many columns as the bindings need to fit the height, each entry cut to its column. */
export function helpLines(height: number, width: number): string[] {
  const keyWidth = Math.max(...KEYMAP.map((binding) => stringWidth(displayKeys(binding)))) + 2;
  const entries = KEYMAP.map((binding) => padToWidth(` ${displayKeys(binding)}`, keyWidth + 1) + tDynamic(binding.label));
  const perColumn = Math.max(1, height);
  const columns = Math.ceil(entries.length / perColumn);
  const columnWidth = Math.floor(width / columns);
  return Array.from({ length: Math.min(perColumn, entries.length) }, (_, row) =>
    Array.from({ length: columns }, (_, column) => padToWidth(wrapText(entries[column * perColumn + row] ?? '', columnWidth - 1)[0] ?? '', columnWidth)).join('').trimEnd(),
  );
}

/** The help overlay. */
export function HelpOverlay({ height, width }: HelpOverlayProps) {
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.title}>{` ${t('review.help.title')}`}</Text>
      {helpLines(height - 3, width).map((line, i) => (
        <Text key={i} wrap="truncate">
          {line}
        </Text>
      ))}
      <Text color={theme.chrome} wrap="truncate">{` ${t('review.help.editor')}`}</Text>
      <Text color={theme.chrome} wrap="truncate">{` ${t('review.help.close')}`}</Text>
    </Box>
  );
}
