/**
 * Integer columns between DuckDB and typed arrays, for the steps that run in JS (pair-finder.ts):
 * a query's INTEGER / UINTEGER columns streamed chunk by chunk into arrays, and arrays appended
 * to a temp table a chunk at a time. The SQL writes 0 for "no value": typed arrays hold no NULLs.
 */
import { DuckDBDataChunk, DuckDBIntegerVector, DuckDBUIntegerVector, INTEGER, type DuckDBConnection } from '@duckdb/node-api';

/**
 * The query's columns as arrays of `capacity` (an upper bound on its row count), and the row
 * count. UINTEGERs are kept bit for bit as int32 (compare them for equality, or read with `>>> 0`).
 * The SQL must write 0, never NULL, for "no value".
 */
export async function readIntColumns(db: DuckDBConnection, sql: string, capacity: number): Promise<{ n: number; columns: Int32Array[] }> {
  const result = await db.stream(sql);
  const columns = Array.from({ length: result.columnCount }, () => new Int32Array(capacity));
  let n = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const rows = chunk.rowCount;
    if (n + rows > capacity) throw new Error(`readIntColumns: more than ${capacity} rows`);
    columns.forEach((out, c) => {
      const v = chunk.getColumnVector(c);
      if (!(v instanceof DuckDBIntegerVector) && !(v instanceof DuckDBUIntegerVector)) throw new Error(`readIntColumns: column ${c} is ${v.type}, not INTEGER or UINTEGER`);
      const items = itemsOf(v);
      if (items) out.set(items instanceof Int32Array ? items : new Int32Array(items.buffer, items.byteOffset, rows), n);
      else for (let i = 0; i < rows; i++) out[n + i] = v.getItem(i) ?? 0;
    });
    n += rows;
  }
  return { n, columns };
}

/**
 * Columns as one row-major matrix (row i's column j at [i * width + j]), so that code visiting
 * records in random order reads one or two cache lines per record rather than one per column.
 * Copied in blocks of rows, which stay in cache while every column is written.
 */
export function rowMajor(columns: readonly Int32Array[], n: number): Int32Array {
  const width = columns.length;
  const out = new Int32Array(n * width);
  // 64 rows of a few dozen columns stay in L1 while every column is written.
  const block = 64;
  for (let from = 0; from < n; from += block) {
    const to = Math.min(n, from + block);
    for (let j = 0; j < width; j++) {
      const col = columns[j];
      for (let i = from; i < to; i++) out[i * width + j] = col[i];
    }
  }
  return out;
}

/**
 * The vector's values as a typed array, when the columns have no NULLs to mind: a vector's
 * getItem and setItem test validity with BigInt arithmetic, ten times the cost of the copy
 * itself. The array is not part of the typed API, so a missing one falls back to getItem/setItem.
 */
function itemsOf(v: DuckDBIntegerVector | DuckDBUIntegerVector): Int32Array | Uint32Array | undefined {
  const items = (v as unknown as { items?: unknown }).items;
  return items instanceof Int32Array || items instanceof Uint32Array ? items : undefined;
}

/** Appends rows 0…n−1 of the columns (numbers fitting INTEGER) to a temp table of as many INTEGER columns. */
export async function appendIntColumns(db: DuckDBConnection, table: string, columns: readonly ArrayLike<number>[], n: number): Promise<void> {
  const appender = await db.createAppender(table, 'main', 'temp');
  const size = 2048;
  try {
    for (let from = 0; from < n; from += size) {
      const rows = Math.min(size, n - from);
      const chunk = DuckDBDataChunk.create(columns.map(() => INTEGER), rows);
      columns.forEach((col, c) => {
        const v = chunk.getColumnVector(c) as DuckDBIntegerVector;
        const items = itemsOf(v);
        if (items instanceof Int32Array) items.set(Int32Array.from({ length: rows }, (_, i) => col[from + i]));
        else for (let i = 0; i < rows; i++) v.setItem(i, col[from + i]);
        v.flush();
      });
      appender.appendDataChunk(chunk);
    }
  } finally {
    appender.closeSync();
  }
}
