#!/usr/bin/env node
import { main } from './main.js';

// Benchmarks read the peak memory of the whole process (worker threads included) from here.
if (process.env.CRMREADY_BENCH_STATS) {
  process.on('exit', () => process.stderr.write(`CRMREADY_STATS ${JSON.stringify({ maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`));
}

// `crmready … | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
