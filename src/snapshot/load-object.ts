/**
 * Loads one object's CSV into the attached `snap` database in ONE pass over the file, as one stored
 * table `snap.data."Obj"`: the typed values (named as the fields) plus, for the few fields whose type
 * is not text (dates, numbers, booleans), a twin column with the cell exactly as written. Text fields
 * need no twin: their typed value is the text. Two views give the public shape:
 * `snap.main."Obj"` (typed, from schema.json: Ids as VARCHAR, dates as DATE, datetimes as TIMESTAMP)
 * and `snap.raw."Obj"` (every cell as written, so a bad date stays visible as evidence).
 * Keeping one table, not a raw and a typed copy, halves the memory, and a scan that needs both
 * typed and raw values reads one table instead of joining two row by row.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Problem, Result } from '../core/problem.js';
import type { ObjectDef } from '../core/snapshot-files.js';
import { notUtf8Problem, readCsvHeader } from './csv-header.js';
import { castExpression, duckType, quoteIdent, quoteString } from './duckdb-types.js';

export interface LoadedObject {
  name: string;
  /** Typed relation (a view), e.g. `snap.main."Contact"`. */
  table: string;
  /** All-text relation (a view) with the file's cells as written. */
  rawTable: string;
  rows: number;
  /** Columns of the typed relation: the schema's fields, then file columns the schema does not know. */
  columns: string[];
  /** Columns as they appear in the file's header (the raw relation's columns). */
  fileColumns: string[];
  /** The stored table both views read (has a rowid in file order). */
  storeTable?: string;
  /** File column → the stored column holding its text as written (the field itself, or its twin). */
  rawColumns?: Record<string, string>;
}

/** Name of the text twin of a non-text field: `<field>__raw`, lengthened until no file column has it. */
function twinName(field: string, taken: Set<string>): string {
  let name = `${field}__raw`;
  while (taken.has(name)) name += '_';
  taken.add(name);
  return name;
}

export async function loadObject(db: DuckDBConnection, name: string, path: string, def: ObjectDef, expectedRows: number): Promise<Result<LoadedObject & { warnings: Problem[] }>> {
  const header = readCsvHeader(path);
  if (!header.ok) return header;
  const warnings: Problem[] = [];
  const store = `snap.data.${quoteIdent(name)}`;
  const table = `snap.main.${quoteIdent(name)}`;
  const rawTable = `snap.raw.${quoteIdent(name)}`;
  const fields = def.fields;
  const inFile = new Set(header.value);
  if (fields.Id && !inFile.has('Id')) {
    return { ok: false, problems: [{ code: 'missing_column', file: path, line: 1, field: 'Id', message: `${name} has no Id column`, hint: 'every object file needs an Id column (Salesforce record Ids)' }] };
  }
  const extra = header.value.filter((h) => !fields[h]);
  if (extra.length) {
    warnings.push({ code: 'column_not_in_schema', file: path, field: extra.join(', '), message: `${extra.length} column(s) of ${name} are not in schema.json and load as text`, hint: 'add them to schema.json to give them a type' });
  }
  // Twins come first in the select list: a later item's bare "Field" then still means the file's
  // column, never the typed alias of the same name.
  const taken = new Set(header.value);
  const rawColumns: Record<string, string> = {};
  const twins: string[] = [];
  for (const h of header.value) {
    if (fields[h] && duckType(fields[h].type) !== 'VARCHAR') {
      rawColumns[h] = twinName(h, taken);
      twins.push(`${quoteIdent(h)} AS ${quoteIdent(rawColumns[h])}`);
    } else rawColumns[h] = h;
  }
  const typedInFile = Object.entries(fields).filter(([f]) => inFile.has(f)).map(([f, fd]) => `${castExpression(f, fd.type)} AS ${quoteIdent(f)}`);
  const csvColumns = header.value.map((h) => `${quoteString(h)}: 'VARCHAR'`).join(', ');
  let loadedRows: number;
  try {
    const res = await db.runAndReadAll(`CREATE OR REPLACE TABLE ${store} AS SELECT ${[...twins, ...typedInFile, ...extra.map(quoteIdent)].join(', ')}
      FROM read_csv(${quoteString(path)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, strict_mode = true, columns = {${csvColumns}})`);
    loadedRows = Number(res.getRows()[0]?.[0] ?? -1);
  } catch (e) {
    return { ok: false, problems: [csvErrorProblem(path, (e as Error).message)] };
  }
  if (loadedRows !== expectedRows) {
    return { ok: false, problems: [{ code: 'row_count_mismatch', file: path, message: `${loadedRows} rows in the file, snapshot.json says ${expectedRows}`, hint: 'the manifest was edited by hand or the file is not well-formed CSV (check quoting): capture the snapshot again' }] };
  }
  if (inFile.has('Id')) {
    // A row without an Id cannot be named in a finding or a fix file, nor found by a lookup. Cheap to
    // find (one column); Ids repeated are not looked for (a grouping pass over every Id).
    const [blank] = (await db.runAndReadAll(`SELECT count(*) AS n, list(rowid + 1 ORDER BY rowid)[1:5] AS rows FROM ${store} WHERE NULLIF(TRIM("Id"), '') IS NULL`)).getRowObjects() as { n: bigint; rows: { items: bigint[] } | null }[];
    const n = Number(blank?.n ?? 0);
    if (n > 0) {
      const rows = (blank.rows?.items ?? []).map(Number);
      warnings.push({ code: 'blank_id', file: path, field: 'Id', message: `${n} row(s) of ${name} have no Id (data row ${rows.join(', ')}${n > rows.length ? ', …' : ''}): their findings carry no Id and no lookup can point at them`, hint: 'export the records with their Ids (Salesforce never leaves Id blank), then capture the snapshot again' });
    }
  }
  const typedView = [
    ...Object.entries(fields).map(([f, fd]) => (inFile.has(f) ? quoteIdent(f) : `NULL::${duckType(fd.type)} AS ${quoteIdent(f)}`)),
    ...extra.map(quoteIdent),
  ];
  const rawView = header.value.map((h) => (rawColumns[h] === h ? quoteIdent(h) : `${quoteIdent(rawColumns[h])} AS ${quoteIdent(h)}`));
  await db.run(`CREATE OR REPLACE VIEW ${table} AS SELECT ${typedView.join(', ')} FROM ${store}`);
  await db.run(`CREATE OR REPLACE VIEW ${rawTable} AS SELECT ${rawView.join(', ')} FROM ${store}`);
  return { ok: true, value: { name, table, rawTable, rows: expectedRows, columns: [...Object.keys(fields), ...extra], fileColumns: header.value, storeTable: store, rawColumns, warnings } };
}

/** DuckDB's CSV errors carry the line; keep the first lines of the reason and drop its option dump. */
export function csvErrorProblem(path: string, message: string): Problem {
  const line = /CSV Error on Line: (\d+)/.exec(message);
  // DuckDB: "Invalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded."
  // Quoting is not the cause, so the malformed_csv hint would send the user the wrong way.
  if (/invalid unicode|not utf-8 encoded/i.test(message)) return notUtf8Problem(path, line ? Number(line[1]) : undefined);
  const reason = message.split('\n').filter((l) => l.trim() && !/^\s*(Original Line|Possible fixes|\*|file =|delimiter|quote|escape|new_line|header|skip_rows|comment|strict_mode|date_format|timestamp_format|null_padding|sample_size|ignore_errors|all_varchar)/.test(l) && !/CSV Error on Line/.test(l));
  return {
    code: 'malformed_csv', file: path, line: line ? Number(line[1]) : undefined,
    message: reason.slice(0, 2).join(' ').replace(/^Invalid Input Error: /, '') || message.split('\n')[0],
    hint: 'fix the quoting or the number of cells on that line (every row needs as many cells as the header), then capture the snapshot again',
  };
}
