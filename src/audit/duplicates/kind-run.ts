/**
 * One kind's run (people, or accounts) as steps, so that find-duplicates.ts can overlap one kind's
 * JS (the pair finder, seconds at a million records) with DuckDB working through the other kind's
 * SQL: DuckDB runs a statement on its own threads while the JS thread computes. The steps:
 *  lookups() → the integers (SQL) → read() → find() (JS) → write() → the score (SQL) → finish().
 * Only one statement is ever outstanding on the connection.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent } from '../../snapshot/duckdb-types.js';
import { queryRows } from '../../snapshot/duckdb.js';
import { BLOCKING_KEYS } from './blocking.js';
import { findCandidates, intsLayout, readInts, writeCandidates, type Candidates, type Ints, type IntsLayout } from './candidate-pairs.js';
import { buildFindings, type MatchedPair, type RecordMeta } from './clusters.js';
import { COMPARISONS } from './comparisons.js';
import { gateFor } from './evidence-gate.js';
import type { HelperTables } from './helper-tables.js';
import { reasonText } from './reason.js';
import { lookupsSql, recordsView, type Lookups, type MatchKind, type RecordSource } from './records-sql.js';
import { DEFAULT_THRESHOLD, namesOnlyPenalty, scoreToWeight } from './score-model.js';
import { LEVEL_BITS, scoreSql, type ScoreQuery } from './score-sql.js';
import type { DuplicateFinding, DuplicateOptions, DuplicateStats } from './types.js';

/** Identifier columns whose shared values are counted (score-model.ts, tf 'count'). */
const SHARED_COUNT_COLUMNS = ['email', 'email_local', 'p0', 'p1', 'p2', 'p3', 'street', 'dob', 'org', 'company', 'domain'];
/** Match columns whose presence decides which keys and comparisons run. */
const DATA_COLUMNS = ['fn', 'ln', 'lsx', 'email', 'email_local', 'p0', 'p1', 'p2', 'p3', 'street', 'city', 'pc', 'state', 'dob', 'org', 'company', 'company_key', 'domain'];
/** Default for DuplicateOptions.maxBlock. */
export const MAX_BLOCK = 16;

export interface KindContext {
  kind: MatchKind;
  sources: RecordSource[];
  helpers: HelperTables;
  companies: { companies: string; accountCompanies: string };
  /** Prefix of this kind's tables; every table it creates is pushed to `created` first. */
  prefix: string;
  created: string[];
  crossObject: boolean;
  opts: DuplicateOptions;
  stats: DuplicateStats;
}

export class KindRun {
  readonly total: number;
  private readonly t: { ints: string; pairs: string; rids: string; match: string };
  private own?: Omit<Lookups, 'companies' | 'accountCompanies'>;
  private lookups_?: Lookups;
  private countries: Record<string, string | undefined> = {};
  private layout?: IntsLayout;
  private ints?: Ints;
  private candidates?: Candidates;
  private query?: ScoreQuery;
  private comparisons: typeof COMPARISONS = [];
  private readonly minWeight: number;

  get kind(): MatchKind {
    return this.c.kind;
  }

  /** "1,000,000 Contact, 200,000 Lead", for progress messages. */
  get label(): string {
    return this.c.sources.map((s) => `${s.rows.toLocaleString('en-US')} ${s.roles.object}`).join(', ');
  }

  constructor(private readonly db: DuckDBConnection, private readonly c: KindContext) {
    const p = c.prefix;
    this.t = { ints: `${p}ints`, pairs: `${p}cand`, rids: `${p}rids`, match: `${p}match` };
    c.created.push(...Object.values(this.t));
    for (const s of c.sources) c.stats.records[s.roles.object] = s.rows;
    this.total = c.sources.reduce((a, s) => a + s.rows, 0);
    this.minWeight = scoreToWeight(c.opts.threshold ?? DEFAULT_THRESHOLD);
  }

  /** Builds the lookups; returns the statement writing the integers blocking reads. */
  async lookups(): Promise<string> {
    const { kind, sources, helpers, opts } = this.c;
    this.countries = await defaultCountries(this.db, sources, helpers);
    const { sql, lookups } = lookupsSql(this.c.prefix, sources, helpers, this.countries);
    this.c.created.push(...Object.values(lookups));
    for (const s of sql) await this.db.run(s);
    this.own = lookups;
    this.lookups_ = { ...lookups, ...this.c.companies };
    this.layout = intsLayout({
      view: recordsView(sources, this.lookups_, this.countries, kind), table: this.t.ints, total: this.total,
      keys: BLOCKING_KEYS.filter((k) => k.kind === kind && (!opts.blockingKeys || k.pairs === false || opts.blockingKeys.includes(k.id))),
      maxBlock: opts.maxBlock ?? MAX_BLOCK, gate: opts.evidenceGate === false ? undefined : gateFor(kind, this.minWeight), dataColumns: DATA_COLUMNS,
    });
    return this.layout.sql;
  }

  async read(): Promise<void> {
    this.ints = await readInts(this.db, this.layout!);
  }

  /** The pair finder and the evidence gate, in JS. */
  find(): void {
    const { sources, crossObject, stats, kind } = this.c;
    // Without cross-object matching, pairs stay inside one object's rid range.
    const objectOf = crossObject ? undefined : (rid: number) => sources.findIndex((s) => rid < s.offset + s.span);
    this.candidates = findCandidates(this.layout!, this.ints!, objectOf);
    this.ints = undefined;
    const { found } = this.candidates;
    stats.candidatePairs += found.candidates;
    stats.scoredPairs = (stats.scoredPairs ?? 0) + found.x.length;
    for (const [id, pairs] of Object.entries(found.pairsByKey)) if (pairs > 0) stats.pairsByKey[`${kind}:${id}`] = (stats.pairsByKey[`${kind}:${id}`] ?? 0) + pairs;
  }

  /**
   * Writes the pairs to score and drops the lookups after; returns the one statement that builds
   * those pairs' records (a materialised CTE, read twice) and scores them.
   */
  async write(): Promise<string> {
    const { kind, sources } = this.c;
    const counted = await writeCandidates(this.db, this.candidates!, SHARED_COUNT_COLUMNS, { pairs: this.t.pairs, rids: this.t.rids });
    const present = this.candidates!.present;
    this.comparisons = COMPARISONS.filter((c) => c.kind === kind && c.needs.some((col) => present.has(col)));
    this.query = scoreSql(this.comparisons, 'rec', SHARED_COUNT_COLUMNS, counted, this.t.pairs, this.total, this.minWeight, namesOnlyPenalty(this.total));
    return `CREATE OR REPLACE TEMP TABLE ${this.t.match} AS
WITH rec AS MATERIALIZED (${recordsView(sources, this.lookups_!, this.countries, kind, this.t.rids)})
${this.query.sql}`;
  }

  /** The matched pairs, clustered into findings; this kind's tables dropped. */
  async finish(): Promise<DuplicateFinding[]> {
    const { sources, stats } = this.c;
    const q = this.query!;
    const rows = await queryRows<Record<string, unknown>>(this.db, `SELECT * FROM ${this.t.match} ORDER BY a, b`);
    stats.matchedPairs += rows.length;
    // Many pairs share a reason: the same levels, similarities and (where a level names them) names.
    const reasons = new Map<string, string>();
    const level = (lv: number, i: number) => (lv >> (LEVEL_BITS * i)) & ((1 << LEVEL_BITS) - 1);
    const naming = this.comparisons.map((c) => c.levels.map((l) => /\{[xy]\}/.test(l.text)));
    const matched: MatchedPair[] = rows.map((r) => {
      const lv = Number(r.lv);
      const sims = q.simColumns.map((s) => (Number(r[s]) < 0 ? null : Number(r[s])));
      const names = naming.some((n, i) => n[level(lv, i)]) ? `${r.x_fn}|${r.y_fn}` : '';
      const key = `${lv}|${sims.map((x) => x?.toFixed(2)).join('|')}|${names}|${r.corroborated}`;
      let reason = reasons.get(key);
      if (reason === undefined) {
        reason = reasonText(this.comparisons, {
          levels: Object.fromEntries(q.packed.map((id, i) => [id, level(lv, i)])),
          sims: Object.fromEntries(q.simColumns.map((s, i) => [s, sims[i]])),
          fn: [r.x_fn as string | null, r.y_fn as string | null],
        }) + (r.corroborated ? '' : ' (names only)');
        reasons.set(key, reason);
      }
      return { a: Number(r.a), b: Number(r.b), weight: Number(r.w), reason };
    });
    const meta = new Map<number, RecordMeta>();
    const objectOf = (rid: number) => sources.find((s) => rid < s.offset + s.span)!.roles.object;
    for (const r of rows) {
      for (const [rid, side] of [[Number(r.a), 'x'], [Number(r.b), 'y']] as const) {
        if (!meta.has(rid)) meta.set(rid, { obj: objectOf(rid), id: String(r[`${side}_id`]), created: r[`${side}_created`] === null ? null : Number(r[`${side}_created`]), filled: Number(r[`${side}_filled`]) });
      }
    }
    // Free this kind's tables before the next kind: memory, not correctness.
    for (const t of [...Object.values(this.t), ...Object.values(this.own!)]) await this.db.run(`DROP TABLE IF EXISTS ${t}`);
    this.candidates = undefined;
    return buildFindings(matched, meta);
  }
}

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
