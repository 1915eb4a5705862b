/** Shared by the pull tests: a fake org from a snapshot, a pull against it, and ways to compare. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { PullOptions } from '../pull-options.js';
import { pullSalesforce } from '../pull-salesforce.js';
import { FakeSalesforce, type FakeSalesforceOptions } from './fake-salesforce.js';

export const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
export const ACME = join(repoRoot, 'fixtures/acme');

export const tempOut = (tag = 'crm-pull-'): string => join(mkdtempSync(join(tmpdir(), tag)), 'snap');

export async function startFake(opts: Partial<FakeSalesforceOptions> = {}): Promise<FakeSalesforce> {
  const fake = new FakeSalesforce({ snapshot: ACME, ...opts });
  await fake.start();
  return fake;
}

export const tokenEnv = (fake: FakeSalesforce, token = 'fake-token') => ({ SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: token });

/** A pull tuned for tests: no waiting between polls or back-offs. */
export function pull(fake: FakeSalesforce, opts: Partial<PullOptions> = {}) {
  return pullSalesforce({ out: tempOut(), env: tokenEnv(fake), pollMs: 1, backoffMs: 1, ...opts });
}

export const csvRows = (path: string): string[][] => parse(readFileSync(path), { bom: true }) as string[][];
export const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** A data file's rows keyed by Id, each as {column: value}: order-free comparison. */
export function rowsById(path: string, columns?: string[]): Map<string, Record<string, string>> {
  const [header, ...rows] = csvRows(path);
  const keep = columns ?? header;
  return new Map(rows.map((r) => [r[header.indexOf('Id')], Object.fromEntries(keep.map((c) => [c, r[header.indexOf(c)] ?? '']))]));
}
