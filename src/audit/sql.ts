/** SQL fragments the check kinds share: `t` is the typed row, `r` the raw text row of one object. */
import { quoteIdent, quoteString, trimmedOrNull } from '../snapshot/duckdb-types.js';

export { quoteIdent, quoteString };
export const typed = (field: string): string => `t.${quoteIdent(field)}`;
export const raw = (field: string): string => `r.${quoteIdent(field)}`;
/** The cell as trimmed text, NULL when blank. */
export const text = (field: string): string => trimmedOrNull(raw(field));
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

/** RE2-escaped literal text, for building alternations. */
export const reEscape = (s: string): string => s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

/**
 * Whole-value, case-insensitive membership in a long constant list, as one regex: RE2 compiles the
 * alternation into an automaton, so each row costs one pass over the value instead of one string
 * comparison per list entry (58 tokens × 14 fields × 1M rows was 8 s; this is well under 1 s).
 */
export const matchesAnyCi = (expr: string, values: readonly string[]): string =>
  values.length ? `regexp_full_match(${expr}, ${quoteString(`(?i)\\s*(?:${values.map(reEscape).join('|')})\\s*`)})` : 'FALSE';
export const dateLit = (isoDate: string): string => `DATE ${quoteString(isoDate)}`;

/**
 * Why `sql` (a pack's `key`: fail_when, where, expression) is not one expression (a `;`, a `--`,
 * unbalanced parentheses, an open quote), or undefined. The runner splices it into larger statements: caught here, the error points at the pack entry
 * before anything runs, and a `); DROP …` never reaches DuckDB as a statement of its own.
 */
export function notOneExpression(sql: string, key: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "'" || ch === '"') {
      // '' and "" inside a quoted run escape the quote: skipping both ends does the same.
      const end = sql.indexOf(ch, i + 1);
      if (end < 0) return `a ${ch} quote is never closed`;
      i = end;
    } else if (ch === '-' && sql[i + 1] === '-') return 'a -- comment would hide the rest of the check\'s SQL';
    else if (ch === ';') return `a ; ends the statement (${key} is one SQL expression)`;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return 'a ) closes a parenthesis that was never opened';
  }
  return depth > 0 ? 'a ( is never closed' : undefined;
}
