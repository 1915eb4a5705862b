/**
 * Generator benchmark: wall time and peak memory of `generate` at a given size, each run in a fresh
 * child process (as a user runs it), output to a temporary folder removed afterwards.
 *
 *   npx tsx bench/generate-bench.ts 1000000 3      # 1M contacts, 3 runs → median seconds, peak MB
 *
 * Peak RSS is the child's own process.resourceUsage().maxRSS (it includes the worker thread).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchRun { seconds: number; peakRssMb: number; threads?: number }
export interface BenchResult { contacts: number; runs: BenchRun[]; medianSeconds: number; peakRssMb: number }

function runOnce(contacts: number, seed: number): Promise<BenchRun> {
  const out = mkdtempSync(join(tmpdir(), 'crmready-bench-'));
  const args = ['--import', 'tsx', join(ROOT, 'src/generate/cli-entry.ts'), '--out', join(out, 'org'), '--seed', String(seed), '--scale', String(contacts)];
  const started = performance.now();
  return new Promise<BenchRun>((resolveRun, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d; });
    child.stderr.on('data', (d: Buffer) => { stderr += d; });
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      rmSync(out, { recursive: true, force: true });
      const rss = /maxRssMb=(\d+)/.exec(stderr);
      if (code !== 0 || !rss) return reject(new Error(`generate exited with ${code}: ${stderr.trim()}`));
      const summary = JSON.parse(stdout) as { threads?: number };
      resolveRun({ seconds: Math.round(seconds * 100) / 100, peakRssMb: Number(rss[1]), threads: summary.threads });
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function benchGenerate(contacts: number, runs: number): Promise<BenchResult> {
  const results: BenchRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(contacts, 1));
  return { contacts, runs: results, medianSeconds: median(results.map((r) => r.seconds)), peakRssMb: Math.max(...results.map((r) => r.peakRssMb)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const contacts = Number(process.argv[2] ?? 1_000_000);
  const runs = Number(process.argv[3] ?? 3);
  const result = await benchGenerate(contacts, runs);
  console.log(JSON.stringify(result, null, 2));
}
