// Preloaded (`node --import`) by `npm run bench:ui` into `bitext review` run with pipes: makes them
// look like a 120×40 terminal and reports on standard error, in milliseconds since the process
// started: `FIRST_FRAME <ms> <cpu ms>` when the first full frame is written (and the CPU time then),
// and `KEY_ANSWERED <ms>` when the frame answering a key pressed at that very moment (j: the next
// pair) is written, that is when the screen is usable.
import { performance } from 'node:perf_hooks';
import process from 'node:process';

process.stdout.isTTY = true;
process.stdout.columns = 120;
process.stdout.rows = 40;
process.stdin.isTTY = true;
process.stdin.setRawMode = () => process.stdin;
const write = process.stdout.write.bind(process.stdout);
let firstFrame;
let isAnswered = false;
process.stdout.write = (chunk, ...rest) => {
  const text = String(chunk);
  const isFullFrame = text.split('\n').length > 30;
  if (isFullFrame && firstFrame === undefined) {
    firstFrame = text;
    const cpu = process.cpuUsage();
    process.stderr.write(`FIRST_FRAME ${performance.now().toFixed(1)} ${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
    // As if typed now: it waits in stdin's buffer until the screen reads it.
    process.stdin.push('j');
  } else if (isFullFrame && !isAnswered && text !== firstFrame) {
    isAnswered = true;
    process.stderr.write(`KEY_ANSWERED ${performance.now().toFixed(1)}\n`);
  }
  return write(chunk, ...rest);
};
