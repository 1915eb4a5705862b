/**
 * Values present in a file that are not of their field's type (NULL in the typed table, kept as
 * text in the raw one). `inspect` reports them; the audit finds each one itself (format: typed), so
 * loading does not pay for this extra scan of every object.
 */
import { join } from 'node:path';
import type { Problem } from '../core/problem.js';
import { duckType, quoteIdent, trimmedOrNull } from './duckdb-types.js';
import { queryRows } from './duckdb.js';
import type { LoadedSnapshot } from './load-snapshot.js';

export async function findUnparsedValues(snap: LoadedSnapshot): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const [name, o] of Object.entries(snap.objects)) {
    const fields = snap.schema.objects[name].fields;
    const typed = o.fileColumns.filter((f) => fields[f] && duckType(fields[f].type) !== 'VARCHAR');
    if (!typed.length || o.rows === 0) continue;
    // One scan of the stored table: a non-text field's typed value and its text twin sit side by side.
    const rawOf = (f: string) => quoteIdent(o.rawColumns?.[f] ?? f);
    const from = o.storeTable ?? `${o.rawTable} r POSITIONAL JOIN ${o.table} t`;
    const sums = typed.map((f, i) => o.storeTable
      ? `count(*) FILTER (WHERE ${trimmedOrNull(rawOf(f))} IS NOT NULL AND ${quoteIdent(f)} IS NULL) AS c${i}`
      : `count(*) FILTER (WHERE ${trimmedOrNull(`r.${quoteIdent(f)}`)} IS NOT NULL AND t.${quoteIdent(f)} IS NULL) AS c${i}`);
    const [row] = await queryRows<Record<string, bigint>>(snap.db, `SELECT ${sums.join(', ')} FROM ${from}`);
    typed.forEach((f, i) => {
      const n = Number(row[`c${i}`]);
      if (n > 0) out.push({ code: 'unparsed_values', file: join(snap.dir, snap.manifest.objects[name].file), field: `${name}.${f}`, message: `${n} value(s) are not valid ${fields[f].type} values; they are NULL in the typed table and kept as text in the raw table`, hint: 'the audit reports each of them as invalid_format' });
    });
  }
  return out;
}
