/**
 * Every subcommand, registered on the program in the order `--help` lists them. A command is added
 * here only once it works end to end.
 */
import type { Command } from 'commander';

/** Adds a subcommand (with translated help) to the program. */
export type RegisterCommand = (program: Command) => void;

/** A subcommand module. */
export interface CommandModule {
  register: RegisterCommand;
}

/**
 * Each module adds its own subcommand, under the name it registers (so the CLI can load just the
 * one being run); heavy parts (the Ink review screen, the zh-en lexicon) load only when run.
 */
export const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<CommandModule>]> = [
  ['segment', () => import('./segment.js')],
  ['start', () => import('./start.js')],
  ['align', () => import('./align.js')],
  ['review', () => import('./review.js')],
  ['diff', () => import('./diff.js')],
  ['update', () => import('./update.js')],
  ['export', () => import('./export.js')],
  ['import', () => import('./import.js')],
  ['info', () => import('./info.js')],
];

/**
 * The subcommand the arguments name: the first word that is not an option (nor `--ui-lang`'s value).
 * Undefined when the arguments name none, or hold an option before it that only commander knows
 * (`--help`, `--version`, an unknown one): then every subcommand is loaded, as help needs.
 */
export function requestedCommand(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--ui-lang') i++;
    else if (arg.startsWith('--ui-lang=')) continue;
    else return arg.startsWith('-') ? undefined : arg;
  }
  return undefined;
}

/**
 * The modules to register: only the one being run when the arguments name a known subcommand (Node
 * then parses just its modules: `review` needs neither the aligner nor the XML libraries), else all
 * of them, so that help lists every command and an unknown one gets commander's "did you mean".
 */
export function commandsToLoad(argv: string[]): typeof COMMANDS {
  const name = requestedCommand(argv);
  const asked = COMMANDS.filter(([command]) => command === name);
  return asked.length > 0 ? asked : COMMANDS;
}

/**
 * Whether commander may print help for these arguments, which needs the help layout
 * (help-layout.ts): a help flag anywhere (also in a group of short flags), or no known subcommand
 * named (the program then prints its help, or an error). A parse error prints a one-line pointer
 * to `--help`, not the help.
 */
export function mayPrintHelp(argv: string[]): boolean {
  const name = requestedCommand(argv);
  return !COMMANDS.some(([command]) => command === name) || argv.some((arg) => arg === '--help' || /^-[^-]*h/.test(arg));
}
