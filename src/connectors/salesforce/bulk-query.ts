/**
 * One object through Bulk API 2.0: create the query job, poll until it completes, then stream each
 * result page (following Sforce-Locator until "null") straight into the staged CSV file. Memory stays
 * at a chunk or two whatever the object's size.
 */
import { CrmError } from '../../core/problem.js';
import { refusedField } from './api-errors.js';
import type { CsvObjectWriter } from '../../snapshot/csv-object-writer.js';
import { CsvPageScanner } from './csv-pages.js';
import { problems } from './problems.js';
import { FieldRefusedError, type SfApi } from './sf-api.js';

export interface BulkOptions {
  /** First poll interval; it grows by half each poll up to 5 s. */
  pollMs: number;
  onRows?: (rows: number) => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const PROGRESS_EVERY = 50_000;

async function waitForJob(api: SfApi, object: string, jobId: string, pollMs: number): Promise<void> {
  let delay = pollMs;
  for (;;) {
    const job = await api.queryJob(jobId);
    if (job.state === 'JobComplete') return;
    if (job.state === 'Failed' || job.state === 'Aborted') {
      // A query Salesforce accepted but could not run for a field (e.g. hidden since): drop it, as REST does.
      const field = refusedField(new Error(job.errorMessage ?? ''));
      if (field) throw new FieldRefusedError(field, job.errorMessage ?? '');
      throw new CrmError(problems.bulkJobFailed(object, job.state, job.errorMessage ?? ''));
    }
    await sleep(delay);
    delay = Math.min(delay * 1.5, 5_000);
  }
}

export async function bulkQuery(api: SfApi, object: string, soql: string, fields: string[], out: CsvObjectWriter, opts: BulkOptions): Promise<void> {
  const job = await api.createQueryJob(soql);
  await waitForJob(api, object, job.id, opts.pollMs);
  let locator: string | undefined;
  let reported = 0;
  do {
    const page = await api.resultsPage(job.id, locator);
    const scanner = new CsvPageScanner();
    let checked = false;
    page.body.setEncoding('utf8');
    for await (const chunk of page.body as AsyncIterable<string>) {
      const before = scanner.records;
      const text = scanner.push(chunk);
      if (!checked && scanner.columns().length) {
        const got = scanner.columns();
        // Columns come back in the order asked (API 50.0+); the case of a name is not something to rely on.
        if (got.join('\u0000').toLowerCase() !== fields.join('\u0000').toLowerCase()) throw new CrmError(problems.badBulkHeader(object, got, fields));
        checked = true;
      }
      if (text) out.writeText(text, scanner.records - before);
      if (out.rows - reported >= PROGRESS_EVERY) opts.onRows?.((reported = out.rows));
    }
    const before = scanner.records;
    out.writeText(scanner.end(), scanner.records - before);
    locator = page.locator ?? undefined;
  } while (locator);
  opts.onRows?.(out.rows);
}
