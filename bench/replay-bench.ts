/**
 * Replay + judge throughput: every bundled suite on the sample org, repeated so a run holds thousands
 * of steps (target ≥ 1,000 scenario steps/s). The snapshot loads once per run and counts in the time.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/cli/paths.js';
import { orThrow } from '../src/core/problem.js';
import { loadSuite, type LoadedSuite } from '../src/replay/load-suite.js';
import { runSuites } from '../src/replay/run-eval.js';
import { acmePolicy } from '../src/test-support/acme-tools.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchReplay(opts: { runs: number; repeat?: number }): Promise<void> {
  const dir = join(PACKAGE_ROOT, 'evals/suites');
  const suites: LoadedSuite[] = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => orThrow(loadSuite(join(dir, f))));
  const repeated = Array.from({ length: opts.repeat ?? 20 }, () => suites).flat();
  const policy = acmePolicy();
  const rates: number[] = [];
  let steps = 0;
  for (let r = 0; r < opts.runs; r++) {
    const t = performance.now();
    const run = orThrow(await runSuites(repeated, [], { policy, mode: 'replay' }));
    const secs = (performance.now() - t) / 1000;
    steps = run.trials.reduce((n, x) => n + x.transcript.steps.length, 0);
    rates.push(steps / secs);
  }
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`${`replay + judge (${steps.toLocaleString('en-US')} steps, sample org)`.padEnd(44)} median ${Math.round(median(rates)).toLocaleString('en-US')} steps/s  (runs: ${rates.map((x) => Math.round(x)).join(', ')})  peak RSS ${rss} MB   target: ≥ 1,000 steps/s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchReplay({ runs: Number(process.argv[2] ?? 3) });
