import { describe, expect, it } from 'vitest';

const NULL = null;
import { castExpression, trimmedOrNull } from './duckdb-types.js';
import { openDuckDb, queryRows } from './duckdb.js';

describe('trimmedOrNull', () => {
  it('gives exactly NULLIF(TRIM(x), \'\') for every kind of value', async () => {
    const { instance, db } = await openDuckDb();
    const values = ['', ' ', '   ', 'a', ' a', 'a ', '  a  ', 'a b', '\ta\t', ' \t ', 'abcdefghijklmnopqrstuvwxyz', ' abcdefghijklmnopqrstuvwxyz ', 'ü ', NULL];
    await db.run(`CREATE TABLE v AS SELECT unnest([${values.map((v) => (v === NULL ? 'NULL' : `'${v}'`)).join(', ')}]) AS x`);
    const rows = await queryRows<{ x: string | null; fast: string | null; slow: string | null }>(db, `SELECT x, ${trimmedOrNull('x')} AS fast, NULLIF(TRIM(x), '') AS slow FROM v`);
    expect(rows).toHaveLength(values.length);
    for (const r of rows) expect(r.fast, JSON.stringify(r.x)).toBe(r.slow);
    db.closeSync();
    instance.closeSync();
  });
});

describe('castExpression(datetime)', () => {
  it('reads Salesforce UTC timestamps on the fast path exactly as the general path does', async () => {
    const { instance, db } = await openDuckDb();
    const values = ['2026-06-20T08:03:26.000Z', '2026-06-20T08:03:26.123Z', '1966-06-20T23:59:59.999Z', '2026-06-20T24:00:00.000Z',
      '2026-02-30T08:03:26.000Z', '2026-13-20T08:03:26.000Z', '2026-06-20T08:03:26.0a0Z', '2026-06-20T08:03:26.000+0000',
      '2026-06-20T08:03:26.000+0200', '2026-06-20T08:03:26Z', '2026-06-20 08:03:26', '2026-06-20', ' 2026-06-20T08:03:26.000Z ', '', 'soon'];
    await db.run(`CREATE TABLE v AS SELECT unnest([${values.map((v) => `'${v}'`).join(', ')}]) AS "D"`);
    const c = `NULLIF(TRIM("D"), '')`;
    const general = `COALESCE(TRY_CAST(TRY_CAST(${c} AS TIMESTAMPTZ) AT TIME ZONE 'UTC' AS TIMESTAMP), TRY_CAST(${c} AS TIMESTAMP))`;
    const rows = await queryRows<{ d: string; fast: string | null; slow: string | null }>(db, `SELECT "D" AS d, (${castExpression('D', 'datetime')})::VARCHAR AS fast, (${general})::VARCHAR AS slow FROM v`);
    for (const r of rows) expect(r.fast, r.d).toBe(r.slow);
    expect(rows.find((r) => r.d === '2026-06-20T08:03:26.123Z')?.fast).toBe('2026-06-20 08:03:26.123');
    expect(rows.find((r) => r.d === '2026-06-20T08:03:26.000+0200')?.fast).toBe('2026-06-20 06:03:26');
    db.closeSync();
    instance.closeSync();
  });
});

describe('castExpression(number)', () => {
  it('reads NaN, infinities and overflowing text as values that do not parse', async () => {
    const { instance, db } = await openDuckDb();
    const bad = ['NaN', 'nan', '-nan', 'Infinity', 'infinity', 'inf', 'INF', '-Infinity', '-inf', '+inf', ' NaN ', '1e400', '-1e400', 'abc', '', ' '];
    const good: Array<[string, number]> = [['1.5', 1.5], [' 2 ', 2], ['-3', -3], ['0', 0], ['1e100', 1e100], ['1200000', 1200000]];
    const values = [...bad, ...good.map(([v]) => v)];
    await db.run(`CREATE TABLE v AS SELECT unnest([${values.map((v) => `'${v}'`).join(', ')}]) AS "N"`);
    for (const type of ['number', 'currency', 'percent'] as const) {
      const rows = await queryRows<{ n: string; d: number | null }>(db, `SELECT "N" AS n, ${castExpression('N', type)} AS d FROM v`);
      const got = Object.fromEntries(rows.map((r) => [r.n, r.d]));
      for (const v of bad) expect(got[v], `${type} ${JSON.stringify(v)}`).toBeNull();
      for (const [v, n] of good) expect(got[v], `${type} ${JSON.stringify(v)}`).toBe(n);
    }
    db.closeSync();
    instance.closeSync();
  });
});
