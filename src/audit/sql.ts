/** SQL fragments the check kinds share: `t` is the typed row, `r` the raw text row of one object. */
import { quoteIdent, quoteString } from '../snapshot/duckdb-types.js';

export { quoteIdent, quoteString };
export const typed = (field: string): string => `t.${quoteIdent(field)}`;
export const raw = (field: string): string => `r.${quoteIdent(field)}`;
/** The cell as trimmed text, NULL when blank. */
export const text = (field: string): string => `NULLIF(TRIM(${raw(field)}), '')`;
export const isBlank = (field: string): string => `(${text(field)} IS NULL)`;
export const notBlank = (field: string): string => `(${text(field)} IS NOT NULL)`;
export const sqlList = (values: readonly string[]): string => values.map(quoteString).join(', ');
/**
 * Membership in a constant list. list_contains, not IN (…): DuckDB rewrites IN lists into OR chains,
 * and OR-ing a few of those makes planning grow steeply with the number of checks in one scan.
 */
export const inValues = (expr: string, values: readonly string[]): string => (values.length ? `list_contains([${sqlList(values)}], ${expr})` : 'FALSE');
export const and = (...parts: (string | undefined)[]): string => {
  const p = parts.filter((x): x is string => !!x && x !== 'TRUE');
  return p.length ? p.map((x) => `(${x})`).join(' AND ') : 'TRUE';
};
export const lit = quoteString;
export const dateLit = (isoDate: string): string => `DATE ${quoteString(isoDate)}`;
