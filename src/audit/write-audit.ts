/**
 * Writes an audit run directory per contract: audit.json, findings.csv (a DuckDB COPY, in check
 * order then record Id, so the same snapshot and pack give the same bytes), fixes/<Object>.csv
 * (Data Loader update files for the mechanical fixes — proposed, never applied) and
 * records.csv (each imperfect record's 0–100 score, worst first).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadedSnapshot } from '../snapshot/load-snapshot.js';
import { queryRows } from '../snapshot/duckdb.js';
import type { AuditPlan } from './pack.js';
import type { AuditResult } from './run-audit.js';
import { RID } from './scan-source.js';
import { lit, quoteIdent } from './sql.js';

/** The stored table fix proposals point into (by rowid). */
function storeOf(audit: AuditResult, object: string): string {
  const o = audit.ctx.objects[object];
  return o.storeTable ?? `(SELECT row_number() OVER () - 1 AS rowid, * FROM ${o.table})`;
}

export interface WrittenAudit { dir: string; files: string[]; byCode: Record<string, number> }

export async function writeAudit(dir: string, snap: LoadedSnapshot, plan: AuditPlan, audit: AuditResult): Promise<WrittenAudit> {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const db = audit.db;
  const files: string[] = [];
  const byCodeRows = await queryRows<{ code: string; n: bigint }>(db, 'SELECT code, count(*) AS n FROM memory.audit.findings GROUP BY code ORDER BY code');
  const byCode = Object.fromEntries(byCodeRows.map((r) => [r.code, Number(r.n)]));
  const report = {
    format: 'crmready-audit/1',
    snapshot: {
      name: snap.manifest.name, asOf: snap.manifest.asOf, source: snap.manifest.source.kind, dir: snap.dir,
      objects: Object.fromEntries(Object.entries(snap.objects).map(([k, o]) => [k, o.rows])),
    },
    packs: plan.packs,
    score: { ...audit.score, overall: audit.score.overall ?? 0 },
    checks: audit.checks.map((c) => ({ ...c, field: c.field ?? null })),
    findings: { total: audit.findings, byCode },
    // The loader's warnings (columns schema.json lacks, …) qualify the run as much as the checks'
    // do; the CLI prints both, audit.json must keep both.
    warnings: [...snap.warnings, ...audit.warnings],
  };
  writeFileSync(join(out, 'audit.json'), JSON.stringify(report, null, 2) + '\n');
  files.push('audit.json');

  await db.run(`COPY (SELECT object, id, NULLIF(field, '') AS field, code, "check", NULLIF(value, '') AS value, NULLIF(cluster, '') AS cluster, message
    FROM memory.audit.findings ORDER BY ord, object, id, field) TO ${lit(join(out, 'findings.csv'))} (HEADER, DELIMITER ',', QUOTE '"', ESCAPE '"')`);
  files.push('findings.csv');

  // A record's score: 100 × (1 − weight of the checks it failed / weight of the checks that evaluated it).
  // Its weights arrive in parts (one per group of checks that scanned it): sum them first.
  // Findings are counted per record before the join, codes as a sorted distinct list: a DISTINCT
  // … ORDER BY aggregate sorts every group and cost ~2 s CPU at 350k records.
  await db.run(`COPY (SELECT s.object, s.id, round(100 * (1 - s.fw / s.aw), 1) AS score, coalesce(f.n, 0) AS findings, f.codes
    FROM (SELECT object, id, sum(applicable_weight) AS aw, sum(failed_weight) AS fw FROM memory.audit.record_scores GROUP BY ALL) s
    LEFT JOIN (SELECT object, id, count(*) AS n, array_to_string(list_sort(list_distinct(list(code))), ';') AS codes FROM memory.audit.findings WHERE id IS NOT NULL GROUP BY ALL) f
      ON f.object = s.object AND f.id = s.id
    ORDER BY score, s.object, s.id) TO ${lit(join(out, 'records.csv'))} (HEADER, DELIMITER ',')`);
  files.push('records.csv');

  rmSync(join(out, 'fixes'), { recursive: true, force: true });
  mkdirSync(join(out, 'fixes'), { recursive: true });
  // The proposals were computed during the check scan (run-checks.ts); here they get their Ids.
  for (const object of Object.keys(audit.fixes).sort()) {
    const { table, fields } = audit.fixes[object];
    const file = join(out, 'fixes', `${object}.csv`);
    const cols = fields.map((f, k) => `f.__fix${k} AS ${quoteIdent(f)}`);
    await db.run(`CREATE OR REPLACE TEMP TABLE fix_rows AS SELECT s."Id" AS "Id", ${cols.join(', ')} FROM ${table} f JOIN ${storeOf(audit, object)} s ON s.rowid = f.${RID}`);
    const [{ n }] = await queryRows<{ n: bigint }>(db, 'SELECT count(*) AS n FROM fix_rows');
    // Only the columns with at least one proposal, and no file at all when nothing needs fixing.
    if (Number(n) === 0) continue;
    const used = await queryRows<Record<string, bigint>>(db, `SELECT ${fields.map((f, i) => `count(${quoteIdent(f)}) AS c${i}`).join(', ')} FROM fix_rows`);
    const keep = fields.filter((_, i) => Number(used[0][`c${i}`]) > 0);
    await db.run(`COPY (SELECT "Id", ${keep.map(quoteIdent).join(', ')} FROM fix_rows ORDER BY "Id") TO ${lit(file)} (HEADER, DELIMITER ',')`);
    await db.run('DROP TABLE fix_rows');
    files.push(`fixes/${object}.csv`);
  }
  return { dir: out, files, byCode };
}
