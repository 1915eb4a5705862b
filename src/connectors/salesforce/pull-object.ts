/**
 * One object, start to finish: count its rows, pull it through Bulk API 2.0 when it is large or REST
 * query/queryMore when it is small, into the staging folder. A field the query is refused for
 * (visible in describe but not to the query) is dropped with a note and the object pulled again.
 */
import { CrmError } from '../../core/problem.js';
import { isSalesforceRefusal } from './api-errors.js';
import { bulkQuery } from './bulk-query.js';
import { withoutField, type DescribedObject } from './describe-object.js';
import type { FinishedObject, PullStaging } from './pull-staging.js';
import { recordCells } from './record-cells.js';
import { FieldRefusedError, type QueryPage, type SfApi } from './sf-api.js';
import { countSoql, selectSoql } from './soql.js';

export interface ObjectPullContext {
  api: SfApi;
  staging: PullStaging;
  whereSince?: string;
  /** Objects with at least this many rows go through Bulk API 2.0. */
  bulkThreshold: number;
  pollMs: number;
  onProgress?: (object: string, rows: number) => void;
}

const NOT_BULK = /not supported by the Bulk API|is not supported|FeatureNotEnabled/i;

async function restQuery(ctx: ObjectPullContext, o: DescribedObject, write: (cells: string[]) => void, first?: QueryPage): Promise<void> {
  let page = first ?? (await ctx.api.query(selectSoql(o, ctx.whereSince)));
  let rows = 0;
  for (;;) {
    for (const r of page.records) write(recordCells(r, o.fields));
    rows += page.records.length;
    ctx.onProgress?.(o.object, rows);
    if (page.done || !page.nextRecordsUrl) return;
    page = await ctx.api.queryMore(page.nextRecordsUrl);
  }
}

/**
 * How many rows the pull will bring: `SELECT COUNT()`, or, where the count is refused (a server
 * without aggregate queries), the totalSize of the REST query's first page, kept for reuse.
 */
async function measure(ctx: ObjectPullContext, o: DescribedObject): Promise<{ totalSize: number; first?: QueryPage }> {
  try {
    return { totalSize: (await ctx.api.query(countSoql(o, ctx.whereSince))).totalSize };
  } catch (e) {
    // Only Salesforce's own refusals (not an expired session or the API limit) fall back.
    if (!isSalesforceRefusal(e)) throw e;
    const first = await ctx.api.query(selectSoql(o, ctx.whereSince));
    return { totalSize: first.totalSize ?? first.records.length, first };
  }
}

async function pullOnce(ctx: ObjectPullContext, o: DescribedObject): Promise<FinishedObject> {
  const counted = await measure(ctx, o);
  let via: 'rest' | 'bulk' = counted.totalSize >= ctx.bulkThreshold && !(counted.first?.done ?? false) ? 'bulk' : 'rest';
  const out = ctx.staging.open(o.object, o.fields);
  try {
    if (via === 'bulk') {
      try {
        await bulkQuery(ctx.api, o.object, selectSoql(o, ctx.whereSince), o.fields, out, { pollMs: ctx.pollMs, onRows: (n) => ctx.onProgress?.(o.object, n) });
      } catch (e) {
        // Some objects cannot be bulk-queried; they are small enough for REST in practice.
        if (!(e instanceof CrmError && out.rows === 0 && NOT_BULK.test(e.message))) throw e;
        via = 'rest';
        await restQuery(ctx, o, (cells) => out.writeRow(cells));
      }
    } else {
      await restQuery(ctx, o, (cells) => out.writeRow(cells), counted.first);
    }
  } catch (e) {
    ctx.staging.discard(out);
    throw e;
  }
  return ctx.staging.finish(o.object, out, { via, def: o.def, fields: o.fields, skipped: o.skipped, permissionable: o.permissionable });
}

export async function pullObject(ctx: ObjectPullContext, described: DescribedObject): Promise<FinishedObject> {
  let o = described;
  for (;;) {
    try {
      return await pullOnce(ctx, o);
    } catch (e) {
      const field = e instanceof FieldRefusedError ? e.fieldIn(o.fields) : undefined;
      if (!field || field === 'Id') throw e;
      o = withoutField(o, field, 'refused by the query (INVALID_FIELD): not readable by the integration user');
    }
  }
}
