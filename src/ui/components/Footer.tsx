/** The bottom line: a notice when there is one, else the main keys, generated from the keymap. */
import { Text } from 'ink';
import { t, tDynamic } from '../../i18n/index.js';
import { KEYMAP, displayKey } from '../keymap.js';
import type { Notice } from '../state/view-reducer.js';
import { theme } from '../theme.js';

/** Props of Footer. */
export interface FooterProps {
  notice?: Notice;
  digits: string;
}

/** The footer keys as plain text (also used to check the footer against the keymap). */
export function footerText(): string {
  return KEYMAP.filter((binding) => binding.isInFooter)
    .map((binding) => `${displayKey(binding.keys[0] ?? '')} ${tDynamic(binding.label)}`)
    .join('  ');
}

/** The text of a notice; a refused action's reason comes from `errors.<code>.message`. */
export function noticeText(notice: Notice): string {
  const params = notice.params ?? {};
  const code = params['code'];
  const reason = typeof code === 'string' ? tDynamic(`errors.${code}.message`, params) : '';
  return tDynamic(`review.notice.${notice.key}`, { ...params, reason });
}

/** The footer line. */
export function Footer({ notice, digits }: FooterProps) {
  if (digits) return <Text color={theme.focus}>{` ${t('review.footer.jump', { number: digits })}`}</Text>;
  if (notice) return <Text color={theme.warning} wrap="truncate">{` ${noticeText(notice)}`}</Text>;
  return (
    <Text color={theme.chrome} wrap="truncate">
      {` ${footerText()}`}
    </Text>
  );
}
