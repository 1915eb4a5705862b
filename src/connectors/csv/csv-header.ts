/**
 * Checks a CSV header row and maps it to API names: every column needs a name, no two columns may
 * name the same field (case-insensitively, as Salesforce does), and a one-column header holding `;`
 * or a tab means the file is not comma-separated. Pure: cells in, header or problems out.
 */
import type { Problem } from '../../core/problem.js';
import { isColumnName } from './api-name.js';
import type { Profile } from './profile.js';
import { problems } from './problems.js';

export interface CheckedHeader {
  header: string[];
  errors: Problem[];
  warnings: Problem[];
}

export function checkHeader(cells: string[], file: string, object: string, profile: Profile): CheckedHeader {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const names = cells.map((c) => c.trim());
  if (names.length === 1 && /[;\t]/.test(names[0])) {
    return { header: names, errors: [problems.wrongDelimiter(file, names[0].includes(';') ? ';' : '\t')], warnings };
  }
  const header = names.map((n) => (n ? profile.fieldName(object, n) : n));
  const seen = new Map<string, number[]>();
  header.forEach((name, i) => {
    if (!name) errors.push(problems.emptyHeader(file, i + 1));
    else seen.set(name.toLowerCase(), [...(seen.get(name.toLowerCase()) ?? []), i + 1]);
  });
  for (const columns of seen.values()) if (columns.length > 1) errors.push(problems.duplicateHeader(file, header[columns[0] - 1], columns));
  const odd = header.filter((n) => n && !isColumnName(n));
  if (odd.length) warnings.push(problems.columnsNotApiNames(file, odd));
  if (!errors.length && !header.includes('Id')) warnings.push(problems.noIdColumn(file, object));
  return { header, errors, warnings };
}
