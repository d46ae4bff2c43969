#!/usr/bin/env node
/**
 * bitext's entry point: choose the UI language, initialise i18next, register the subcommands with
 * translated help, run one, and map whatever it throws to a message and an exit code.
 */
import { Command, Option } from 'commander';
import { commandsToLoad, mayPrintHelp } from './commands/index.js';
import { reportError } from './commands/handle-error.js';
import { localizeCommander } from './commands/localize-commander.js';
import { availableLanguages, detectLanguage, initI18n, t } from './i18n/index.js';
import { EXIT } from './core/exit-codes.js';
import { toolVersion } from './io/tool-version.js';

/** Finds `--ui-lang X` or `--ui-lang=X` before commander runs, because help text needs i18n first. */
function uiLangArgument(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--ui-lang') return argv[i + 1];
    if (arg.startsWith('--ui-lang=')) return arg.slice('--ui-lang='.length);
  }
  return undefined;
}

async function buildProgram(argv: string[]): Promise<Command> {
  const program = new Command('bitext')
    .description(t('cli.description'))
    .version(toolVersion(), '-V, --version', t('cli.versionOption'))
    .helpOption('-h, --help', t('cli.helpOption'))
    .addHelpCommand(false)
    .addOption(new Option('--ui-lang <lng>', t('cli.uiLangOption')))
    .exitOverride();
  const modules = await Promise.all(commandsToLoad(argv).map(([, load]) => load()));
  for (const loaded of modules) loaded.register(program);
  for (const command of program.commands) command.exitOverride().helpOption('-h, --help', t('cli.helpOption'));
  localizeCommander(program, mayPrintHelp(argv) ? (await import('./commands/help-layout.js')).LOCALIZED_HELP : undefined);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const lng = detectLanguage(uiLangArgument(argv), process.env, availableLanguages());
  initI18n(lng);
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return reportError(error);
  }
}

process.exitCode = await main(process.argv.slice(2));
