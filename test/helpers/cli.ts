/** Runs the bitext CLI as a user would (built, or from source when the build is stale), capturing output and exit code. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CLI_ENTRY } from './cli-entry.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `bitext ...args` with a clean locale environment unless `env` says otherwise. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliResult {
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', NO_COLOR: '1', BITEXT_DEBUG: '', ...options.env };
  const result = spawnSync(process.execPath, [...CLI_ENTRY, ...args], {
    input: options.input,
    env,
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
