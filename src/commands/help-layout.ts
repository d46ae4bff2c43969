/**
 * commander's help in the UI language: section titles, the "(choices: …, default: …)" notes, and
 * columns measured with string-width and wrapped where CJK allows. Loaded only when help may be
 * printed (see `mayPrintHelp` in index.ts): string-width costs a new process some 50 ms to load.
 */
import type { Argument, Help, Option } from 'commander';
import stringWidth from 'string-width';
import { t } from '../i18n/index.js';
import { wrapColumns } from './wrap-help.js';

function translateTitle(title: string): string {
  switch (title) {
    case 'Usage:':
      return t('cli.help.usage');
    case 'Options:':
      return t('cli.help.options');
    case 'Commands:':
      return t('cli.help.commands');
    case 'Arguments:':
      return t('cli.help.arguments');
    case 'Global Options:':
      return t('cli.help.globalOptions');
    default:
      return title;
  }
}

/** commander shows a default only for options that take a value (and booleans with a boolean default). */
function showsDefault(option: Option): boolean {
  if (option.defaultValue === undefined) return false;
  return option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
}

/** The "(choices: …, default: …)" commander appends to a description, in the UI language. */
function withExtraInfo(description: string, choices: readonly string[] | undefined, defaultValue: string | undefined): string {
  const info: string[] = [];
  if (choices !== undefined) info.push(t('cli.help.choices', { values: choices.join(t('cli.help.listSeparator')) }));
  if (defaultValue !== undefined) info.push(t('cli.help.default', { value: defaultValue }));
  if (info.length === 0) return description;
  // The bracket carries its own spacing: " (…)" in English and French, "（…）" in Chinese.
  return `${description}${t('cli.help.extraInfo', { info: info.join(t('cli.help.infoSeparator')) })}`.trim();
}

const defaultText = (item: Option | Argument): string => item.defaultValueDescription ?? String(item.defaultValue);

/** Help layout that speaks the UI language and measures CJK as two columns, so Chinese help wraps at the terminal's width. */
export const LOCALIZED_HELP: Partial<Help> = {
  styleTitle: (title: string) => translateTitle(title),
  optionDescription: (option: Option) => withExtraInfo(option.description ?? '', option.argChoices, showsDefault(option) ? defaultText(option) : undefined),
  argumentDescription: (argument: Argument) =>
    withExtraInfo(argument.description, argument.argChoices, argument.defaultValue === undefined ? undefined : defaultText(argument)),
  displayWidth: (text: string) => stringWidth(text),
  // commander breaks lines only at whitespace and counts UTF-16 units; Chinese has no spaces to break at.
  boxWrap: (text: string, width: number) => wrapColumns(text, width),
};

