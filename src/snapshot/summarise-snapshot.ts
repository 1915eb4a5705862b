/** A first look at a loaded snapshot: rows, columns and how filled each object is. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent, trimmedOrNull } from './duckdb-types.js';
import { queryRows } from './duckdb.js';
import type { LoadedSnapshot } from './load-snapshot.js';

export interface ObjectSummary {
  object: string;
  rows: number;
  columns: number;
  /** Share of non-empty cells over the columns present in the file, 0–100. */
  filledPct: number;
  /** Required fields with at least one empty value: field → count. */
  requiredMissing: Record<string, number>;
}

export interface SnapshotSummary {
  name: string;
  asOf: string;
  source: string;
  objects: ObjectSummary[];
  totalRows: number;
  warnings: number;
}

async function summariseObject(db: DuckDBConnection, s: LoadedSnapshot, object: string): Promise<ObjectSummary> {
  const o = s.objects[object];
  const fields = s.schema.objects[object].fields;
  const cols = o.fileColumns;
  if (o.rows === 0 || cols.length === 0) return { object, rows: o.rows, columns: cols.length, filledPct: 0, requiredMissing: {} };
  const counts = cols.map((c, i) => `count(${trimmedOrNull(quoteIdent(c))}) AS c${i}`);
  const [row] = await queryRows<Record<string, bigint>>(db, `SELECT ${counts.join(', ')} FROM ${o.rawTable}`);
  // Only the file's own columns count: fields the schema defines but the export lacks are not empty cells.
  const present = cols.map((c, i) => ({ c, n: row[`c${i}`] }));
  const filled = present.reduce((a, x) => a + Number(x.n), 0);
  const requiredMissing: Record<string, number> = {};
  present.forEach(({ c, n }) => {
    if (fields[c]?.required && Number(n) < o.rows) requiredMissing[c] = o.rows - Number(n);
  });
  return { object, rows: o.rows, columns: present.length, filledPct: Math.round((1000 * filled) / (present.length * o.rows)) / 10, requiredMissing };
}

export async function summariseSnapshot(s: LoadedSnapshot): Promise<SnapshotSummary> {
  const objects: ObjectSummary[] = [];
  for (const object of Object.keys(s.objects)) objects.push(await summariseObject(s.db, s, object));
  return {
    name: s.manifest.name,
    asOf: s.manifest.asOf,
    source: s.manifest.source.kind,
    objects,
    totalRows: objects.reduce((a, o) => a + o.rows, 0),
    warnings: s.warnings.length,
  };
}
