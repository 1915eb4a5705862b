/**
 * findDuplicates: fuzzy duplicate detection for Contacts, Leads (and Lead↔Contact) and Accounts.
 * Normalise → block → score (all DuckDB SQL) → cluster (union-find in JS) → findings.
 * Everything it creates is a TEMP table with a unique prefix, dropped before returning; the
 * snapshot's tables are only read.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../snapshot/duckdb.js';
import { BLOCKING_KEYS, blockingPairsSql } from './blocking.js';
import { buildFindings, type MatchedPair, type RecordMeta } from './clusters.js';
import { fieldRoles } from './field-roles.js';
import { createHelperTables, type HelperTables } from './helper-tables.js';
import { reasonText } from './reason.js';
import { recordsSql, frequenciesSql, type MatchKind, type RecordSource } from './records-sql.js';
import { COMPARISONS, DEFAULT_THRESHOLD, scoreToWeight } from './score-model.js';
import { scoreSql } from './score-sql.js';
import type { DedupeObject, DuplicateFinding, DuplicateOptions, DuplicateStats, DuplicateTable } from './types.js';

const KINDS: Record<MatchKind, DedupeObject[]> = { person: ['Contact', 'Lead'], account: ['Account'] };
/** Columns of the match table that get term frequencies (`<col>_n`). */
const TF_COLUMNS = ['fn', 'ln', 'email', 'email_local', 'dob', 'org', 'street', 'city', 'pc', 'state', 'company_key', 'domain'];
/** Match-table columns whose presence decides which keys and comparisons run. */
const DATA_COLUMNS = ['fn', 'ln', 'formal', 'fsx', 'lsx', 'email', 'email_local', 'phones', 'street', 'city', 'pc', 'state', 'dob', 'org', 'company', 'company_key', 'csx', 'domain'];

let runCounter = 0;

export async function findDuplicates(db: DuckDBConnection, tables: DuplicateTable[], _asOfIgnored?: unknown, opts: DuplicateOptions = {}): Promise<DuplicateFinding[]> {
  return (await findDuplicatesWithStats(db, tables, opts)).findings;
}

export async function findDuplicatesWithStats(db: DuckDBConnection, tables: DuplicateTable[], opts: DuplicateOptions = {}): Promise<{ findings: DuplicateFinding[]; stats: DuplicateStats }> {
  const prefix = `dup_${process.pid}_${++runCounter}_`;
  const stats: DuplicateStats = { records: {}, candidatePairs: 0, matchedPairs: 0, clusters: 0, ms: {} };
  const created: string[] = [];
  const findings: DuplicateFinding[] = [];
  try {
    const helpers = await createHelperTables(db, prefix);
    created.push(helpers.codes, helpers.nicknames);
    for (const kind of ['person', 'account'] as MatchKind[]) {
      const sources = tables.filter((t) => KINDS[kind].includes(t.object)).map((t) => ({ roles: fieldRoles(t.object, t.columns), table: t.table }));
      if (!sources.length) continue;
      const account = tables.find((t) => t.object === 'Account');
      const accountSource = account ? { roles: fieldRoles('Account', account.columns), table: account.table } : undefined;
      const objects = new Set(sources.map((s) => s.roles.object));
      const crossObject = (opts.crossObject ?? true) && objects.has('Contact') && objects.has('Lead');
      const res = await runKind(db, kind, sources, accountSource, helpers, `${prefix}${kind}_`, created, crossObject, opts, stats);
      findings.push(...res);
    }
  } finally {
    for (const t of created.reverse()) await db.run(`DROP TABLE IF EXISTS ${t}`);
  }
  stats.clusters = new Set(findings.map((f) => f.cluster)).size;
  return { findings, stats };
}

async function timed<T>(stats: DuplicateStats, step: string, f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await f();
  } finally {
    stats.ms[step] = Math.round((stats.ms[step] ?? 0) + performance.now() - t0);
  }
}

async function runKind(db: DuckDBConnection, kind: MatchKind, sources: RecordSource[], accounts: RecordSource | undefined, helpers: HelperTables, prefix: string, created: string[], crossObject: boolean, opts: DuplicateOptions, stats: DuplicateStats): Promise<DuplicateFinding[]> {
  const progress = opts.onProgress ?? (() => {});
  const raw = `${prefix}raw`, records = `${prefix}rec`, pairs = `${prefix}pairs`, candidates = `${prefix}cand`, matches = `${prefix}match`;
  created.push(raw, records, pairs, candidates, matches);

  progress(`duplicates: normalising ${sources.map((s) => s.roles.object).join(', ')}…`);
  await timed(stats, `${kind}:normalise`, async () => {
    const countries = await defaultCountries(db, sources, helpers);
    await db.run(recordsSql(raw, sources, accounts, helpers, countries));
    await db.run(frequenciesSql(records, raw, TF_COLUMNS));
    await db.run(`DROP TABLE ${raw}`);
  });
  const present = await presentColumns(db, records);
  for (const s of sources) stats.records[s.roles.object] = present.rows[s.roles.object] ?? 0;
  const total = Object.values(present.rows).reduce((a, b) => a + b, 0);
  if (total < 2) return [];

  const window = opts.window ?? 24;
  await db.run(`CREATE OR REPLACE TEMP TABLE ${pairs} (a INTEGER, b INTEGER)`);
  const keys = BLOCKING_KEYS.filter((k) => k.kind === kind && k.needs.every((c) => present.columns.has(c)));
  await timed(stats, `${kind}:block`, async () => {
    for (const key of keys) {
      progress(`duplicates: blocking ${kind} records on ${key.id}…`);
      await db.run(blockingPairsSql(key, records, pairs, window, crossObject));
    }
    await db.run(`CREATE OR REPLACE TEMP TABLE ${candidates} AS SELECT DISTINCT a, b FROM ${pairs} WHERE a <> b`);
    await db.run(`DROP TABLE ${pairs}`);
  });
  const [{ n }] = await queryRows<{ n: bigint }>(db, `SELECT count(*) AS n FROM ${candidates}`);
  stats.candidatePairs += Number(n);

  const comparisons = COMPARISONS.filter((c) => c.kind === kind && c.needs.some((col) => present.columns.has(col)));
  const minWeight = scoreToWeight(opts.threshold ?? DEFAULT_THRESHOLD);
  progress(`duplicates: scoring ${Number(n).toLocaleString('en-US')} candidate ${kind} pairs…`);
  const q = scoreSql(comparisons, records, candidates, total, minWeight);
  const rows = await timed(stats, `${kind}:score`, async () => {
    await db.run(`CREATE OR REPLACE TEMP TABLE ${matches} AS ${q.sql}`);
    return queryRows<Record<string, unknown>>(db, `SELECT * FROM ${matches} ORDER BY a, b`);
  });
  stats.matchedPairs += rows.length;
  const matched: MatchedPair[] = rows.map((r) => ({
    a: Number(r.a), b: Number(r.b), weight: Number(r.w),
    reason: reasonText(comparisons, {
      levels: Object.fromEntries(Object.entries(q.levelColumns).map(([id, col]) => [id, Number(r[col])])),
      sims: Object.fromEntries(q.simColumns.map((s) => [s, r[s] === null ? null : Number(r[s])])),
      fn: [r.x_fn as string | null, r.y_fn as string | null],
    }),
  }));
  const meta = await recordMeta(db, records, matches);
  return buildFindings(matched, meta);
}

/** Per object, the country most of its records name: assumed for phones of records without one. */
async function defaultCountries(db: DuckDBConnection, sources: RecordSource[], helpers: HelperTables): Promise<Record<string, string | undefined>> {
  const out: Record<string, string | undefined> = {};
  for (const s of sources) {
    if (!s.roles.country) continue;
    const rows = await queryRows<{ key: string }>(db, `SELECT k.key FROM ${s.table} t JOIN ${helpers.codes} k ON k.key = lower(TRIM(CAST(t."${s.roles.country.replace(/"/g, '""')}" AS VARCHAR))) GROUP BY k.cc, k.key ORDER BY count(*) DESC, k.key LIMIT 1`);
    out[s.roles.object] = rows[0]?.key;
  }
  return out;
}

async function presentColumns(db: DuckDBConnection, records: string): Promise<{ columns: Set<string>; rows: Record<string, number> }> {
  const counts = DATA_COLUMNS.map((c) => (c === 'phones' ? `count(*) FILTER (WHERE len(phones) > 0) AS phones` : `count(${c}) AS ${c}`));
  const rows = await queryRows<Record<string, bigint | string>>(db, `SELECT obj, count(*) AS n, ${counts.join(', ')} FROM ${records} GROUP BY obj`);
  const columns = new Set(DATA_COLUMNS.filter((c) => rows.some((r) => Number(r[c]) > 0)));
  return { columns, rows: Object.fromEntries(rows.map((r) => [String(r.obj), Number(r.n)])) };
}

async function recordMeta(db: DuckDBConnection, records: string, matches: string): Promise<Map<number, RecordMeta>> {
  const rows = await queryRows<{ rid: number; obj: string; id: string; created: number | null; filled: number }>(db, `
    SELECT rid, obj, id, epoch_ms(created)::DOUBLE AS created, filled FROM ${records}
    WHERE rid IN (SELECT a FROM ${matches} UNION SELECT b FROM ${matches})`);
  return new Map(rows.map((r) => [Number(r.rid), { obj: r.obj, id: r.id, created: r.created === null ? null : Number(r.created), filled: Number(r.filled) }]));
}
