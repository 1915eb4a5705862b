/**
 * The SOQL the connector sends, and no more: `SELECT f, … | COUNT() FROM Obj [WHERE a op lit [AND …]]
 * [LIMIT n]`, with =, !=, <, <=, >, >= and IN (…). Field errors read like Salesforce's, so the
 * connector's INVALID_FIELD handling is exercised as in a real org.
 */
export interface Condition { field: string; op: string; values: string[] }
export interface Soql { fields: string[] | 'count'; object: string; where: Condition[]; limit?: number }

export class SoqlError extends Error {
  constructor(readonly errorCode: string, message: string) {
    super(message);
  }
}

const LITERAL = String.raw`'(?:[^'\\]|\\.)*'|[^\s,()']+`;
const COND = new RegExp(String.raw`^\s*(\w+)\s*(=|!=|<=|>=|<|>|\s+IN\s+)\s*(\((?:\s*(?:${LITERAL})\s*,?)*\)|${LITERAL})\s*`, 'i');

const unquote = (lit: string): string => (lit.startsWith("'") ? lit.slice(1, -1).replace(/\\(.)/g, '$1') : lit);

export function parseSoql(soql: string): Soql {
  const m = /^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+LIMIT\s+(\d+))?\s*$/is.exec(soql);
  if (!m) throw new SoqlError('MALFORMED_QUERY', `unexpected token in: ${soql}`);
  const fields = /^COUNT\(\s*\)$/i.test(m[1].trim()) ? 'count' : m[1].split(',').map((f) => f.trim());
  const where: Condition[] = [];
  let rest = m[3] ?? '';
  while (rest.trim()) {
    const c = COND.exec(rest);
    if (!c) throw new SoqlError('MALFORMED_QUERY', `unexpected token: ${rest.trim().slice(0, 30)}`);
    const op = c[2].trim().toUpperCase();
    const values = op === 'IN' ? [...c[3].slice(1, -1).matchAll(new RegExp(LITERAL, 'g'))].map((v) => unquote(v[0])) : [unquote(c[3])];
    where.push({ field: c[1], op, values });
    rest = rest.slice(c[0].length).replace(/^AND\s+/i, '');
  }
  return { fields, object: m[2], where, limit: m[4] ? Number(m[4]) : undefined };
}

export const noSuchColumn = (field: string, object: string): SoqlError =>
  new SoqlError('INVALID_FIELD', `\nSELECT ${field} FROM ${object}\n       ^\nERROR at Row:1:Column:8\nNo such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);

function compare(cell: string, lit: string): number {
  const a = Date.parse(cell);
  const b = Date.parse(lit);
  if (/^\d{4}-\d\d-\d\d/.test(cell) && /^\d{4}-\d\d-\d\d/.test(lit) && !Number.isNaN(a) && !Number.isNaN(b)) return a - b;
  if (cell !== '' && lit !== '' && !Number.isNaN(Number(cell)) && !Number.isNaN(Number(lit))) return Number(cell) - Number(lit);
  return cell < lit ? -1 : cell > lit ? 1 : 0;
}

/** A predicate over rows of `columns` (cells as text, '' = null). */
export function rowFilter(where: Condition[], columns: string[]): (row: string[]) => boolean {
  const tests = where.map((c) => {
    const i = columns.indexOf(c.field);
    const values = c.values.map((v) => (v.toLowerCase() === 'null' ? '' : v));
    switch (c.op) {
      case '=': return (r: string[]) => r[i] === values[0];
      case '!=': return (r: string[]) => r[i] !== values[0];
      case 'IN': return (r: string[]) => values.includes(r[i]);
      case '<': return (r: string[]) => r[i] !== '' && compare(r[i], values[0]) < 0;
      case '<=': return (r: string[]) => r[i] !== '' && compare(r[i], values[0]) <= 0;
      case '>': return (r: string[]) => r[i] !== '' && compare(r[i], values[0]) > 0;
      default: return (r: string[]) => r[i] !== '' && compare(r[i], values[0]) >= 0;
    }
  });
  return (row) => tests.every((t) => t(row));
}
