import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../snapshot/duckdb.js';
import { appendIntColumns, readIntColumns, rowMajor } from './column-io.js';

let opened: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  opened = await openDuckDb();
});
afterAll(() => opened.instance.closeSync());

describe('column-io', () => {
  it('reads INTEGER and UINTEGER columns into int32 arrays, across chunks, bit for bit', async () => {
    const { n, columns } = await readIntColumns(opened.db, `SELECT range::INTEGER AS i, (4294967295 - range)::UINTEGER AS u FROM range(5000) ORDER BY range`, 6000);
    expect(n).toBe(5000);
    expect(columns[0][4999]).toBe(4999);
    expect(columns[1][0] >>> 0).toBe(4294967295);
    expect(columns[1][4999] >>> 0).toBe(4294962296);
  });

  it('refuses other types and more rows than announced', async () => {
    await expect(readIntColumns(opened.db, `SELECT 'x' AS s`, 1)).rejects.toThrow(/not INTEGER/);
    await expect(readIntColumns(opened.db, `SELECT range::INTEGER FROM range(3)`, 2)).rejects.toThrow(/more than 2 rows/);
  });

  it('appends arrays to a temp table a chunk at a time', async () => {
    await opened.db.run('CREATE TEMP TABLE io_t (a INTEGER, b INTEGER)');
    const a = Int32Array.from({ length: 5000 }, (_, i) => i), b = Int32Array.from({ length: 5000 }, (_, i) => -i);
    await appendIntColumns(opened.db, 'io_t', [a, b], 4500);
    const [[count, sa, sb]] = (await opened.db.runAndReadAll('SELECT count(*), sum(a), sum(b) FROM io_t')).getRows();
    expect([Number(count), Number(sa), Number(sb)]).toEqual([4500, (4499 * 4500) / 2, -(4499 * 4500) / 2]);
  });

  it('lays columns out as rows', () => {
    expect(Array.from(rowMajor([Int32Array.from([1, 2, 3]), Int32Array.from([4, 5, 6])], 3))).toEqual([1, 4, 2, 5, 3, 6]);
  });
});
