/**
 * `npm run bench`: performance targets of the issues, measured on the built CLI in child processes
 * (wall time and the child's peak RSS, worker threads included). This machine is shared and noisy,
 * so each case runs several times and we report the median time and the worst peak memory.
 *
 *   npm run bench                      # all cases, 3 runs each
 *   npm run bench -- --runs 5 --contacts 200000 --only generate
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist/cli/bin.js');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const runs = Number(arg('runs', '3'));
const contacts = Number(arg('contacts', '1000000'));
const only = arg('only', '');

interface Sample { seconds: number; maxRssMB: number }

function runCli(args: string[], env: Record<string, string> = {}): Sample {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CRMREADY_BENCH_STATS: '1', ...env }, maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`crmready ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  const stats = /CRMREADY_STATS (\{.*\})/.exec(r.stderr);
  return { seconds, maxRssMB: stats ? JSON.parse(stats[1]).maxRssMB : NaN };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(name: string, target: string, once: () => Sample, setup?: () => void): void {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    setup?.();
    samples.push(once());
  }
  const secs = samples.map((s) => s.seconds);
  console.log(`${name.padEnd(44)} median ${median(secs).toFixed(2)} s  (runs: ${secs.map((s) => s.toFixed(2)).join(', ')})  peak RSS ${Math.max(...samples.map((s) => s.maxRssMB))} MB   target: ${target}`);
}

const work = mkdtempSync(join(tmpdir(), 'crmready-bench-'));
const org = join(work, 'org');
try {
  console.log(`crmready bench: ${runs} runs per case, ${contacts.toLocaleString('en-US')} contacts, node ${process.version}`);
  if (!only || only === 'generate') {
    measure(`generate ${contacts.toLocaleString('en-US')} contacts (+accounts, opps, tasks…)`, '≤ 20 s, ≤ 1 GB',
      () => runCli(['generate', '--out', org, '--seed', '1', '--scale', String(contacts), '--force', '-q']));
  } else {
    runCli(['generate', '--out', org, '--seed', '1', '--scale', String(contacts), '--force', '-q']);
  }
  if (!only || only === 'audit') {
    // Near-linear growth: the same pack at 10k and 100k contacts, then the target size.
    for (const n of [10_000, 100_000].filter((n) => n < contacts)) {
      const small = join(work, `org-${n}`);
      runCli(['generate', '--out', small, '--seed', '1', '--scale', String(n), '--force', '-q']);
      measure(`audit ${n.toLocaleString('en-US')} contacts (load + default pack)`, 'near-linear', () => runCli(['audit', small, '--out', join(work, `audit-${n}`), '--no-cache', '-q']));
    }
    measure(`audit ${contacts.toLocaleString('en-US')} contacts (load + default pack)`, '≤ 20 s, ≤ 1.5 GB', () => runCli(['audit', org, '--out', join(work, 'audit'), '--no-cache', '-q']));
    const base: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/audit-baseline.ts'), org], { encoding: 'utf8' });
      base.push(JSON.parse(r.stdout).seconds);
    }
    console.log(`${'baseline: read_csv + hand-written core checks'.padEnd(44)} median ${median(base).toFixed(2)} s  (runs: ${base.map((s) => s.toFixed(2)).join(', ')})   the engine's own limit`);
  }
  if (!only || only === 'load') {
    const cache = join(work, 'cache');
    measure('inspect (verify + load into DuckDB, no cache)', 'report only', () => runCli(['inspect', org, '--no-cache', '-q']));
    measure('inspect (cold cache: verify + load + persist)', 'report only', () => runCli(['inspect', org, '-q'], { CRMREADY_CACHE_DIR: cache }), () => rmSync(cache, { recursive: true, force: true }));
    measure('inspect (warm cache)', 'report only', () => runCli(['inspect', org, '-q'], { CRMREADY_CACHE_DIR: cache }));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
