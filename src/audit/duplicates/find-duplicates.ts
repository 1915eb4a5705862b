/**
 * findDuplicates: fuzzy duplicate detection for Contacts, Leads (and Lead↔Contact) and Accounts.
 * Normalise (DuckDB SQL) → block and gate (JS over integers) → score (SQL) → cluster (union-find
 * in JS) → findings. Everything it creates is a TEMP table with a unique prefix, dropped before
 * returning; the snapshot's tables are only read.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../snapshot/duckdb.js';
import { fieldRoles } from './field-roles.js';
import { createHelperTables } from './helper-tables.js';
import { KindRun } from './kind-run.js';
import { companiesSql, type MatchKind, type RecordSource } from './records-sql.js';
import type { DedupeObject, DuplicateFinding, DuplicateOptions, DuplicateStats, DuplicateTable } from './types.js';

export { MAX_BLOCK } from './kind-run.js';

const KINDS: Record<MatchKind, DedupeObject[]> = { person: ['Contact', 'Lead'], account: ['Account'] };

let runCounter = 0;

export async function findDuplicates(db: DuckDBConnection, tables: DuplicateTable[], _asOfIgnored?: unknown, opts: DuplicateOptions = {}): Promise<DuplicateFinding[]> {
  return (await findDuplicatesWithStats(db, tables, opts)).findings;
}

export async function findDuplicatesWithStats(db: DuckDBConnection, tables: DuplicateTable[], opts: DuplicateOptions = {}): Promise<{ findings: DuplicateFinding[]; stats: DuplicateStats }> {
  const prefix = `dup_${process.pid}_${++runCounter}_`;
  const stats: DuplicateStats = { records: {}, candidatePairs: 0, matchedPairs: 0, clusters: 0, pairsByKey: {}, ms: {} };
  const created: string[] = [];
  const findings: DuplicateFinding[] = [];
  try {
    const helpers = await createHelperTables(db, prefix);
    created.push(helpers.codes, helpers.nicknames);
    const companies = { companies: `${prefix}companies`, accountCompanies: `${prefix}account_companies` };
    created.push(companies.companies, companies.accountCompanies);
    const copies = (object: string) => {
      const t = `${prefix}src_${object}`;
      if (!created.includes(t)) created.push(t);
      return t;
    };
    const all = await sourcesOf(db, tables, copies);
    await timed(stats, 'companies', async () => {
      for (const sql of companiesSql(companies.companies, companies.accountCompanies, all)) await db.run(sql);
    });
    const runs: KindRun[] = [];
    for (const kind of ['person', 'account'] as MatchKind[]) {
      const sources = await sourcesOf(db, tables.filter((t) => KINDS[kind].includes(t.object)).map((t) => ({ ...t, table: all.find((s) => s.roles.object === t.object)!.table })), copies);
      if (!sources.length) continue;
      const objects = new Set(sources.map((s) => s.roles.object));
      const crossObject = (opts.crossObject ?? true) && objects.has('Contact') && objects.has('Lead');
      const run = new KindRun(db, { kind, sources, helpers, companies, prefix: `${prefix}${kind}_`, created, crossObject, opts, stats });
      if (run.total >= 2) runs.push(run);
    }
    findings.push(...(await runOverlapped(db, runs, stats, opts.onProgress ?? (() => {}))));
  } finally {
    for (const t of created.reverse()) await db.run(`DROP TABLE IF EXISTS ${t}`);
  }
  stats.clusters = new Set(findings.map((f) => f.cluster)).size;
  return { findings, stats };
}

/**
 * Rowid ranges per object, so `rid` = rowid + offset is unique across the objects of a kind.
 * `copies` names a temp table for a source that is a view (registered in `created`).
 */
async function sourcesOf(db: DuckDBConnection, tables: DuplicateTable[], copies: (object: string) => string): Promise<RecordSource[]> {
  const out: RecordSource[] = [];
  let offset = 0;
  for (const t of tables) {
    let table = t.table;
    let span: { n: bigint; top: bigint | null };
    try {
      [span] = await queryRows<{ n: bigint; top: bigint | null }>(db, `SELECT count(*) AS n, max(rowid) AS top FROM ${table}`);
    } catch {
      // A view has no rowid: copied once, as the records are read more than once and must keep their rids.
      table = copies(t.object);
      await db.run(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM ${t.table}`);
      [span] = await queryRows<{ n: bigint; top: bigint | null }>(db, `SELECT count(*) AS n, max(rowid) AS top FROM ${table}`);
    }
    const width = span.top === null ? 0 : Number(span.top) + 1;
    out.push({ roles: fieldRoles(t.object, t.columns), table, offset, rows: Number(span.n), span: width });
    offset += width;
  }
  return out;
}

async function timed<T>(stats: DuplicateStats, step: string, f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await f();
  } finally {
    stats.ms[step] = Math.round((stats.ms[step] ?? 0) + performance.now() - t0);
  }
}

/**
 * The kinds' steps, each kind's JS overlapping a statement on DuckDB's threads: the people's pair
 * finding while DuckDB normalises the accounts into integers, the accounts' pair finding while
 * DuckDB scores the people. Only one statement is ever outstanding on the connection.
 */
async function runOverlapped(db: DuckDBConnection, runs: KindRun[], stats: DuplicateStats, progress: (msg: string) => void): Promise<DuplicateFinding[]> {
  const out: DuplicateFinding[] = [];
  if (!runs.length) return out;
  const step = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      stats.ms[name] = Math.round((stats.ms[name] ?? 0) + performance.now() - t0);
    }
  };
  progress(`duplicates: normalising ${runs[0].label}…`);
  await step(`${runs[0].kind}:normalise`, async () => db.run(await runs[0].lookups()));
  await step(`${runs[0].kind}:block`, () => runs[0].read());
  let scoring: { run: KindRun; batch: Promise<unknown> } | undefined;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i], next = runs[i + 1];
    // DuckDB normalises the next kind while JS finds this kind's pairs.
    if (next) progress(`duplicates: normalising ${next.label}…`);
    const nextSql = next && (await step(`${next.kind}:normalise`, () => next.lookups()));
    const pending = nextSql ? timedPromise(stats, `${next.kind}:normalise`, db.run(nextSql)) : undefined;
    progress(`duplicates: blocking ${run.label}…`);
    await step(`${run.kind}:block`, () => run.find());
    await pending;
    // The previous kind's score ran meanwhile too: finish it before this kind's writes.
    if (scoring) out.push(...(await finish(scoring)));
    if (next) await step(`${next.kind}:block`, () => next.read());
    const batch = await step(`${run.kind}:block`, () => run.write());
    progress(`duplicates: scoring ${run.label}…`);
    scoring = { run, batch: timedPromise(stats, `${run.kind}:score`, db.run(batch)) };
  }
  out.push(...(await finish(scoring!)));
  return out;

  async function finish({ run, batch }: { run: KindRun; batch: Promise<unknown> }): Promise<DuplicateFinding[]> {
    await batch;
    return step(`${run.kind}:cluster`, () => run.finish());
  }
}

/** A promise whose time to settle is added to a step. */
function timedPromise<T>(stats: DuplicateStats, name: string, p: Promise<T>): Promise<T> {
  const t0 = performance.now();
  return p.finally(() => {
    stats.ms[name] = Math.round((stats.ms[name] ?? 0) + performance.now() - t0);
  });
}
