/**
 * findings.csv condensed for a report: a count and the first few example records per check. The file
 * can hold millions of rows on a large org, so it is streamed and only the examples are kept.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

export interface FindingRow { object: string; id: string; field: string; code: string; check: string; value: string; cluster: string; message: string }

export interface FindingGroup { check: string; object: string; field: string; code: string; count: number; examples: FindingRow[] }

export interface FindingsSummary { total: number; groups: FindingGroup[] }

export const EXAMPLES_PER_CHECK = 3;

export async function summariseFindings(file: string): Promise<FindingsSummary> {
  const groups = new Map<string, FindingGroup>();
  let total = 0;
  const rows = createReadStream(file).pipe(parse({ columns: true, bom: true, relax_column_count: true }));
  for await (const row of rows as AsyncIterable<FindingRow>) {
    total++;
    const key = `${row.check}|${row.object}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { check: row.check, object: row.object, field: row.field ?? '', code: row.code, count: 0, examples: [] }));
    g.count++;
    if (g.examples.length < EXAMPLES_PER_CHECK) g.examples.push({ ...row, field: row.field ?? '', value: row.value ?? '', cluster: row.cluster ?? '' });
  }
  return { total, groups: [...groups.values()] };
}
