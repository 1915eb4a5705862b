/**
 * The fake org's answers to queries: REST query/queryMore pages (JSON records typed as Salesforce
 * types them, `nextRecordsUrl` cursors) and Bulk 2.0 result pages (CSV with every value quoted, as
 * Salesforce writes it; a big unfiltered object served straight from its file by byte range).
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { FakeTable } from './fake-org.js';
import { noSuchColumn, parseSoql, rowFilter, SoqlError, type Soql } from './fake-soql.js';

export interface Selection { soql: Soql; table: FakeTable; rows?: string[][] }

/** Parses and checks a query against what the integration user may see. */
export function select(tables: Map<string, FakeTable>, text: string, refused: Record<string, string[]> = {}): Selection {
  const soql = parseSoql(text);
  const table = tables.get(soql.object);
  if (!table) throw new SoqlError('INVALID_TYPE', `\nSELECT Id FROM ${soql.object}\n               ^\nERROR at Row:1:Column:16\nsObject type '${soql.object}' is not supported.`);
  const visible = new Set(table.describe.filter((f) => f.type !== 'address').map((f) => f.name));
  for (const f of [...(soql.fields === 'count' ? [] : soql.fields), ...soql.where.map((c) => c.field)]) {
    if (!visible.has(f) || !table.columns.includes(f) || refused[soql.object]?.includes(f)) throw noSuchColumn(f, soql.object);
  }
  return { soql, table };
}

/** The matching rows, projected onto the selected fields (in memory: small objects and tests). */
export function matchingRows(sel: Selection): string[][] {
  const { soql, table } = sel;
  let rows = table.rows();
  if (soql.where.length) rows = rows.filter(rowFilter(soql.where, table.columns));
  if (soql.limit !== undefined) rows = rows.slice(0, soql.limit);
  if (soql.fields === 'count') return rows;
  const idx = soql.fields.map((f) => table.columns.indexOf(f));
  return rows.map((r) => idx.map((i) => r[i] ?? ''));
}

export function countRows(sel: Selection): number {
  const { soql, table } = sel;
  return soql.where.length || soql.limit !== undefined ? matchingRows(sel).length : table.rowCount;
}

function jsonValue(text: string, type: string): unknown {
  if (text === '') return null;
  if (type === 'boolean') return text === 'true';
  if (type === 'number' || type === 'currency' || type === 'percent') return Number(text);
  if (type === 'datetime') return text.replace(/Z$/, '+0000');
  return text;
}

export function jsonRecords(sel: Selection, rows: string[][], version: string): Record<string, unknown>[] {
  const fields = sel.soql.fields as string[];
  const types = fields.map((f) => sel.table.types[f] ?? 'string');
  const idAt = fields.indexOf('Id');
  return rows.map((r) => {
    const rec: Record<string, unknown> = { attributes: { type: sel.table.name, url: `/services/data/v${version}/sobjects/${sel.table.name}/${idAt >= 0 ? r[idAt] : ''}` } };
    fields.forEach((f, i) => (rec[f] = jsonValue(r[i], types[i])));
    return rec;
  });
}

const quoted = (cells: string[]): string => cells.map((c) => (c === '' ? '' : `"${c.replace(/"/g, '""')}"`)).join(',') + '\n';

/** Whether a Bulk query can be answered from the file as it is (all columns, in order, unfiltered). */
const servesFile = (sel: Selection): boolean =>
  !!sel.table.index && !sel.soql.where.length && sel.soql.limit === undefined && Array.isArray(sel.soql.fields) && sel.soql.fields.join(',') === sel.table.columns.join(',');

/** One Bulk results page from row `start`: its body and the next page's start (null = last page). */
export function bulkPage(sel: Selection, start: number, pageSize: number): { body: Readable | string; next: number | null; records: number } {
  const index = sel.table.index;
  if (servesFile(sel) && index && start % index.pageSize === 0) {
    const k = start / index.pageSize;
    const from = index.pageStarts[k] ?? index.size;
    const to = (index.pageStarts[k + 1] ?? index.size) - 1;
    const next = k + 1 < index.pageStarts.length ? start + index.pageSize : null;
    const header = createReadStream(sel.table.file as string, { start: 0, end: index.headerEnd - 1 });
    const body = to >= from ? createReadStream(sel.table.file as string, { start: from, end: to }) : undefined;
    return { body: concat(header, body), next, records: Math.max(0, Math.min(index.pageSize, index.rows - start)) };
  }
  const rows = matchingRows(sel);
  const page = rows.slice(start, start + pageSize);
  const text = quoted(sel.soql.fields as string[]) + page.map(quoted).join('');
  return { body: text, next: start + pageSize < rows.length ? start + pageSize : null, records: page.length };
}

async function* chain(...parts: (Readable | undefined)[]): AsyncGenerator<Buffer> {
  for (const p of parts) if (p) for await (const chunk of p) yield chunk as Buffer;
}

/** One stream of several: Readable.from keeps backpressure, so the file is read as fast as the client takes it. */
const concat = (...parts: (Readable | undefined)[]): Readable => Readable.from(chain(...parts), { objectMode: false });
