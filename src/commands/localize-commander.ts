/**
 * commander prints its own section titles and parse errors in English; this turns them into the
 * UI language so `bitext --ui-lang zh-CN --help` is Chinese throughout.
 */
import type { Argument, Command, Help, Option } from 'commander';
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
const LOCALIZED_HELP: Partial<Help> = {
  styleTitle: (title: string) => translateTitle(title),
  optionDescription: (option: Option) => withExtraInfo(option.description ?? '', option.argChoices, showsDefault(option) ? defaultText(option) : undefined),
  argumentDescription: (argument: Argument) =>
    withExtraInfo(argument.description, argument.argChoices, argument.defaultValue === undefined ? undefined : defaultText(argument)),
  displayWidth: (text: string) => stringWidth(text),
  // commander breaks lines only at whitespace and counts UTF-16 units; Chinese has no spaces to break at.
  boxWrap: (text: string, width: number) => wrapColumns(text, width),
};

/** commander's parse errors, matched by their (stable) English wording, in the UI language. */
export function translateCommanderError(text: string): string {
  const rules: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
    [/^error: unknown option '(.+)'/, (m) => t('cli.parse.unknownOption', { option: m[1] })],
    [/^error: unknown command '(.+)'/, (m) => t('cli.parse.unknownCommand', { command: m[1] })],
    [/^error: missing required argument '(.+)'/, (m) => t('cli.parse.missingArgument', { argument: m[1] })],
    [/^error: option '(.+)' argument missing/, (m) => t('cli.parse.optionArgumentMissing', { option: m[1] })],
    [/^error: required option '(.+)' not specified/, (m) => t('cli.parse.requiredOption', { option: m[1] })],
    [/^error: too many arguments/, () => t('cli.parse.tooManyArguments')],
    [
      /^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\./,
      (m) => t('cli.parse.invalidChoiceOf', { option: m[1], value: m[2], choices: m[3]!.split(', ').join(t('cli.help.listSeparator')) }),
    ],
    [/^error: option '(.+)' argument '(.+)' is invalid/, (m) => t('cli.parse.invalidChoice', { option: m[1], value: m[2] })],
  ];
  for (const [pattern, render] of rules) {
    const match = text.match(pattern);
    if (match) return `${t('cli.errorPrefix')} ${render(match)}\n`;
  }
  return text;
}

/** Applies translated titles and errors to a command and, recursively, its subcommands. */
export function localizeCommander(command: Command): void {
  command.configureHelp(LOCALIZED_HELP);
  command.configureOutput({
    writeErr: (text) => process.stderr.write(text),
    outputError: (text, write) => write(translateCommanderError(text)),
  });
  command.showHelpAfterError(t('cli.helpAfterError'));
  for (const sub of command.commands) localizeCommander(sub);
}
