/**
 * Runs the SQL checks of one object on DuckDB, in two passes over its stored table (scan-source.ts):
 *  1. every record: each check's applicable/failed flags, packed into bit masks (a narrow table,
 *     cheap to write and to count), and the mechanical fix proposals (fixes/<Object>.csv);
 *  2. only the records that failed something: their Id and each failure's value and message.
 * Values and messages are text built per finding; building them for every record (then dropping
 * them) cost more than the checks. Findings and record scores go into the `audit` schema of the
 * in-memory database — never into the snapshot's tables — so findings.csv is a COPY, not a million
 * JS objects.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Problem } from '../core/problem.js';
import { queryRows } from '../snapshot/duckdb.js';
import type { AuditContext, SqlCheck } from './check-types.js';
import { hoistTexts, idOnScan, onScan, RID, scanRelation } from './scan-source.js';
import { lit, quoteIdent } from './sql.js';

export async function createAuditTables(db: DuckDBConnection): Promise<void> {
  await db.run('CREATE SCHEMA IF NOT EXISTS memory.audit');
  await db.run(`CREATE OR REPLACE TABLE memory.audit.findings (ord INTEGER, object VARCHAR, id VARCHAR, field VARCHAR, code VARCHAR, "check" VARCHAR, value VARCHAR, cluster VARCHAR, message VARCHAR)`);
  await db.run(`CREATE OR REPLACE TABLE memory.audit.record_scores (object VARCHAR, id VARCHAR, applicable_weight DOUBLE, failed_weight DOUBLE)`);
}

/** Derived stages of a set of checks, merged by position and name. */
export function mergedStages(checks: SqlCheck[]): Record<string, string>[] {
  const stages: Map<string, string>[] = [];
  for (const c of checks) {
    (c.derive ?? []).forEach((stage, i) => {
      stages[i] ??= new Map();
      for (const [k, v] of Object.entries(stage)) stages[i].set(k, v);
    });
  }
  return stages.map((m) => Object.fromEntries(m ?? []));
}

/** Which of t (typed), r (raw), d (derived) some SQL reads. Custom SQL may leave names unquoted (t.Amount). */
export function aliasesIn(sql: string): Set<'t' | 'r' | 'd'> {
  const used = new Set<'t' | 'r' | 'd'>();
  for (const m of sql.matchAll(/\b([trd])\.(?=["A-Za-z_])/g)) used.add(m[1] as 't' | 'r' | 'd');
  return used;
}

const groupKey = (c: SqlCheck): string => c.group ?? [...aliasesIn(`${c.applicable} ${c.failing} ${c.value} ${c.message}`)].sort().join('');

/**
 * The order checks are reported in audit.json: grouped by the aliases they read, groups in order of
 * first appearance. Scans were once run per such group; the order is kept so reports stay stable.
 */
export function reportOrder<C extends SqlCheck>(checks: C[]): C[] {
  const groups = new Map<string, C[]>();
  for (const c of checks) groups.set(groupKey(c), [...(groups.get(groupKey(c)) ?? []), c]);
  return [...groups.values()].flat();
}

/** Mechanical fix proposals of one object: a table of (rid, one column per fixed field). */
export interface FixTable { table: string; fields: string[] }

export type Results = { results: { id: string; evaluated: number; failed: number }[]; problems: Problem[]; fixes?: FixTable };

/** Bits per mask column: BIGINT, sign bit unused. */
const BITS = 62;
const bit = (mask: string, j: number) => `((${mask} >> ${j % BITS}) & 1)`;
const maskCol = (kind: 'a' | 'f', j: number) => `__${kind}m${Math.floor(j / BITS)}`;

/** Finds which check's SQL is broken, so the error names the check (and its pack entry) rather than the object. */
async function brokenChecks(db: DuckDBConnection, ctx: AuditContext, object: string, checks: SqlCheck[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const c of checks) {
    try {
      const s = (sql: string) => onScan(ctx, object, sql);
      await db.run(`SELECT count(*) FROM ${scanRelation(ctx, object, c.derive)} WHERE (${s(c.applicable)}) AND (${s(c.failing)}) AND length(${s(c.value)}) >= 0 AND length(${s(c.message)}) >= 0 LIMIT 0`);
    } catch (e) {
      problems.push({ code: 'invalid_check_sql', ...c.source, field: c.id, message: `check ${c.id} on ${object}: ${(e as Error).message.split('\n')[0]}`, hint: 'fix the SQL of this check (t = typed row, r = raw text row; quote mixed-case names with double quotes)' });
    }
  }
  return problems;
}

/**
 * All SQL checks of one object: `checks` are scored (their counts and findings are returned),
 * `fixOnly` only contribute fix proposals. Every check with a `fix` proposes one where it fails.
 */
export async function runSqlChecks(db: DuckDBConnection, ctx: AuditContext, object: string, checks: (SqlCheck & { ord: number })[], weights: Record<string, number>, fixOnly: SqlCheck[] = []): Promise<Results> {
  if (!checks.length && !fixOnly.length) return { results: [], problems: [] };
  // Groups read the checks as written (hoisting turns r. into d.).
  const keys = checks.map(groupKey);
  const hoisted = hoistTexts([...checks, ...fixOnly]);
  const all: SqlCheck[] = hoisted;
  checks = hoisted.slice(0, checks.length) as (SqlCheck & { ord: number })[];
  const s = (sql: string) => onScan(ctx, object, sql);
  const stages = mergedStages(all);
  // Flags as plain columns, a layer below their use: applicable once, failing only where applicable.
  const aCols = all.map((c, i) => `COALESCE((${s(c.applicable)}), FALSE) AS __a${i}`);
  const fCols = all.map((c, i) => `CASE WHEN __a${i} THEN COALESCE((${s(c.failing)}), FALSE) ELSE FALSE END AS __f${i}`);
  const masks = (kind: 'a' | 'f') => Array.from({ length: Math.ceil(checks.length / BITS) }, (_, m) =>
    `(${checks.slice(m * BITS, (m + 1) * BITS).map((_, k) => `(__${kind}${m * BITS + k}::BIGINT << ${k})`).join(' | ')}) AS ${maskCol(kind, m * BITS)}`);
  // One fix column per field, the first failing check's proposal (in pack order).
  const fixed = all.map((c, i) => ({ c, i })).filter(({ c }) => c.fix && c.field);
  const fixFields = [...new Set(fixed.map(({ c }) => c.field!))];
  const fixCols = fixFields.map((f, k) => `COALESCE(${fixed.filter(({ c }) => c.field === f).map(({ c, i }) => `CASE WHEN __f${i} THEN CAST(${s(c.fix!)} AS VARCHAR) END`).join(', ')}) AS __fix${k}`);
  const flags = `(SELECT *, ${fCols.join(', ')} FROM (SELECT *, ${aCols.join(', ')} FROM ${scanRelation(ctx, object, stages)}) t) t`;
  try {
    await db.run(`CREATE OR REPLACE TEMP TABLE audit_eval AS SELECT ${[`${RID} AS ${RID}`, ...masks('a'), ...masks('f'), ...fixCols].join(', ')} FROM ${flags}`);
  } catch (e) {
    const problems = await brokenChecks(db, ctx, object, all);
    return { results: [], problems: problems.length ? problems : [{ code: 'audit_failed', field: object, message: `checks on ${object} failed: ${(e as Error).message.split('\n')[0]}` }] };
  }
  let fixes: FixTable | undefined;
  if (fixFields.length) {
    fixes = { table: `memory.audit.${quoteIdent(`fixes_${object}`)}`, fields: fixFields };
    await db.run(`CREATE OR REPLACE TABLE ${fixes.table} AS SELECT ${RID}, ${fixFields.map((_, k) => `__fix${k}`).join(', ')} FROM audit_eval WHERE ${fixFields.map((_, k) => `__fix${k} IS NOT NULL`).join(' OR ')}`);
  }
  if (!checks.length) {
    await db.run('DROP TABLE audit_eval');
    return { results: [], problems: [], fixes };
  }
  // Counted over the distinct mask combinations (a few hundred, however many records): one
  // grouping pass instead of two filtered counts per check over every record.
  const allMasks = [...new Set(checks.flatMap((_, j) => [maskCol('a', j), maskCol('f', j)]))];
  const [row] = await queryRows<Record<string, bigint>>(db, `SELECT ${checks.map((_, j) => `sum(n) FILTER (WHERE ${bit(maskCol('a', j), j)} = 1)::BIGINT AS e${j}, sum(n) FILTER (WHERE ${bit(maskCol('f', j), j)} = 1)::BIGINT AS f${j}`).join(', ')}
    FROM (SELECT ${allMasks.join(', ')}, count(*) AS n FROM audit_eval GROUP BY ALL)`);

  // Pass 2: the failing records only, joined back to their stored rows by rid.
  const fMasks = [...new Set(checks.map((_, j) => maskCol('f', j)))];
  const aMasks = [...new Set(checks.map((_, j) => maskCol('a', j)))];
  const failing = `(SELECT ${RID}, ${[...aMasks, ...fMasks].join(', ')} FROM audit_eval WHERE ${fMasks.map((m) => `${m} <> 0`).join(' OR ')})`;
  const w = (c: SqlCheck) => weights[c.severity] ?? 1;
  const perCheck = checks.map((c, j) => {
    const failed = `${bit(maskCol('f', j), j)} = 1`;
    return `CASE WHEN ${failed} THEN CAST(${s(c.value)} AS VARCHAR) END AS v${j}, CASE WHEN ${failed} THEN CAST(${s(c.message)} AS VARCHAR) END AS m${j}`;
  });
  // A record's weights sum per group of checks (reportOrder) and count a group's applicable weight
  // only where the record failed a check of that group: records.csv has always scored that way.
  const groups = [...new Set(keys)].map((key) => keys.flatMap((k, j) => (k === key ? [j] : [])));
  const aw = groups.map((g) => `CASE WHEN ${g.map((j) => `${bit(maskCol('f', j), j)} = 1`).join(' OR ')} THEN ${g.map((j) => `${w(checks[j])} * ${bit(maskCol('a', j), j)}::INTEGER`).join(' + ')} ELSE 0 END`).join(' + ');
  const fw = checks.map((c, j) => `${w(c)} * ${bit(maskCol('f', j), j)}::INTEGER`).join(' + ');
  await db.run(`CREATE OR REPLACE TEMP TABLE audit_fail AS SELECT ${idOnScan(ctx, object)} AS id, ${fMasks.join(', ')}, ${aw} AS aw, ${fw} AS fw, ${perCheck.join(', ')}
    FROM ${scanRelation(ctx, object, stages, failing)}`);
  const selects = checks.map((c, j) => `SELECT ${c.ord} AS ord, ${lit(object)} AS object, id, ${c.field ? lit(c.field) : 'NULL'} AS field, ${lit(c.code)} AS code, ${lit(c.id)} AS "check", v${j} AS value, NULL AS cluster, m${j} AS message FROM audit_fail WHERE ${bit(maskCol('f', j), j)} = 1`);
  // Batches of UNION ALL keep each statement small for packs with hundreds of checks on one object.
  for (let i = 0; i < selects.length; i += 50) await db.run(`INSERT INTO memory.audit.findings ${selects.slice(i, i + 50).join(' UNION ALL ')}`);
  await db.run(`INSERT INTO memory.audit.record_scores SELECT ${lit(object)}, id, aw, fw FROM audit_fail`);
  await db.run('DROP TABLE audit_eval');
  await db.run('DROP TABLE audit_fail');
  return {
    results: checks.map((c, j) => ({ id: c.id, evaluated: Number(row[`e${j}`]), failed: Number(row[`f${j}`]) })),
    problems: [],
    fixes,
  };
}
