/**
 * Maps snapshot field types to DuckDB column types and to the SQL that turns the raw text of a CSV
 * cell into that type. Raw text stays available (raw schema) so the audit can report values that
 * do not parse instead of losing them.
 */
import type { FieldType } from '../core/codes.js';

export function duckType(type: FieldType): string {
  switch (type) {
    case 'number': case 'currency': case 'percent': return 'DOUBLE';
    case 'date': return 'DATE';
    case 'datetime': return 'TIMESTAMP';
    case 'boolean': return 'BOOLEAN';
    default: return 'VARCHAR';
  }
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * `NULLIF(TRIM(expr), '')` — the text without surrounding spaces, NULL when blank — at a tenth of
 * its cost: TRIM copies every string it is given (~0.2 µs a value, the most expensive step of
 * loading and auditing a million records), yet almost no value has a space to remove. Only those
 * that start or end with one are trimmed; the rest are taken as they are.
 */
export const trimmedOrNull = (expr: string): string =>
  `(CASE WHEN starts_with(${expr}, ' ') OR ends_with(${expr}, ' ') THEN NULLIF(TRIM(${expr}), '') ELSE NULLIF(${expr}, '') END)`;
export const quoteString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * SQL turning a VARCHAR column into its typed value, NULL where it does not parse.
 * Datetimes accept Salesforce's `2018-10-24T23:15:19.000+0000` (offset normalised to UTC);
 * dates accept a date or a datetime; numbers accept surrounding spaces, but not NaN or infinities.
 */
export function castExpression(column: string, type: FieldType): string {
  const c = trimmedOrNull(quoteIdent(column));
  switch (type) {
    case 'number': case 'currency': case 'percent': {
      // DuckDB reads NaN, Infinity, inf and overflowing text (1e400) as doubles, but a Salesforce
      // number never holds one: NULL makes them values that do not parse, like any other. DuckDB
      // computes the repeated cast once (common subexpression), so the test costs nothing measurable
      // (9M cells: 0.30 s with or without it), unlike a regex over the text.
      const d = `TRY_CAST(${c} AS DOUBLE)`;
      return `CASE WHEN isfinite(${d}) THEN ${d} END`;
    }
    case 'boolean': return `TRY_CAST(${c} AS BOOLEAN)`;
    case 'date': return `COALESCE(TRY_CAST(${c} AS DATE), TRY_CAST(TRY_CAST(${c} AS TIMESTAMPTZ) AS DATE))`;
    case 'datetime': {
      const general = `COALESCE(TRY_CAST(TRY_CAST(${c} AS TIMESTAMPTZ) AT TIME ZONE 'UTC' AS TIMESTAMP), TRY_CAST(${c} AS TIMESTAMP))`;
      // Fast path for the one form nearly every export writes, Salesforce's UTC `…T…:…:….000Z`:
      // a plain TIMESTAMP cast reads it exactly as the general path does (Z = UTC), at a fifth of
      // the cost (the TIMESTAMPTZ round trip dominated loading). Anything else takes the general path.
      const q = quoteIdent(column);
      return `CASE WHEN ${q} LIKE '____-__-__T__:__:__.___Z' THEN TRY_CAST(${q} AS TIMESTAMP) ELSE ${general} END`;
    }
    default: return quoteIdent(column);
  }
}
