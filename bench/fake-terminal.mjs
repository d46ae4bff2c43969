// Preloaded (`node --import`) by `npm run bench:ui` into `bitext review` run with pipes: makes them
// look like a 120×40 terminal, and reports on standard error, as `FIRST_FRAME <ms> <cpu ms>`, when
// the first full frame is written (milliseconds since the process started, and its CPU time).
import { performance } from 'node:perf_hooks';
import process from 'node:process';

process.stdout.isTTY = true;
process.stdout.columns = 120;
process.stdout.rows = 40;
process.stdin.isTTY = true;
process.stdin.setRawMode = () => process.stdin;
const write = process.stdout.write.bind(process.stdout);
let isReported = false;
process.stdout.write = (chunk, ...rest) => {
  if (!isReported && String(chunk).split('\n').length > 30) {
    isReported = true;
    const cpu = process.cpuUsage();
    process.stderr.write(`FIRST_FRAME ${performance.now().toFixed(1)} ${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
  }
  return write(chunk, ...rest);
};
