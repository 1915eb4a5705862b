/**
 * The audit pipeline over a loaded snapshot: compile the plan's checks, run them object by object,
 * run the external checks (duplicates), and score. Pure of files: writing is write-audit.ts.
 * The audit never reads defects.json — ground truth exists only to score the audit itself.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { narrowMemoryLimit } from '../snapshot/duckdb.js';
import type { Problem, Result } from '../core/problem.js';
import type { LoadedSnapshot } from '../snapshot/load-snapshot.js';
import type { AuditContext, CompiledCheck, SqlCheck } from './check-types.js';
import { compileChecks } from './compile.js';
import { gatherFacts } from './facts.js';
import type { AuditPlan } from './pack.js';
import { createAuditTables, reportOrder, runSqlChecks, type FixTable } from './run-checks.js';
import { scoreAudit, type AuditScore } from './score.js';

export interface CheckReport {
  id: string; kind: string; object: string; field?: string; dimension: string; code: string; severity: string;
  evaluated: number; failed: number;
}

export interface AuditResult {
  db: DuckDBConnection;
  ctx: AuditContext;
  checks: CheckReport[];
  compiled: CompiledCheck[];
  score: AuditScore;
  warnings: Problem[];
  findings: number;
  ms: number;
  /** Wall time per object scan (all its SQL checks at once) and per external check. */
  timings: { step: string; checks: number; records: number; ms: number; cpuMs: number }[];
  /** Per object, its mechanical fix proposals (see write-audit.ts). */
  fixes: Record<string, FixTable>;
}

export async function auditContext(snap: LoadedSnapshot): Promise<AuditContext> {
  const base = {
    schema: snap.schema, access: snap.access, asOf: snap.manifest.asOf,
    objects: Object.fromEntries(Object.entries(snap.objects).map(([k, o]) => [k, { table: o.table, rawTable: o.rawTable, rows: o.rows, fileColumns: o.fileColumns, storeTable: o.storeTable, rawColumns: o.rawColumns }])),
  };
  return { ...base, facts: await gatherFacts(snap.db, base) };
}

export async function runAudit(snap: LoadedSnapshot, plan: AuditPlan, opts: { onProgress?: (msg: string, done?: boolean) => void } = {}): Promise<Result<AuditResult>> {
  const started = Date.now();
  const ctx = await auditContext(snap);
  const { checks: compiled, problems, warnings } = compileChecks(plan, ctx);
  if (problems.length) return { ok: false, problems };
  const db = snap.db;
  await createAuditTables(db);
  const reports = new Map<string, CheckReport>();
  const timings: AuditResult['timings'] = [];
  const ord = new Map(compiled.map((c, i) => [c.id, i]));
  const sqlChecks = compiled.filter((c): c is { type: 'sql' } & SqlCheck => c.type === 'sql');
  const scored = sqlChecks.filter((c) => !c.fixOnly);
  const fixes: Record<string, FixTable> = {};
  // Objects in pack order of their first scored check, then those with fix proposals only.
  const objects = [...new Set([...scored, ...sqlChecks].map((c) => c.object))];
  await narrowMemoryLimit(db);
  for (const object of objects) {
    const mine = scored.filter((c) => c.object === object).map((c) => ({ ...c, ord: ord.get(c.id)! }));
    const fixOnly = sqlChecks.filter((c) => c.object === object && c.fixOnly);
    if (mine.length) opts.onProgress?.(`auditing ${object}: ${mine.length} checks on ${ctx.objects[object].rows.toLocaleString('en-US')} records…`);
    const watch = stopwatch();
    const res = await runSqlChecks(db, ctx, object, mine, plan.scoring.severity, fixOnly);
    if (res.problems.length) return { ok: false, problems: res.problems };
    if (res.fixes) fixes[object] = res.fixes;
    if (!mine.length) continue;
    const { ms, cpuMs } = watch();
    timings.push({ step: object, checks: mine.length, records: ctx.objects[object].rows, ms, cpuMs });
    for (const c of reportOrder(mine)) {
      const r = res.results.find((x) => x.id === c.id)!;
      reports.set(c.id, { id: c.id, kind: c.kind, object, field: c.field, dimension: c.dimension, code: c.code, severity: c.severity, evaluated: r.evaluated, failed: r.failed });
    }
    opts.onProgress?.(`audited ${object}: ${mine.length} checks on ${ctx.objects[object].rows.toLocaleString('en-US')} records in ${(ms / 1000).toFixed(1)} s`, true);
  }
  // External checks (duplicates) run after the scans, not beside them on a second connection: side
  // by side their pinned buffers outgrew DuckDB's memory cap now and then (a 1M-contact audit failed
  // with "Out of Memory" about one run in eight at 500 MB), for ~2 s gained.
  for (const c of compiled) {
    if (c.type !== 'external') continue;
    opts.onProgress?.(`${c.kind}: ${c.objects.join(', ')}…`);
    const watch = stopwatch();
    const res = await c.run(db, ctx);
    const { ms, cpuMs } = watch();
    await insertExternalFindings(db, ord.get(c.id)!, c, res.findings);
    timings.push({ step: `${c.kind} (${c.objects.join(', ')})`, checks: 1, records: c.objects.reduce((a, o) => a + (ctx.objects[o]?.rows ?? 0), 0), ms, cpuMs });
    for (const object of c.objects) {
      const failed = res.findings.filter((f) => f.object === object).length;
      reports.set(`${c.id}:${object}`, { id: c.objects.length > 1 ? `${c.id}.${object}` : c.id, kind: c.kind, object, field: c.field, dimension: c.dimension, code: c.code, severity: c.severity, evaluated: res.evaluated[object] ?? 0, failed });
    }
    opts.onProgress?.(`${c.kind}: ${res.findings.length.toLocaleString('en-US')} findings in ${(ms / 1000).toFixed(1)} s`, true);
  }
  const checks = [...reports.values()];
  const score = scoreAudit(checks as never, plan.scoring);
  const [{ n }] = await (await db.runAndReadAll('SELECT count(*) AS n FROM memory.audit.findings')).getRowObjects() as { n: bigint }[];
  return { ok: true, value: { db, ctx, checks, compiled, score, warnings, findings: Number(n), ms: Date.now() - started, timings, fixes } };
}

/**
 * Wall and CPU time since the call. CPU time counts DuckDB's threads too (they are this process's):
 * on a shared machine it moves far less than wall time with the load of other jobs.
 */
export function stopwatch(): () => { ms: number; cpuMs: number } {
  const t0 = Date.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { ms: Date.now() - t0, cpuMs: Math.round((c.user + c.system) / 1000) };
  };
}

/**
 * External findings go in through DuckDB's appender: row by row in memory, no SQL text to build
 * and parse (INSERT … VALUES of 29k duplicate findings took over a second).
 */
async function insertExternalFindings(db: DuckDBConnection, ord: number, c: CompiledCheck & { type: 'external' }, findings: { object: string; id: string; field?: string; value?: string; cluster?: string; message: string }[]): Promise<void> {
  const appender = await db.createAppender('findings', 'audit', 'memory');
  const textOrNull = (v: string | undefined) => (v === undefined ? appender.appendNull() : appender.appendVarchar(v));
  try {
    for (const f of findings) {
      appender.appendInteger(ord);
      appender.appendVarchar(f.object);
      appender.appendVarchar(f.id);
      textOrNull(f.field || undefined);
      appender.appendVarchar(c.code);
      appender.appendVarchar(c.id);
      appender.appendVarchar(f.value ?? '');
      textOrNull(f.cluster || undefined);
      appender.appendVarchar(f.message);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
