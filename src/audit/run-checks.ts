/**
 * Runs compiled checks on DuckDB. SQL checks of one object run in two scans: one aggregate for each
 * check's evaluated/failed counts, one that writes every finding (and each failing record's weighted
 * score) into the `audit` schema of the in-memory database — never into the snapshot's tables.
 * Findings stay in DuckDB so findings.csv is a COPY, not a million JS objects.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Problem } from '../core/problem.js';
import { queryRows } from '../snapshot/duckdb.js';
import type { AuditContext, CompiledCheck, SqlCheck } from './check-types.js';
import { lit, quoteIdent } from './sql.js';

export interface CheckResult { check: CompiledCheck; evaluated: number; failed: number; ms: number }

export async function createAuditTables(db: DuckDBConnection): Promise<void> {
  await db.run('CREATE SCHEMA IF NOT EXISTS memory.audit');
  await db.run(`CREATE OR REPLACE TABLE memory.audit.findings (ord INTEGER, object VARCHAR, id VARCHAR, field VARCHAR, code VARCHAR, "check" VARCHAR, value VARCHAR, cluster VARCHAR, message VARCHAR)`);
  await db.run(`CREATE OR REPLACE TABLE memory.audit.record_scores (object VARCHAR, id VARCHAR, applicable_weight DOUBLE, failed_weight DOUBLE)`);
}

/** The rows a check sees: typed `t`, raw `r`, and derived columns `d` when any check asked for them. */
export function fromClause(ctx: AuditContext, object: string): string {
  const o = ctx.objects[object];
  return `${o.table} t POSITIONAL JOIN ${o.rawTable} r${o.derivedTable ? ` POSITIONAL JOIN ${o.derivedTable} d` : ''}`;
}

/** Materialises the derived columns the checks of one object need, in row order. */
export async function createDerivedTable(db: DuckDBConnection, ctx: AuditContext, object: string, checks: SqlCheck[]): Promise<void> {
  const derive = new Map<string, string>();
  for (const c of checks) for (const [k, v] of Object.entries(c.derive ?? {})) derive.set(k, v);
  if (!derive.size) return;
  const name = `memory.audit.${quoteIdent(`derived_${object}`)}`;
  await db.run(`CREATE OR REPLACE TABLE ${name} AS SELECT ${[...derive.entries()].map(([k, v]) => `${v} AS ${quoteIdent(k)}`).join(', ')} FROM ${fromClause(ctx, object)}`);
  ctx.objects[object].derivedTable = name;
}

function idExpr(ctx: AuditContext, object: string): string {
  return ctx.objects[object].fileColumns.includes('Id') ? 't."Id"' : `'row-' || CAST(t.rowid + 2 AS VARCHAR)`;
}

/** Finds which check's SQL is broken, so the error names the check rather than the object. */
async function brokenChecks(db: DuckDBConnection, ctx: AuditContext, object: string, checks: SqlCheck[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const c of checks) {
    try {
      await db.run(`SELECT count(*) FROM ${fromClause(ctx, object)} WHERE (${c.applicable}) AND (${c.failing}) AND length(${c.value}) >= 0 AND length(${c.message}) >= 0 LIMIT 0`);
    } catch (e) {
      problems.push({ code: 'invalid_check_sql', field: c.id, message: `check ${c.id} on ${object}: ${(e as Error).message.split('\n')[0]}`, hint: 'fix the SQL of this check (t = typed row, r = raw text row; quote mixed-case names with double quotes)' });
    }
  }
  return problems;
}

export async function runSqlChecks(db: DuckDBConnection, ctx: AuditContext, object: string, checks: (SqlCheck & { ord: number })[], weights: Record<string, number>): Promise<{ results: { id: string; evaluated: number; failed: number }[]; problems: Problem[] }> {
  if (!checks.length) return { results: [], problems: [] };
  const from = fromClause(ctx, object);
  const id = idExpr(ctx, object);
  const counts = checks.map((c, i) => `count(*) FILTER (WHERE ${c.applicable}) AS e${i}, count(*) FILTER (WHERE (${c.applicable}) AND (${c.failing})) AS f${i}`);
  const failStructs = checks.map((c) => `CASE WHEN (${c.applicable}) AND (${c.failing}) THEN {'ord': ${c.ord}, 'value': CAST(${c.value} AS VARCHAR), 'message': CAST(${c.message} AS VARCHAR)} END`);
  const appWeight = checks.map((c) => `CASE WHEN ${c.applicable} THEN ${weights[c.severity] ?? 1} ELSE 0 END`).join(' + ');
  const failWeight = checks.map((c) => `CASE WHEN (${c.applicable}) AND (${c.failing}) THEN ${weights[c.severity] ?? 1} ELSE 0 END`).join(' + ');
  let row: Record<string, bigint>;
  try {
    [row] = await queryRows<Record<string, bigint>>(db, `SELECT ${counts.join(', ')} FROM ${from}`);
    await db.run(`CREATE OR REPLACE TEMP TABLE audit_fail AS
      SELECT * FROM (SELECT ${id} AS id, list_filter([${failStructs.join(', ')}], x -> x IS NOT NULL) AS fails, ${appWeight} AS aw, ${failWeight} AS fw FROM ${from}) WHERE fw > 0`);
  } catch (e) {
    const problems = await brokenChecks(db, ctx, object, checks);
    return { results: [], problems: problems.length ? problems : [{ code: 'audit_failed', field: object, message: `checks on ${object} failed: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const fieldCase = `CASE f.ord ${checks.map((c) => `WHEN ${c.ord} THEN ${c.field ? lit(c.field) : 'NULL'}`).join(' ')} END`;
  const codeCase = `CASE f.ord ${checks.map((c) => `WHEN ${c.ord} THEN ${lit(c.code)}`).join(' ')} END`;
  const checkCase = `CASE f.ord ${checks.map((c) => `WHEN ${c.ord} THEN ${lit(c.id)}`).join(' ')} END`;
  await db.run(`INSERT INTO memory.audit.findings
    SELECT f.ord, ${lit(object)}, id, ${fieldCase}, ${codeCase}, ${checkCase}, f.value, NULL, f.message
    FROM (SELECT id, unnest(fails) AS f FROM audit_fail)`);
  await db.run(`INSERT INTO memory.audit.record_scores SELECT ${lit(object)}, id, aw, fw FROM audit_fail`);
  await db.run('DROP TABLE audit_fail');
  return {
    results: checks.map((c, i) => ({ id: c.id, evaluated: Number(row[`e${i}`]), failed: Number(row[`f${i}`]) })),
    problems: [],
  };
}

