/**
 * How tests start the CLI: the built `dist/cli.js` when it is at least as new as every file in `src/`
 * (`npm test` builds first), else the sources through tsx. Starting the built CLI costs about half the
 * CPU of compiling the sources on the fly, and the test suite starts it a hundred times.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The newest modification time of any file under `dir` (the bench uses it too, to rebuild a stale dist). */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isBuildFresh(): boolean {
  try {
    return statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs >= newestMtime(join(ROOT, 'src'));
  } catch {
    return false;
  }
}

/** Node arguments that run the CLI, before the CLI's own arguments. */
export const CLI_ENTRY: readonly string[] = isBuildFresh() ? [join(ROOT, 'dist', 'cli.js')] : ['--import', 'tsx', join(ROOT, 'src', 'cli.ts')];
