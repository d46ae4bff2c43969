// Runs every benchmark under bench/ (files named *.bench.ts), or those whose name contains an argument.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const filters = process.argv.slice(2);
const benches = readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).filter((f) => filters.length === 0 || filters.some((s) => f.includes(s))).sort();
let failed = false;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/${file}`], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
