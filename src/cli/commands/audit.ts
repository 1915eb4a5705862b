import type { Command } from 'commander';
import { auditSnapshot, defaultPackDir } from '../../audit/index.js';
import { stopwatch, type AuditResult } from '../../audit/run-audit.js';
import type { WrittenAudit } from '../../audit/write-audit.js';
import { orThrow } from '../../core/problem.js';
import { loadSnapshot } from '../../snapshot/load-snapshot.js';
import { consoleOutput, fmtInt, table, type Output } from '../output.js';
import { PACKAGE_ROOT } from '../paths.js';

export function printAuditSummary(out: Output, audit: AuditResult, written: WrittenAudit): void {
  const s = audit.score;
  out.result(`hygiene score ${s.overall ?? '-'} / 100  (${fmtInt(audit.findings)} findings from ${audit.checks.length} checks in ${(audit.ms / 1000).toFixed(1)} s)`);
  out.result(table(['dimension', 'score'], Object.entries(s.byDimension).map(([d, v]) => [d, v.toFixed(1)])));
  const worstObjects = Object.entries(s.byObject).sort((a, b) => a[1] - b[1]).slice(0, 5);
  out.result(table(['worst objects', 'score'], worstObjects.map(([o, v]) => [o, v.toFixed(1)])));
  const worstFields = Object.entries(s.byField).sort((a, b) => a[1] - b[1]).slice(0, 5);
  out.result(table(['worst fields', 'score'], worstFields.map(([f, v]) => [f, v.toFixed(1)])));
  const codes = Object.entries(written.byCode).sort((a, b) => b[1] - a[1]);
  out.result(table(['finding code', 'records'], codes.map(([c, n]) => [c, n])));
  out.result(`wrote ${written.files.map((f) => `${written.dir}/${f}`).join(', ')}`);
}

export function printTimings(out: Output, audit: AuditResult, load: { ms: number; cpuMs: number }): void {
  const secs = (ms: number) => (ms / 1000).toFixed(2);
  out.result(table(['step', 'checks', 'records', 'seconds', 'cpu s', 'records/s'], [
    ['load + verify snapshot', '-', '-', secs(load.ms), secs(load.cpuMs), '-'],
    ...audit.timings.map((t) => [t.step, t.checks, t.records, secs(t.ms), secs(t.cpuMs), t.ms > 0 ? Math.round((t.records * 1000) / t.ms) : '-']),
    ['audit (all steps above but load)', '-', '-', secs(audit.ms), '-', '-'],
  ]));
}

export async function runAuditCommand(snapshotDir: string, opts: { out: string; audits?: string[]; defaultAudits?: boolean; cache?: boolean; quiet?: boolean; timings?: boolean }, out: Output = consoleOutput(opts)): Promise<{ audit: AuditResult; written: WrittenAudit }> {
  const watch = stopwatch();
  const snap = await loadSnapshot(snapshotDir, { cache: opts.cache, onProgress: (e) => e.rows !== undefined && out.progress(`loaded ${e.object} (${fmtInt(e.rows)} rows)`, true) });
  try {
    const load = watch();
    out.warnings(snap.warnings);
    const res = orThrow(await auditSnapshot(snap, opts.out, {
      defaultPacks: opts.defaultAudits === false ? false : defaultPackDir(PACKAGE_ROOT),
      audits: opts.audits,
      onProgress: (msg, done) => out.progress(msg, done),
    }));
    out.warnings(res.audit.warnings);
    if (opts.quiet && opts.timings) printTimings(out, res.audit, load);
    else {
      printAuditSummary(out, res.audit, res.written);
      if (opts.timings) printTimings(out, res.audit, load);
    }
    return { audit: res.audit, written: res.written };
  } finally {
    snap.close();
  }
}

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('score the hygiene of a snapshot and write audit.json, findings.csv and fix lists')
    .argument('<snapshot>', 'snapshot folder')
    .requiredOption('--out <dir>', 'run folder to write')
    .option('--audits <path...>', 'extra audit packs (YAML file or folder); a pack with the name of a default pack replaces it')
    .option('--no-default-audits', 'run only the packs given with --audits')
    .option('--no-cache', 'do not use the on-disk table cache')
    .option('--timings', 'print the time and records/s of each step (one scan per object runs all its checks)')
    .option('-q, --quiet', 'no progress or warnings')
    .action(async (dir: string, opts) => {
      await runAuditCommand(dir, opts);
    });
}
