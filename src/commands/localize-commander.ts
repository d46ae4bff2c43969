/**
 * commander prints its own section titles and parse errors in English; this turns them into the
 * UI language so `bitext --ui-lang zh-CN --help` is Chinese throughout.
 */
import type { Command, Help } from 'commander';
import { t } from '../i18n/index.js';

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

/**
 * Applies translated errors and, given the help layout (see help-layout.ts: loaded only when help
 * may be printed), translated titles to a command and, recursively, its subcommands.
 */
export function localizeCommander(command: Command, helpLayout?: Partial<Help>): void {
  if (helpLayout) command.configureHelp(helpLayout);
  command.configureOutput({
    writeErr: (text) => process.stderr.write(text),
    outputError: (text, write) => write(translateCommanderError(text)),
  });
  command.showHelpAfterError(t('cli.helpAfterError'));
  for (const sub of command.commands) localizeCommander(sub, helpLayout);
}
