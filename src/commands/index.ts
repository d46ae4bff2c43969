/**
 * Every subcommand, registered on the program in the order `--help` lists them. A command is added
 * here only once it works end to end.
 */
import type { Command } from 'commander';

/** A subcommand module: adds itself (with translated help) to the program. */
export type RegisterCommand = (program: Command) => void;

/** Each module adds its own subcommand; heavy parts (the Ink review screen, the zh-en lexicon) load only when run. */
export const COMMANDS: ReadonlyArray<() => Promise<{ register: RegisterCommand }>> = [
  () => import('./segment.js'),
  () => import('./start.js'),
  () => import('./align.js'),
  () => import('./review.js'),
  () => import('./diff.js'),
  () => import('./update.js'),
  () => import('./export.js'),
  () => import('./import.js'),
  () => import('./info.js'),
];
