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
export const and = (...parts: (string | undefined)[]): string => {
  const p = parts.filter((x): x is string => !!x && x !== 'TRUE');
  return p.length ? p.map((x) => `(${x})`).join(' AND ') : 'TRUE';
};
export const lit = quoteString;
export const dateLit = (isoDate: string): string => `DATE ${quoteString(isoDate)}`;
