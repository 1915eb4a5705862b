/**
 * findDuplicates: fuzzy duplicate detection for Contacts, Leads (and Lead↔Contact) and Accounts.
 * Normalise → block → score (all DuckDB SQL) → cluster (union-find in JS) → findings.
 * Everything it creates is a TEMP table with a unique prefix, dropped before returning; the
 * snapshot's tables are only read.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent } from '../../snapshot/duckdb-types.js';
import { queryRows } from '../../snapshot/duckdb.js';
import { BLOCKING_KEYS, blocksSql, keysSql, pairsSql, sharedCountsSql, sharedKeysSql } from './blocking.js';
import { buildFindings, type MatchedPair, type RecordMeta } from './clusters.js';
import { fieldRoles, roleColumns } from './field-roles.js';
import { createHelperTables, type HelperTables } from './helper-tables.js';
import { reasonText } from './reason.js';
import { companiesSql, lookupsSql, recordsSql, type MatchKind, type RecordSource } from './records-sql.js';
import { DEFAULT_THRESHOLD, namesOnlyPenalty, scoreToWeight } from './score-model.js';
import { COMPARISONS } from './comparisons.js';
import { scoreSql } from './score-sql.js';
import type { DedupeObject, DuplicateFinding, DuplicateOptions, DuplicateStats, DuplicateTable } from './types.js';

const KINDS: Record<MatchKind, DedupeObject[]> = { person: ['Contact', 'Lead'], account: ['Account'] };
/** Identifier columns whose shared values are counted (score-model.ts, tf 'count'). */
const SHARED_COUNT_COLUMNS = ['email', 'email_local', 'p0', 'p1', 'p2', 'p3', 'street', 'dob', 'org', 'company', 'domain'];
/** Default for DuplicateOptions.maxBlock. */
export const MAX_BLOCK = 16;
/** Match-table columns whose presence decides which keys and comparisons run. */
const DATA_COLUMNS = ['fn', 'ln', 'formal', 'lsx', 'email', 'email_local', 'p0', 'p1', 'p2', 'p3', 'street', 'city', 'pc', 'state', 'dob', 'org', 'company', 'company_key', 'domain'];

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
    await timed(stats, 'companies', async () => {
      for (const sql of companiesSql(companies.companies, companies.accountCompanies, await sourcesOf(db, tables))) await db.run(sql);
    });
    for (const kind of ['person', 'account'] as MatchKind[]) {
      const sources = await sourcesOf(db, tables.filter((t) => KINDS[kind].includes(t.object)));
      if (!sources.length) continue;
      const objects = new Set(sources.map((s) => s.roles.object));
      const crossObject = (opts.crossObject ?? true) && objects.has('Contact') && objects.has('Lead');
      findings.push(...(await runKind(db, { kind, sources, helpers, companies, prefix: `${prefix}${kind}_`, created, crossObject, opts, stats })));
    }
  } finally {
    for (const t of created.reverse()) await db.run(`DROP TABLE IF EXISTS ${t}`);
  }
  stats.clusters = new Set(findings.map((f) => f.cluster)).size;
  return { findings, stats };
}

/** Rowid ranges per object, so `rid` = rowid + offset is unique across the objects of a kind. */
async function sourcesOf(db: DuckDBConnection, tables: DuplicateTable[]): Promise<RecordSource[]> {
  const out: RecordSource[] = [];
  let offset = 0;
  for (const t of tables) {
    let table = t.table;
    let span: { n: bigint; top: bigint | null };
    try {
      [span] = await queryRows<{ n: bigint; top: bigint | null }>(db, `SELECT count(*) AS n, max(rowid) AS top FROM ${table}`);
    } catch {
      // A view has no rowid: number its rows (slower, and only as deterministic as the view).
      table = `(SELECT row_number() OVER () - 1 AS rowid, * FROM ${t.table})`;
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

interface KindRun {
  kind: MatchKind; sources: RecordSource[]; helpers: HelperTables; companies: { companies: string; accountCompanies: string }; prefix: string;
  created: string[]; crossObject: boolean; opts: DuplicateOptions; stats: DuplicateStats;
}

async function runKind(db: DuckDBConnection, run: KindRun): Promise<DuplicateFinding[]> {
  const { kind, sources, helpers, prefix, created, opts, stats } = run;
  const progress = opts.onProgress ?? (() => {});
  const records = `${prefix}rec`, keysTable = `${prefix}keys`, blocks = `${prefix}blocks`, sharedKeys = `${prefix}shared_keys`, shared = `${prefix}shared`, candidates = `${prefix}cand`, matches = `${prefix}match`;
  created.push(records, keysTable, blocks, sharedKeys, shared, candidates, matches);
  for (const s of sources) stats.records[s.roles.object] = s.rows;
  const total = sources.reduce((a, s) => a + s.rows, 0);
  if (total < 2) return [];

  progress(`duplicates: normalising ${sources.map((s) => `${s.rows.toLocaleString('en-US')} ${s.roles.object}`).join(', ')}…`);
  await timed(stats, `${kind}:normalise`, async () => {
    const countries = await defaultCountries(db, sources, helpers);
    const { sql, lookups } = lookupsSql(prefix, sources, helpers, countries);
    created.push(...Object.values(lookups));
    for (const s of sql) await db.run(s);
    await db.run(recordsSql(records, sources, { ...lookups, ...run.companies }, countries, kind));
    for (const t of Object.values(lookups)) await db.run(`DROP TABLE ${t}`);
  });
  const present = await presentColumns(db, records);

  const maxBlock = opts.maxBlock ?? MAX_BLOCK;
  const keys = BLOCKING_KEYS.filter((k) => k.kind === kind && k.needs.every((c) => present.has(c)) && (!opts.blockingKeys || k.pairs === false || opts.blockingKeys.includes(k.id)));
  progress(`duplicates: blocking ${kind} records on ${keys.length} keys…`);
  await timed(stats, `${kind}:block`, async () => {
    await db.run(keysSql(keysTable, records, keys));
    for (const sql of blocksSql(blocks, keysTable, keys)) await db.run(sql);
    await db.run(sharedKeysSql(sharedKeys, keysTable, blocks, keys, maxBlock));
    await db.run(`DROP TABLE ${keysTable}`);
    // Without cross-object matching, pairs stay inside one object's rid range.
    const objectOf = run.crossObject ? undefined : (rid: string) => `CASE ${sources.map((s, i) => `WHEN ${rid} < ${s.offset + s.span} THEN ${i}`).join(' ')} END`;
    await db.run(pairsSql(candidates, sharedKeys, keys, maxBlock, objectOf));
    await db.run(sharedCountsSql(shared, sharedKeys, keys, SHARED_COUNT_COLUMNS));
    await db.run(`DROP TABLE ${sharedKeys}`);
    const perKey = await queryRows<{ kid: number; size: number; n: bigint }>(db, `SELECT kid, n AS size, count(*) AS n FROM ${blocks} WHERE n <= ${maxBlock} GROUP BY ALL`);
    for (const r of perKey) {
      const key = keys[r.kid];
      if (key.pairs === false || r.size > (key.maxBlock ?? maxBlock)) continue;
      const id = `${kind}:${key.id}`;
      stats.pairsByKey[id] = (stats.pairsByKey[id] ?? 0) + (Number(r.n) * r.size * (r.size - 1)) / 2;
    }
    await db.run(`DROP TABLE ${blocks}`);
  });
  const nCandidates = await count(db, candidates);
  stats.candidatePairs += nCandidates;

  const comparisons = COMPARISONS.filter((c) => c.kind === kind && c.needs.some((col) => present.has(col)));
  const minWeight = scoreToWeight(opts.threshold ?? DEFAULT_THRESHOLD);
  progress(`duplicates: scoring ${nCandidates.toLocaleString('en-US')} candidate ${kind} pairs…`);
  const q = scoreSql(comparisons, records, { table: shared, columns: SHARED_COUNT_COLUMNS }, candidates, total, minWeight, namesOnlyPenalty(total));
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
    }) + (r.corroborated ? '' : ' (names only)'),
  }));
  const meta = await timed(stats, `${kind}:cluster`, () => recordMeta(db, sources, matches));
  // Free this kind's tables before the next kind: memory, not correctness.
  for (const t of [records, shared, candidates, matches]) await db.run(`DROP TABLE IF EXISTS ${t}`);
  return buildFindings(matched, meta);
}

const count = async (db: DuckDBConnection, table: string): Promise<number> => Number((await queryRows<{ n: bigint }>(db, `SELECT count(*) AS n FROM ${table}`))[0].n);

/** Per object, the country most of its records name: assumed for phones of records without one. */
async function defaultCountries(db: DuckDBConnection, sources: RecordSource[], helpers: HelperTables): Promise<Record<string, string | undefined>> {
  const out: Record<string, string | undefined> = {};
  for (const s of sources) {
    if (!s.roles.country) continue;
    const rows = await queryRows<{ key: string }>(db, `SELECT k.key FROM ${s.table} t JOIN ${helpers.codes} k ON k.key = lower(TRIM(CAST(t.${quoteIdent(s.roles.country)} AS VARCHAR))) GROUP BY k.key ORDER BY count(*) DESC, k.key LIMIT 1`);
    out[s.roles.object] = rows[0]?.key;
  }
  return out;
}

/** Match-table columns with at least one value. */
async function presentColumns(db: DuckDBConnection, records: string): Promise<Set<string>> {
  const existing = new Set((await queryRows<{ column_name: string }>(db, `SELECT column_name FROM (DESCRIBE ${records})`)).map((r) => r.column_name));
  const cols = DATA_COLUMNS.filter((c) => existing.has(c));
  const [row] = await queryRows<Record<string, bigint>>(db, `SELECT ${cols.map((c) => `count(${c}) AS ${c}`).join(', ')} FROM ${records}`);
  return new Set(cols.filter((c) => Number(row[c]) > 0));
}

/** Id, CreatedDate and completeness of the matched records, read from their source rows. */
async function recordMeta(db: DuckDBConnection, sources: RecordSource[], matches: string): Promise<Map<number, RecordMeta>> {
  const out = new Map<number, RecordMeta>();
  for (const s of sources) {
    const r = s.roles;
    const filled = roleColumns(r).map((c) => `(NULLIF(TRIM(CAST(t.${quoteIdent(c)} AS VARCHAR)), '') IS NOT NULL)::INTEGER`).join(' + ') || '0';
    const created = r.created ? `epoch_ms(TRY_CAST(t.${quoteIdent(r.created)} AS TIMESTAMP))::DOUBLE` : 'NULL::DOUBLE';
    const rows = await queryRows<{ rid: bigint; id: string; created: number | null; filled: number }>(db, `
      SELECT t.rowid + ${s.offset} AS rid, CAST(t.${quoteIdent(r.id)} AS VARCHAR) AS id, ${created} AS created, ${filled} AS filled
      FROM ${s.table} t WHERE t.rowid + ${s.offset} IN (SELECT a FROM ${matches} UNION SELECT b FROM ${matches})`);
    for (const row of rows) out.set(Number(row.rid), { obj: r.object, id: row.id, created: row.created === null ? null : Number(row.created), filled: Number(row.filled) });
  }
  return out;
}
