/**
 * The options of `crmready pull salesforce`, checked before anything touches the network or the disk.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Problem } from '../../core/problem.js';
import { isApiName } from '../csv/api-name.js';
import { problems } from './problems.js';

export interface PullOptions {
  /** The snapshot folder to write. */
  out: string;
  /** API names to pull; default: the standard CRM objects the org has (Account, Contact, …). */
  objects?: string[];
  /** Only rows modified on or after this day (YYYY-MM-DD, UTC). */
  whereSince?: string;
  /** Salesforce API version, e.g. 62.0. */
  apiVersion?: string;
  /** Objects with at least this many rows go through Bulk API 2.0 (default 10,000). */
  bulkThreshold?: number;
  /** snapshot.json asOf; default: the day of the pull (UTC). */
  asOf?: string;
  name?: string;
  replace?: boolean;
  /** Where the SF_* variables are read; default process.env. */
  env?: Record<string, string | undefined>;
  /** Tuning for tests: first Bulk poll interval and REQUEST_LIMIT_EXCEEDED back-off. */
  pollMs?: number;
  backoffMs?: number;
  retries?: number;
  onProgress?: (object: string, rows: number) => void;
}

export const DEFAULT_API_VERSION = '62.0';
export const DEFAULT_BULK_THRESHOLD = 10_000;

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

export function checkPullOptions(opts: PullOptions): Problem[] {
  const out: Problem[] = [];
  if (opts.whereSince !== undefined && !isDate(opts.whereSince)) out.push(problems.badOption('--where-since', opts.whereSince, 'a date YYYY-MM-DD'));
  if (opts.asOf !== undefined && !isDate(opts.asOf)) out.push(problems.badOption('--as-of', opts.asOf, 'a date YYYY-MM-DD'));
  if (opts.apiVersion !== undefined && !/^\d{2}\.0$/.test(opts.apiVersion)) out.push(problems.badOption('--api-version', opts.apiVersion, 'a Salesforce API version such as 62.0'));
  if (opts.bulkThreshold !== undefined && !(Number.isInteger(opts.bulkThreshold) && opts.bulkThreshold >= 0)) out.push(problems.badOption('--bulk-threshold', String(opts.bulkThreshold), 'a whole number of rows'));
  for (const o of opts.objects ?? []) if (!isApiName(o)) out.push(problems.badOption('--objects', o, 'Salesforce API names separated by commas, e.g. Account,Contact,My_Object__c'));
  if (!opts.replace && existsSync(opts.out) && readdirSync(opts.out).length > 0) {
    out.push({ code: 'output_exists', file: opts.out, message: 'the output folder already exists and is not empty', hint: 'choose another --out folder, or pass --force to replace it' });
  }
  return out;
}
