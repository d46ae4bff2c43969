/** The bottom line: a notice when there is one, else the main keys, generated from the keymap. */
import { memo } from 'react';
import { Text } from 'ink';
import stringWidth from 'string-width';
import { t, tDynamic } from '../../i18n/index.js';
import { KEYMAP, displayKey } from '../keymap.js';
import type { Binding } from '../keymap.js';
import type { Notice } from '../state/view-reducer.js';
import { theme } from '../theme.js';

/** Props of Footer. */
export interface FooterProps {
  notice?: Notice;
  digits: string;
  /** Columns the footer may use. */
  width: number;
}

const SEPARATOR = '  ';

function keyLabel(binding: Binding): string {
  return `${displayKey(binding.keys[0] ?? '')} ${tDynamic(binding.label)}`;
}

/**
 * The footer keys as plain text no wider than `columns`: the keys marked `always` (help, quit),
 * after as many of the ranked keys as fit, most important first. A key that does not fit is
 * dropped whole, with every key ranked after it, so a less useful key never shows in place of a
 * more useful one.
 * @param columns @default Infinity (every footer key)
 */
export function footerText(columns = Number.POSITIVE_INFINITY): string {
  const always = KEYMAP.filter((binding) => binding.footer === 'always').map(keyLabel);
  const ranked = KEYMAP.flatMap((binding) => (typeof binding.footer === 'number' ? [{ rank: binding.footer, text: keyLabel(binding) }] : []))
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.text);
  let used = stringWidth(always.join(SEPARATOR));
  const shown: string[] = [];
  for (const text of ranked) {
    const cost = stringWidth(text) + SEPARATOR.length;
    if (used + cost > columns) break;
    shown.push(text);
    used += cost;
  }
  return [...shown, ...always].join(SEPARATOR);
}

/** The text of a notice; a refused action's reason comes from `errors.<code>.message`. */
export function noticeText(notice: Notice): string {
  const params = notice.params ?? {};
  const code = params['code'];
  const reason = typeof code === 'string' ? tDynamic(`errors.${code}.message`, params) : '';
  return tDynamic(`review.notice.${notice.key}`, { ...params, reason });
}

/** The footer line. */
export const Footer = memo(function Footer({ notice, digits, width }: FooterProps) {
  if (digits) return <Text color={theme.focus}>{` ${t('review.footer.jump', { number: digits })}`}</Text>;
  if (notice) return <Text color={theme.warning} wrap="truncate">{` ${noticeText(notice)}`}</Text>;
  return (
    <Text color={theme.chrome} wrap="truncate">
      {` ${footerText(width - 1)}`}
    </Text>
  );
});
