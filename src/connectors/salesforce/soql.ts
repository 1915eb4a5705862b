/** The SOQL a pull sends. Pure. */
import type { DescribedObject } from './describe-object.js';

/** `2026-01-01` → the SOQL datetime literal for the start of that day in UTC. */
export const sinceLiteral = (date: string): string => `${date}T00:00:00Z`;

export function whereClause(o: DescribedObject, whereSince: string | undefined): string {
  return whereSince && o.sinceField ? ` WHERE ${o.sinceField} >= ${sinceLiteral(whereSince)}` : '';
}

export const selectSoql = (o: DescribedObject, whereSince?: string): string =>
  `SELECT ${o.fields.join(', ')} FROM ${o.object}${whereClause(o, whereSince)}`;

export const countSoql = (o: DescribedObject, whereSince?: string): string =>
  `SELECT COUNT() FROM ${o.object}${whereClause(o, whereSince)}`;

/** `'a', 'b'` for an IN list; API names need no escaping beyond quotes. */
export const inList = (names: readonly string[]): string => names.map((n) => `'${n.replace(/['\\]/g, '\\$&')}'`).join(', ');
