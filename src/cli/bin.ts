#!/usr/bin/env node
import { main } from './main.js';

// Benchmarks read the peak memory of the whole process (worker threads included) from here.
if (process.env.CRMREADY_BENCH_STATS) {
  process.on('exit', () => process.stderr.write(`CRMREADY_STATS ${JSON.stringify({ maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`));
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
