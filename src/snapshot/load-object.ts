/**
 * Loads one object's CSV into two DuckDB tables of the attached `snap` database:
 * `snap.raw."Obj"` keeps every cell as text (evidence for the audit: a bad date stays visible),
 * `snap.main."Obj"` is typed from schema.json (Ids as VARCHAR, dates as DATE, datetimes as TIMESTAMP).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Problem, Result } from '../core/problem.js';
import type { ObjectDef } from '../core/snapshot-files.js';
import { readCsvHeader } from './csv-header.js';
import { castExpression, duckType, quoteIdent, quoteString } from './duckdb-types.js';
import { queryRows } from './duckdb.js';

export interface LoadedObject {
  name: string;
  /** Typed table, e.g. `snap.main."Contact"`. */
  table: string;
  /** All-text table with the file's cells as written. */
  rawTable: string;
  rows: number;
  /** Columns of the typed table: the schema's fields, then file columns the schema does not know. */
  columns: string[];
  /** Columns as they appear in the file's header (the raw table's columns). */
  fileColumns: string[];
}

export async function loadObject(db: DuckDBConnection, name: string, path: string, def: ObjectDef, expectedRows: number): Promise<Result<LoadedObject & { warnings: Problem[] }>> {
  const header = readCsvHeader(path);
  if (!header.ok) return header;
  const warnings: Problem[] = [];
  const table = `snap.main.${quoteIdent(name)}`;
  const rawTable = `snap.raw.${quoteIdent(name)}`;
  const columns = header.value.map((h) => `${quoteString(h)}: 'VARCHAR'`).join(', ');
  try {
    await db.run(`CREATE OR REPLACE TABLE ${rawTable} AS SELECT * FROM read_csv(${quoteString(path)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, strict_mode = true, columns = {${columns}})`);
  } catch (e) {
    return { ok: false, problems: [csvErrorProblem(path, (e as Error).message)] };
  }
  const fields = def.fields;
  const inFile = new Set(header.value);
  const selects: string[] = [];
  for (const [field, f] of Object.entries(fields)) {
    if (inFile.has(field)) {
      selects.push(`${castExpression(field, f.type)} AS ${quoteIdent(field)}`);
    } else {
      selects.push(`NULL::${duckType(f.type)} AS ${quoteIdent(field)}`);
    }
  }
  const extra = header.value.filter((h) => !fields[h]);
  for (const h of extra) selects.push(quoteIdent(h));
  if (extra.length) {
    warnings.push({ code: 'column_not_in_schema', file: path, field: extra.join(', '), message: `${extra.length} column(s) of ${name} are not in schema.json and load as text`, hint: 'add them to schema.json to give them a type' });
  }
  if (fields.Id && !inFile.has('Id')) {
    return { ok: false, problems: [{ code: 'missing_column', file: path, line: 1, field: 'Id', message: `${name} has no Id column`, hint: 'every object file needs an Id column (Salesforce record Ids)' }] };
  }
  await db.run(`CREATE OR REPLACE TABLE ${table} AS SELECT ${selects.join(', ')} FROM ${rawTable}`);
  const [{ n }] = await queryRows<{ n: bigint }>(db, `SELECT count(*) AS n FROM ${rawTable}`);
  if (Number(n) !== expectedRows) {
    return { ok: false, problems: [{ code: 'row_count_mismatch', file: path, message: `${n} rows in the file, snapshot.json says ${expectedRows}`, hint: 'the manifest was edited by hand or the file is not well-formed CSV (check quoting): capture the snapshot again' }] };
  }
  return { ok: true, value: { name, table, rawTable, rows: expectedRows, columns: [...Object.keys(fields), ...extra], fileColumns: header.value, warnings } };
}

/** DuckDB's CSV errors carry the line; keep the first lines of the reason and drop its option dump. */
export function csvErrorProblem(path: string, message: string): Problem {
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const reason = message.split('\n').filter((l) => l.trim() && !/^\s*(Original Line|Possible fixes|\*|file =|delimiter|quote|escape|new_line|header|skip_rows|comment|strict_mode|date_format|timestamp_format|null_padding|sample_size|ignore_errors|all_varchar)/.test(l) && !/CSV Error on Line/.test(l));
  return {
    code: 'malformed_csv', file: path, line: line ? Number(line[1]) : undefined,
    message: reason.slice(0, 2).join(' ').replace(/^Invalid Input Error: /, '') || message.split('\n')[0],
    hint: 'fix the quoting or the number of cells on that line (every row needs as many cells as the header), then capture the snapshot again',
  };
}
