/**
 * `runCli` without blocking: start several CLI runs at once and await them together, so a test file
 * that needs many runs pays for one process start-up at a time per core, not per run.
 */
import { spawn } from 'node:child_process';
import type { CliResult } from './cli.js';
import { REPO_ROOT } from './cli.js';
import { CLI_ENTRY } from './cli-entry.js';

/** Runs `bitext ...args` like `runCli`, resolving when the process exits. */
export function runCliAsync(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', NO_COLOR: '1', BITEXT_DEBUG: '', ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_ENTRY, ...args], { env, cwd: options.cwd ?? REPO_ROOT });
    const [out, err]: [Buffer[], Buffer[]] = [[], []];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Runs every command line at once; results in the same order. */
export function runAll(runs: ReadonlyArray<[string[], { env?: NodeJS.ProcessEnv }?]>): Promise<CliResult[]> {
  return Promise.all(runs.map(([args, options]) => runCliAsync(args, options)));
}
