/**
 * A REST query record (JSON) → the snapshot row, written as Data Loader and the Bulk API write it:
 * compound and parent values flattened (flatten.ts), booleans `true`/`false`, nulls empty, and
 * datetimes in UTC with a `Z` (REST says `+0000`), so REST- and Bulk-pulled objects read the same.
 */
import { flattenRecord } from '../csv/flatten.js';

const REST_DATETIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)\+0000$/;

export function recordCells(record: Record<string, unknown>, fields: readonly string[]): string[] {
  const values = new Map(flattenRecord(record).values);
  return fields.map((f) => {
    const v = values.get(f) ?? '';
    const m = REST_DATETIME.exec(v);
    return m ? `${m[1]}Z` : v;
  });
}
