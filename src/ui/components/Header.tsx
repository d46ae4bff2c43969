/** The top line: project, language pair, progress, filter, the side operations act on, and help. */
import { memo } from 'react';
import { Box, Text } from 'ink';
import { t } from '../../i18n/index.js';
import { theme } from '../theme.js';
import type { Filter, Side } from '../state/view-reducer.js';

/** Props of Header. */
export interface HeaderProps {
  name: string;
  sourceLang: string;
  targetLang: string;
  confirmed: number;
  total: number;
  filter: Filter;
  shown: number;
  side: Side;
  isNarrow: boolean;
}

/** The header line, shortened on narrow terminals. */
export const Header = memo(function Header({ name, sourceLang, targetLang, confirmed, total, filter, shown, side, isNarrow }: HeaderProps) {
  const progress = t('review.header.progress', { confirmed, total });
  const filterText = filter === 'all' ? t('review.filter.all') : t('review.header.filtered', { filter: t(`review.filter.${filter}`), shown });
  return (
    <Box justifyContent="space-between">
      {/* The left part gives way on narrow terminals; the help hint keeps its place and a space before it. */}
      <Box flexShrink={1} marginRight={1}>
        <Text wrap="truncate-end">
          <Text color={theme.title} bold>
            {' bitext'}
          </Text>
          {isNarrow ? '' : ` · ${name}`}
          {` · ${sourceLang} → ${targetLang} · `}
          <Text color={confirmed === total ? theme.status.confirmed : undefined}>{progress}</Text>
          {` · ${t('review.header.filter', { filter: filterText })} · `}
          <Text color={theme.activeSide}>{t('review.header.side', { side: t(`review.side.${side}`) })}</Text>
        </Text>
      </Box>
      <Box flexShrink={0}>
        <Text color={theme.chrome}>{t('review.header.help')} </Text>
      </Box>
    </Box>
  );
});
