/**
 * commander prints its own section titles and parse errors in English; this turns them into the
 * UI language so `bitext --ui-lang zh-CN --help` is Chinese throughout.
 */
import type { Command, Help } from 'commander';
import { t } from '../i18n/index.js';

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

/** commander's parse errors, matched by their (stable) English wording, in the UI language. */
export function translateCommanderError(text: string): string {
  const rules: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
    [/^error: unknown option '(.+)'/, (m) => t('cli.parse.unknownOption', { option: m[1] })],
    [/^error: unknown command '(.+)'/, (m) => t('cli.parse.unknownCommand', { command: m[1] })],
    [/^error: missing required argument '(.+)'/, (m) => t('cli.parse.missingArgument', { argument: m[1] })],
    [/^error: option '(.+)' argument missing/, (m) => t('cli.parse.optionArgumentMissing', { option: m[1] })],
    [/^error: required option '(.+)' not specified/, (m) => t('cli.parse.requiredOption', { option: m[1] })],
    [/^error: too many arguments/, () => t('cli.parse.tooManyArguments')],
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
  command.configureHelp({ styleTitle: (title: string) => translateTitle(title) } as Partial<Help>);
  command.configureOutput({
    writeErr: (text) => process.stderr.write(text),
    outputError: (text, write) => write(translateCommanderError(text)),
  });
  command.showHelpAfterError(t('cli.helpAfterError'));
  for (const sub of command.commands) localizeCommander(sub);
}
