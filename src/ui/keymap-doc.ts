/**
 * The keys table of the README, generated from the keymap (like gemini-cli's keybinding docs), so
 * the documentation cannot drift from the real bindings; a test checks the README against it.
 */
import { tDynamic } from '../i18n/index.js';
import { KEYMAP, displayKey } from './keymap.js';

/** The Markdown table of every binding, in the active UI language. */
export function keysTable(): string {
  const rows = KEYMAP.map((binding) => `| ${binding.keys.map((spec) => `\`${displayKey(spec)}\``).join(' ')} | ${tDynamic(binding.label)} |`);
  return ['| keys | action |', '|---|---|', ...rows].join('\n');
}
