/**
 * A bare command line for benchmarks and manual runs, independent of the product CLI:
 *   node --import tsx src/generate/cli-entry.ts --out DIR --seed 1 --scale 1000000 [--single-thread]
 * Prints the summary as JSON on stdout and the process's peak RSS on stderr (`maxRssMb=…`).
 */
import { CrmError } from '../core/problem.js';
import { generateOrg } from './index.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const scaleArg = arg('scale') ?? 'small';
try {
  const summary = await generateOrg({
    out: arg('out') ?? 'generated-org',
    seed: Number(arg('seed') ?? 1),
    scale: /^\d+$/.test(scaleArg) ? Number(scaleArg) : (scaleArg as 'small'),
    replace: true,
    singleThread: process.argv.includes('--single-thread'),
  });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  // maxRSS is in kilobytes; it covers the worker thread too (same process).
  process.stderr.write(`maxRssMb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
} catch (e) {
  process.stderr.write(`${e instanceof CrmError ? e.message : String(e)}\n`);
  process.exitCode = e instanceof CrmError ? e.exitCode : 1;
}
