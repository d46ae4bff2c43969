/** bitext's own version, read from package.json (both from src/ under tsx and from dist/). */
import { readFileSync } from 'node:fs';

/** The version in package.json, e.g. `0.1.0`. */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
