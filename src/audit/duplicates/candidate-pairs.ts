/**
 * Blocking and the evidence gate, end to end, in four steps the caller can interleave with other
 * work (find-duplicates.ts runs one kind's JS while DuckDB works on the other's SQL):
 *  1. intsLayout / its `sql`: one table of integers per record — key parts, gate inputs, which
 *     match columns it fills — from the records view (nothing else is written);
 *  2. readInts: those integers into typed arrays;
 *  3. findCandidates: the pair finder (pair-finder.ts) groups them in JS and gates the pairs;
 *  4. writeCandidates: the pairs worth scoring go back to DuckDB with the first record's
 *     identifier counts, and the rids of their records, the only ones the score needs in full.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { keySpecs, type BlockingKey } from './blocking.js';
import { appendIntColumns, readIntColumns } from './column-io.js';
import type { Gate } from './evidence-gate.js';
import { findPairs, type KeySpec, type PairFinderResult } from './pair-finder.js';

export interface IntsLayout {
  /** Writes the integers table. */
  sql: string;
  table: string;
  /** Upper bound on the number of records. */
  total: number;
  rid: number;
  presence: number;
  /** Match columns of the presence bits, bit i for dataColumns[i]. */
  dataColumns: string[];
  keys: readonly BlockingKey[];
  specs: KeySpec[];
  gate?: Gate;
  gateColumns: (readonly [string, number])[];
}

/**
 * The integer columns to read: one per distinct SQL (keys and the gate share the email and phone
 * hashes), NULL as 0. `dataColumns` are the match columns whose presence decides which keys and
 * comparisons run.
 */
export function intsLayout(opts: { view: string; table: string; total: number; keys: readonly BlockingKey[]; maxBlock: number; gate?: Gate; dataColumns: readonly string[] }): IntsLayout {
  const columns: string[] = [];
  const column = (sql: string) => {
    const e = `coalesce(${sql}, 0)`;
    return columns.includes(e) ? columns.indexOf(e) : columns.push(e) - 1;
  };
  const dataColumns = [...opts.dataColumns];
  const rid = column('rid');
  const presence = column(dataColumns.map((c, i) => `(((${c}) IS NOT NULL)::INTEGER << ${i})`).join(' | ') || '0');
  const specs = keySpecs(opts.keys, opts.maxBlock, column);
  const gateColumns = Object.entries(opts.gate?.columns ?? {}).map(([name, sql]) => [name, column(sql)] as const);
  return {
    sql: `CREATE OR REPLACE TEMP TABLE ${opts.table} AS SELECT ${columns.map((c, i) => `${c} AS c${i}`).join(', ')} FROM (${opts.view})`,
    table: opts.table, total: opts.total, rid, presence, dataColumns, keys: opts.keys, specs, gate: opts.gate, gateColumns,
  };
}

export interface Ints { n: number; columns: Int32Array[] }

/** The integers table into arrays (then dropped). Written, then read: DuckDB streams this plan 25% slower than it writes it. */
export async function readInts(db: DuckDBConnection, layout: IntsLayout): Promise<Ints> {
  const ints = await readIntColumns(db, `SELECT * FROM ${layout.table}`, layout.total);
  await db.run(`DROP TABLE ${layout.table}`);
  return ints;
}

export interface Candidates {
  /** Match columns with at least one value. */
  present: Set<string>;
  rid: Int32Array;
  found: PairFinderResult;
}

/** The pair finder over the integers: keys needing a column no record fills are dropped. Pure JS. */
export function findCandidates(layout: IntsLayout, { n, columns }: Ints, objectOf?: (rid: number) => number): Candidates {
  const rid = columns[layout.rid].subarray(0, n);
  let bits = 0;
  for (const v of columns[layout.presence].subarray(0, n)) bits |= v;
  const present = new Set(layout.dataColumns.filter((_, i) => bits & (1 << i)));
  const { gate, gateColumns } = layout;
  const found = findPairs({
    n, columns, objectOf: objectOf && Int32Array.from(rid, objectOf),
    keys: layout.specs.filter((_, i) => layout.keys[i].needs.every((c) => present.has(c))),
    accept: gate && {
      columns: gateColumns.map(([, c]) => c),
      make: (rows) => gate.make(rows.values, rows.width, Object.fromEntries(gateColumns.map(([name, c]) => [name, rows.at(c)]))),
    },
  });
  return { present, rid, found };
}

/**
 * The accepted pairs as rids (a < b) with the first record's counts of the `sharedColumns` that
 * keys counted (`<col>_n`, 0 when not shared), and the rids of their records. Returns the shared
 * columns written.
 */
export async function writeCandidates(db: DuckDBConnection, { rid, found }: Candidates, sharedColumns: readonly string[], tables: { pairs: string; rids: string }): Promise<string[]> {
  const m = found.x.length;
  const a = new Int32Array(m), b = new Int32Array(m), first = new Int32Array(m);
  const wanted = new Uint8Array(rid.length);
  for (let i = 0; i < m; i++) {
    const x = found.x[i], y = found.y[i];
    const xFirst = rid[x] < rid[y];
    a[i] = xFirst ? rid[x] : rid[y];
    b[i] = xFirst ? rid[y] : rid[x];
    first[i] = xFirst ? x : y;
    wanted[x] = wanted[y] = 1;
  }
  const counted = sharedColumns.filter((col) => found.counts[col]);
  const counts = counted.map((col) => {
    const byRecord = found.counts[col];
    const out = new Int32Array(m);
    for (let i = 0; i < m; i++) out[i] = byRecord[first[i]];
    return out;
  });
  await db.run(`CREATE OR REPLACE TEMP TABLE ${tables.pairs} (a INTEGER, b INTEGER${counted.map((c) => `, ${c}_n INTEGER`).join('')})`);
  await appendIntColumns(db, tables.pairs, [a, b, ...counts], m);
  const rids = rid.filter((_, i) => wanted[i] === 1);
  await db.run(`CREATE OR REPLACE TEMP TABLE ${tables.rids} (rid INTEGER)`);
  await appendIntColumns(db, tables.rids, [rids], rids.length);
  return counted;
}
