/**
 * Duplicate-engine bench: accuracy on Febrl and on generated orgs, then time, rows/s and peak
 * memory on synthetic CRMs of growing size (contacts + a quarter as many accounts + a fifth as
 * many leads), each run in a fresh child process so its peak RSS is its own. This machine is
 * shared and noisy: every size runs several times and we report medians (and the CPU time, which
 * the noise disturbs less).
 *
 *   npx tsx bench/dedupe-bench.ts                       # everything, 3 runs per size
 *   npx tsx bench/dedupe-bench.ts --only synthetic --sizes 1000000 --runs 5
 *   npx tsx bench/dedupe-bench.ts --memory-limit 1GB    # DuckDB memory_limit in the child
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreFebrl, scoreGeneratedOrg, scoreSynthetic } from '../src/audit/duplicates/accuracy-support.js';
import { febrlDir, FEBRL_SETS } from '../src/audit/duplicates/febrl.js';
import { findDuplicatesWithStats } from '../src/audit/duplicates/find-duplicates.js';
import { createSyntheticOrg } from '../src/audit/duplicates/synthetic-org.js';
import { generateOrg } from '../src/generate/index.js';
import { openDuckDb } from '../src/snapshot/duckdb.js';

const self = fileURLToPath(import.meta.url);
const root = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x: number): string => x.toFixed(4);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface ChildResult {
  contacts: number; records: number; candidatePairs: number; matchedPairs: number;
  synthMs: number; ms: number; cpuMs: number; rssBeforeMB: number; peakRssMB: number;
  steps: Record<string, number>; person: { precision: number; recall: number }; account: { precision: number; recall: number };
}

/** One synthetic run, in this (child) process. */
async function child(contacts: number, seed: number, memoryLimit: string): Promise<void> {
  const { db } = await openDuckDb();
  if (memoryLimit) await db.run(`SET memory_limit = '${memoryLimit}'`);
  let t0 = performance.now();
  const org = await createSyntheticOrg(db, { contacts, seed });
  const synthMs = performance.now() - t0;
  const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
  t0 = performance.now();
  const c0 = cpuMs();
  const { findings, stats } = await findDuplicatesWithStats(db, org.tables);
  const ms = performance.now() - t0;
  const cpu = cpuMs() - c0;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const acc = await scoreSynthetic(db, org.truth, findings);
  const result: ChildResult = {
    contacts, records: Object.values(stats.records).reduce((a, b) => a + b, 0), candidatePairs: stats.candidatePairs, matchedPairs: stats.matchedPairs,
    synthMs, ms, cpuMs: cpu, rssBeforeMB, peakRssMB, steps: stats.ms,
    person: { precision: acc.person.precision, recall: acc.person.recall }, account: { precision: acc.account.precision, recall: acc.account.recall },
  };
  console.log(`DEDUPE_BENCH ${JSON.stringify(result)}`);
}

function runChild(contacts: number, seed: number, memoryLimit: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', String(contacts), '--seed', String(seed), '--memory-limit', memoryLimit], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = /DEDUPE_BENCH (\{.*\})/.exec(r.stdout ?? '');
  if (r.status !== 0 || !line) throw new Error(`bench child failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(line[1]) as ChildResult;
}

async function febrl(): Promise<void> {
  const dir = febrlDir(root);
  if (!dir) {
    console.warn('febrl: ../shared/datasets/febrl not found — skipped');
    return;
  }
  console.log('\nFebrl (records as Contacts; pairwise precision / recall / F1; one set of rules for all):');
  for (const set of Object.keys(FEBRL_SETS)) {
    const { metrics: m, stats, ms } = await scoreFebrl(dir, set);
    console.log(`  ${set.padEnd(9)} ${String(stats.records.Contact).padStart(6)} records  P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}   ${stats.candidatePairs} candidate pairs, ${ms.toFixed(0)} ms`);
  }
}

async function generated(): Promise<void> {
  console.log('\nGenerated orgs (src/generate; pairwise against defects.json duplicates):');
  const work = mkdtempSync(join(tmpdir(), 'crmready-dedupe-bench-'));
  try {
    for (const [seed, scale] of [[1, 'small'], [7, 'small'], [1, 5000], [7, 5000]] as const) {
      const out = join(work, `org-${seed}-${scale}`);
      await generateOrg({ out, seed, scale });
      const { metrics: m, byKind, ms } = await scoreGeneratedOrg(out);
      console.log(`  seed ${seed} scale ${String(scale).padEnd(5)}  P ${pct(m.precision)}  R ${pct(m.recall)}  (people ${pct(byKind.person.precision)}/${pct(byKind.person.recall)}, accounts ${pct(byKind.account.precision)}/${pct(byKind.account.recall)}; ${m.truePairs} true pairs)  ${ms.toFixed(0)} ms`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function synthetic(sizes: number[], runs: number, memoryLimit: string): void {
  console.log(`\nSynthetic CRM (N contacts + N/4 accounts + N/5 leads, 3% duplicates), ${runs} runs each, medians${memoryLimit ? `, DuckDB memory_limit ${memoryLimit}` : ''}:`);
  console.log('  contacts   records   wall s   cpu s   rows/s     pairs    peak RSS  (before)  people P/R        accounts P/R');
  for (const n of sizes) {
    const rs: ChildResult[] = [];
    for (let i = 0; i < runs; i++) rs.push(runChild(n, 1, memoryLimit));
    const wall = median(rs.map((r) => r.ms)) / 1000;
    const cpu = median(rs.map((r) => r.cpuMs)) / 1000;
    const r0 = rs[0];
    console.log(`  ${n.toLocaleString('en-US').padStart(9)} ${r0.records.toLocaleString('en-US').padStart(9)}  ${wall.toFixed(2).padStart(6)}  ${cpu.toFixed(2).padStart(6)}  ${Math.round(r0.records / wall).toLocaleString('en-US').padStart(8)}  ${r0.candidatePairs.toLocaleString('en-US').padStart(9)}  ${Math.max(...rs.map((r) => r.peakRssMB)).toFixed(0).padStart(6)} MB  (${median(rs.map((r) => r.rssBeforeMB)).toFixed(0)} MB)  ${pct(r0.person.precision)}/${pct(r0.person.recall)}  ${pct(r0.account.precision)}/${pct(r0.account.recall)}`);
    console.log(`             runs: ${rs.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s; steps (median ms): ${Object.keys(r0.steps).map((k) => `${k} ${median(rs.map((r) => r.steps[k] ?? 0))}`).join(', ')}`);
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--child')) {
    await child(Number(arg('child', '10000')), Number(arg('seed', '1')), arg('memory-limit', ''));
    return;
  }
  const only = arg('only', '');
  const runs = Number(arg('runs', '3'));
  const sizes = arg('sizes', '10000,100000,1000000').split(',').map(Number);
  const memoryLimit = arg('memory-limit', '');
  console.log(`dedupe bench: node ${process.version}, ${runs} runs per synthetic size`);
  if (!only || only === 'febrl') await febrl();
  if (!only || only === 'generated') await generated();
  if (!only || only === 'synthetic') synthetic(sizes, runs, memoryLimit);
}

await main();
