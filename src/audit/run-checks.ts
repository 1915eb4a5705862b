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

type Alias = 't' | 'r' | 'd';

/** Which of t (typed), r (raw), d (derived) some SQL reads. Custom SQL may leave names unquoted (t.Amount). */
export function aliasesIn(sql: string): Set<Alias> {
  const used = new Set<Alias>();
  for (const m of sql.matchAll(/\b([trd])\.(?=["A-Za-z_])/g)) used.add(m[1] as Alias);
  return used;
}

/**
 * The rows a check sees: typed `t`, raw `r`, derived `d` — joined positionally, but only the tables
 * the SQL reads: a POSITIONAL JOIN costs about as much as the checks themselves on a million rows.
 */
export function fromClause(ctx: AuditContext, object: string, need: Set<Alias> = new Set(['t', 'r', 'd'])): string {
  const o = ctx.objects[object];
  const parts = [
    need.has('t') || need.size === 0 ? `${o.table} t` : undefined,
    o.derivedTable ? (need.has('r') || need.has('d') ? `${o.derivedTable} r` : undefined) : need.has('r') ? `${o.rawTable} r` : undefined,
  ].filter(Boolean);
  return parts.join(' POSITIONAL JOIN ');
}

/**
 * Materialises the derived columns the checks of one object need, in row order, together with a
 * copy of the raw columns the checks read. Checks then scan this one table as `r` (derived columns
 * included) instead of positionally joining raw and derived tables, which costs as much as the
 * checks themselves on a million rows.
 */
export async function createDerivedTable(db: DuckDBConnection, ctx: AuditContext, object: string, checks: SqlCheck[]): Promise<void> {
  const derive = new Map<string, string>();
  const derive2 = new Map<string, string>();
  const rawColumns = new Set<string>(ctx.objects[object].fileColumns.includes('Id') ? ['Id'] : []);
  for (const c of checks) {
    for (const [k, v] of Object.entries(c.derive ?? {})) derive.set(k, v);
    for (const [k, v] of Object.entries(c.derive2 ?? {})) derive2.set(k, v);
    for (const sql of [c.applicable, c.failing, c.value, c.message, c.fix ?? '']) {
      for (const m of sql.matchAll(/\br\."((?:[^"]|"")+)"/g)) rawColumns.add(m[1].replace(/""/g, '"'));
    }
  }
  if (!derive.size) return;
  const name = `memory.audit.${quoteIdent(`derived_${object}`)}`;
  const copies = [...rawColumns].map((c) => `r.${quoteIdent(c)}`);
  const need = aliasesIn([...derive.values()].join(' '));
  need.add('r');
  need.delete('d');
  const stage1 = `SELECT ${[...copies, ...[...derive.entries()].map(([k, v]) => `${v} AS ${quoteIdent(k)}`)].join(', ')} FROM ${fromClause(ctx, object, need)}`;
  const stage2 = derive2.size ? `SELECT d.*, ${[...derive2.entries()].map(([k, v]) => `${v} AS ${quoteIdent(k)}`).join(', ')} FROM (${stage1}) d` : stage1;
  await db.run(`CREATE OR REPLACE TABLE ${name} AS ${stage2}`);
  ctx.objects[object].derivedTable = name;
}

/** Once the derived table exists it stands in for the raw table: d."x" is read as r."x". */
export const forScan = (ctx: AuditContext, object: string, sql: string): string =>
  ctx.objects[object].derivedTable ? sql.replace(/\bd\."/g, 'r."') : sql;

function idExpr(ctx: AuditContext, object: string, alias: Alias): string {
  return ctx.objects[object].fileColumns.includes('Id') ? `${alias}."Id"` : `'row-' || CAST(${alias}.rowid + 2 AS VARCHAR)`;
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

type Results = { results: { id: string; evaluated: number; failed: number }[]; problems: Problem[] };

/** Checks grouped by the tables they read, so each group scans only those (see fromClause). */
export async function runSqlChecks(db: DuckDBConnection, ctx: AuditContext, object: string, checks: (SqlCheck & { ord: number })[], weights: Record<string, number>): Promise<Results> {
  const groups = new Map<string, (SqlCheck & { ord: number })[]>();
  for (const c of checks) {
    const key = [...aliasesIn(`${c.applicable} ${c.failing} ${c.value} ${c.message}`)].sort().join('');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Results = { results: [], problems: [] };
  for (const [key, group] of groups) {
    const res = await runCheckGroup(db, ctx, object, group, weights, new Set(key.split('') as Alias[]));
    out.results.push(...res.results);
    out.problems.push(...res.problems);
  }
  return out;
}

async function runCheckGroup(db: DuckDBConnection, ctx: AuditContext, object: string, original: (SqlCheck & { ord: number })[], weights: Record<string, number>, need: Set<Alias>): Promise<Results> {
  if (!original.length) return { results: [], problems: [] };
  const checks = original.map((c) => ({ ...c, applicable: forScan(ctx, object, c.applicable), failing: forScan(ctx, object, c.failing), value: forScan(ctx, object, c.value), message: forScan(ctx, object, c.message) }));
  // The record Id comes from t or r: derived columns alone carry none.
  if (!need.has('t') && !need.has('r')) need.add('r');
  const from = fromClause(ctx, object, need);
  const idAlias: Alias = need.has('t') ? 't' : 'r';
  // One scan of the object evaluates every check into plain columns (a_i applicable, f_i failed,
  // v_i/m_i value and message of failures only). Everything after reads that narrow temp table
  // by column name: big predicates appear once in the SQL, which keeps DuckDB's planning linear.
  const inner = checks.map((c, i) => `COALESCE((${c.applicable}), FALSE) AS a${i}, COALESCE((${c.applicable}) AND (${c.failing}), FALSE) AS f${i}, CAST(${c.value} AS VARCHAR) AS v${i}, CAST(${c.message} AS VARCHAR) AS m${i}`);
  const outer = checks.map((_, i) => `a${i}, f${i}, CASE WHEN f${i} THEN v${i} END AS v${i}, CASE WHEN f${i} THEN m${i} END AS m${i}`);
  try {
    await db.run(`CREATE OR REPLACE TEMP TABLE audit_eval AS SELECT id, ${outer.join(', ')} FROM (SELECT ${idExpr(ctx, object, idAlias)} AS id, ${inner.join(', ')} FROM ${from})`);
  } catch (e) {
    const problems = await brokenChecks(db, ctx, object, checks);
    return { results: [], problems: problems.length ? problems : [{ code: 'audit_failed', field: object, message: `checks on ${object} failed: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const [row] = await queryRows<Record<string, bigint>>(db, `SELECT ${checks.map((_, i) => `count(*) FILTER (WHERE a${i}) AS e${i}, count(*) FILTER (WHERE f${i}) AS f${i}`).join(', ')} FROM audit_eval`);
  const selects = checks.map((c, i) => `SELECT ${c.ord} AS ord, ${lit(object)} AS object, id, ${c.field ? lit(c.field) : 'NULL'} AS field, ${lit(c.code)} AS code, ${lit(c.id)} AS "check", v${i} AS value, NULL AS cluster, m${i} AS message FROM audit_eval WHERE f${i}`);
  // Batches of UNION ALL keep each statement small for packs with hundreds of checks on one object.
  for (let i = 0; i < selects.length; i += 50) await db.run(`INSERT INTO memory.audit.findings ${selects.slice(i, i + 50).join(' UNION ALL ')}`);
  const w = (c: SqlCheck) => weights[c.severity] ?? 1;
  await db.run(`INSERT INTO memory.audit.record_scores SELECT ${lit(object)}, id, ${checks.map((c, i) => `${w(c)} * a${i}::INTEGER`).join(' + ')}, ${checks.map((c, i) => `${w(c)} * f${i}::INTEGER`).join(' + ')} FROM audit_eval WHERE ${checks.map((_, i) => `f${i}`).join(' OR ')}`);
  await db.run('DROP TABLE audit_eval');
  return {
    results: checks.map((c, i) => ({ id: c.id, evaluated: Number(row[`e${i}`]), failed: Number(row[`f${i}`]) })),
    problems: [],
  };
}
