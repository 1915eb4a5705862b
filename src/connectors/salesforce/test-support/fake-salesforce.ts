/**
 * A fake Salesforce org on 127.0.0.1, fed from a snapshot folder, implementing exactly what the
 * connector uses: SOAP/OAuth login, describeGlobal, describe, query/queryMore, Bulk API 2.0 query jobs
 * (create → UploadComplete → InProgress → JobComplete, results paged by Sforce-Locator, "null" on the
 * last page) and the failures a real org produces: INVALID_SESSION_ID, REQUEST_LIMIT_EXCEEDED with
 * Sforce-Limit-Info, fields hidden from the integration user, failed jobs. Every request is recorded
 * so tests can prove the connector only reads.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { makeId } from '../../../core/salesforce-id.js';
import { loadFakeOrg, type FakeTable } from './fake-org.js';
import { oauthLogin, soapLogin, type LoginContext } from './fake-login.js';
import { bulkPage, countRows, jsonRecords, matchingRows, select, type Selection } from './fake-query.js';
import { SoqlError } from './fake-soql.js';

export interface RecordedRequest { method: string; path: string; body: string }

export interface FakeSalesforceOptions {
  /** The snapshot folder the org's data, schema and access come from. */
  snapshot: string;
  accessToken?: string;
  /** username → password (with the security token appended, as Salesforce expects). */
  logins?: Record<string, string>;
  /** Fields field-level security hides from the integration user (absent from describe). */
  hiddenFields?: Record<string, string[]>;
  /** Fields the describe shows but a query refuses (INVALID_FIELD). */
  refusedFields?: Record<string, string[]>;
  queryPageSize?: number;
  bulkPageSize?: number;
  /** Status polls a Bulk job takes to complete. */
  bulkPolls?: number;
  failBulkJobs?: string[];
  apiLimit?: number;
  apiUsed?: number;
  /** API request numbers (1-based) answered REQUEST_LIMIT_EXCEEDED. */
  limitExceededAt?: number[];
  /** A session expires after this many API requests. */
  sessionRequests?: number;
  /** Requests answered 400 UNKNOWN_EXCEPTION (a pull dying midway; 400, not 500, so jsforce does not retry for seconds). */
  failWhen?: (req: RecordedRequest) => boolean;
}

interface Job { id: string; sel: Selection; polls: number; failed: boolean }

const sfError = (errorCode: string, message: string) => JSON.stringify([{ message, errorCode }]);
const encodeLocator = (start: number): string => Buffer.from(`row:${start}`).toString('base64');
function decodeLocator(locator: string): number | undefined {
  const m = /^row:(\d+)$/.exec(Buffer.from(locator, 'base64').toString('utf8'));
  return m ? Number(m[1]) : undefined;
}

export class FakeSalesforce {
  readonly requests: RecordedRequest[] = [];
  readonly version = '62.0';
  private readonly tables: Map<string, FakeTable>;
  private readonly sessions = new Map<string, number>();
  private readonly jobs = new Map<string, Job>();
  private readonly cursors = new Map<string, { sel: Selection; rows: string[][] }>();
  private server?: Server;
  private apiRequests = 0;
  private apiUsed: number;
  private seq = 0;
  url = '';

  constructor(readonly opts: FakeSalesforceOptions) {
    this.tables = loadFakeOrg(opts.snapshot, { hiddenFields: opts.hiddenFields, bulkPageSize: opts.bulkPageSize ?? 50_000 });
    this.sessions.set(opts.accessToken ?? 'fake-token', 0);
    this.apiUsed = opts.apiUsed ?? 100;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res).catch((e) => this.send(res, 500, 'application/json', sfError('UNKNOWN_EXCEPTION', String(e)))));
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  /** Expires every session now (as an admin's "log out all users" would). */
  expireSessions(): void {
    this.sessions.clear();
  }

  private send(res: ServerResponse, status: number, type: string, body: string | Readable, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': type, ...headers });
    if (typeof body === 'string') res.end(body);
    else body.pipe(res);
  }

  private loginContext(): LoginContext {
    const users = this.opts.logins ?? {};
    return {
      baseUrl: this.url, version: this.version, userId: makeId('User', 1), orgId: '00D5g0000000001EAA',
      check: (u, p) => Object.hasOwn(users, u) && users[u] === p,
      newSession: () => {
        const token = `session-${++this.seq}`;
        this.sessions.set(token, 0);
        return token;
      },
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const url = new URL(req.url ?? '/', this.url);
    const rec = { method: req.method ?? 'GET', path: url.pathname + url.search, body };
    this.requests.push(rec);
    if (rec.method === 'POST' && /^\/services\/Soap\/u\/[\d.]+$/.test(url.pathname)) {
      const r = soapLogin(body, this.loginContext());
      return this.send(res, r.status, r.type, r.text);
    }
    if (rec.method === 'POST' && url.pathname === '/services/oauth2/token') {
      const r = oauthLogin(body, this.loginContext());
      return this.send(res, r.status, r.type, r.text);
    }
    const m = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/.exec(url.pathname);
    if (!m) return this.send(res, 404, 'application/json', sfError('NOT_FOUND', 'The requested resource does not exist'));
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const used = this.sessions.get(token);
    if (used === undefined || (this.opts.sessionRequests !== undefined && used >= this.opts.sessionRequests)) {
      this.sessions.delete(token);
      return this.send(res, 401, 'application/json', sfError('INVALID_SESSION_ID', 'Session expired or invalid'));
    }
    this.sessions.set(token, used + 1);
    const n = ++this.apiRequests;
    this.apiUsed++;
    const limit = this.opts.apiLimit ?? 15_000;
    const headers = { 'Sforce-Limit-Info': `api-usage=${this.apiUsed}/${limit}` };
    if (this.apiUsed > limit || this.opts.limitExceededAt?.includes(n)) {
      return this.send(res, 403, 'application/json', sfError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'), headers);
    }
    if (this.opts.failWhen?.(rec)) return this.send(res, 400, 'application/json', sfError('UNKNOWN_EXCEPTION', 'An unexpected error occurred.'), headers);
    try {
      const r = this.route(rec.method, m[2] ?? '/', url.searchParams, body);
      this.send(res, r.status, r.type, r.body, { ...headers, ...r.headers });
    } catch (e) {
      if (!(e instanceof SoqlError)) throw e;
      this.send(res, 400, 'application/json', sfError(e.errorCode, e.message), headers);
    }
  }

  private route(method: string, path: string, params: URLSearchParams, body: string): { status: number; type: string; body: string | Readable; headers?: Record<string, string> } {
    const json = (value: unknown, status = 200) => ({ status, type: 'application/json;charset=UTF-8', body: JSON.stringify(value) });
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/sobjects') {
      return json({ encoding: 'UTF-8', maxBatchSize: 200, sobjects: [...this.tables.values()].map((t) => ({ name: t.name, label: t.label, queryable: true, retrieveable: true, custom: t.name.endsWith('__c') })) });
    }
    if (method === 'GET' && (m = /^\/sobjects\/(\w+)\/describe$/.exec(path))) {
      const t = this.tables.get(m[1]);
      if (!t) return json([{ errorCode: 'NOT_FOUND', message: `The requested resource does not exist` }], 404);
      return json({ name: t.name, label: t.label, queryable: true, fields: t.describe });
    }
    if (method === 'GET' && path === '/query') return json(this.queryPage(select(this.tables, params.get('q') ?? '', this.opts.refusedFields)));
    if (method === 'GET' && (m = /^\/query\/([\w-]+)$/.exec(path))) {
      const [cursor, offset] = m[1].split('-');
      const c = this.cursors.get(cursor);
      if (!c) return json([{ errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' }], 400);
      return json(this.pageOf(c.sel, c.rows, Number(offset), cursor));
    }
    if (method === 'POST' && path === '/jobs/query') return this.createJob(body);
    if (method === 'GET' && (m = /^\/jobs\/query\/(\w+)$/.exec(path))) {
      const job = this.jobs.get(m[1]);
      return job ? json(this.jobInfo(job, true)) : json([{ errorCode: 'NOT_FOUND', message: 'no such job' }], 404);
    }
    if (method === 'GET' && (m = /^\/jobs\/query\/(\w+)\/results$/.exec(path))) {
      const job = this.jobs.get(m[1]);
      if (!job) return json([{ errorCode: 'NOT_FOUND', message: 'no such job' }], 404);
      if (this.jobInfo(job, false).state !== 'JobComplete') return json([{ errorCode: 'API_ERROR', message: 'the job is not complete' }], 400);
      const size = Math.min(Number(params.get('maxRecords') ?? Infinity), this.opts.bulkPageSize ?? 50_000);
      const locator = params.get('locator');
      const start = locator === null ? 0 : decodeLocator(locator);
      if (start === undefined) return json([{ errorCode: 'INVALID_LOCATOR', message: `invalid locator: ${locator}` }], 400);
      const page = bulkPage(job.sel, start, size);
      // Locators are opaque, base64-like strings (API 49.0+), "null" on the last page.
      return { status: 200, type: 'text/csv', body: page.body, headers: { 'Sforce-Locator': page.next === null ? 'null' : encodeLocator(page.next), 'Sforce-NumberOfRecords': String(page.records) } };
    }
    return json([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }], 404);
  }

  private queryPage(sel: Selection): unknown {
    if (sel.soql.fields === 'count') return { totalSize: countRows(sel), done: true, records: [] };
    const cursor = `01gFAKE${++this.seq}`;
    const rows = matchingRows(sel);
    this.cursors.set(cursor, { sel, rows });
    return this.pageOf(sel, rows, 0, cursor);
  }

  private pageOf(sel: Selection, rows: string[][], offset: number, cursor: string): unknown {
    const size = this.opts.queryPageSize ?? 2000;
    const page = rows.slice(offset, offset + size);
    const done = offset + size >= rows.length;
    return {
      totalSize: rows.length, done, records: jsonRecords(sel, page, this.version),
      ...(done ? {} : { nextRecordsUrl: `/services/data/v${this.version}/query/${cursor}-${offset + size}` }),
    };
  }

  private createJob(body: string) {
    const req = JSON.parse(body) as { query?: string; operation?: string };
    if (req.operation !== 'query' && req.operation !== 'queryAll') throw new SoqlError('INVALIDJOB', `unsupported operation ${req.operation}`);
    let sel: Selection;
    try {
      sel = select(this.tables, req.query ?? '', this.opts.refusedFields);
    } catch (e) {
      // Bulk reports query errors as INVALIDJOB with Salesforce's own message.
      if (e instanceof SoqlError) throw new SoqlError('INVALIDJOB', e.message);
      throw e;
    }
    const job: Job = { id: makeId('750', ++this.seq), sel, polls: 0, failed: !!this.opts.failBulkJobs?.includes(sel.table.name) };
    this.jobs.set(job.id, job);
    return { status: 200, type: 'application/json', body: JSON.stringify(this.jobInfo(job, false)) };
  }

  private jobInfo(job: Job, poll: boolean): Record<string, unknown> {
    if (poll) job.polls++;
    const need = this.opts.bulkPolls ?? 2;
    const state = job.polls === 0 ? 'UploadComplete' : job.polls < need ? 'InProgress' : job.failed ? 'Failed' : 'JobComplete';
    return {
      id: job.id, operation: 'query', object: job.sel.table.name, createdById: makeId('User', 1), state, concurrencyMode: 'Parallel',
      contentType: 'CSV', apiVersion: Number(this.version), lineEnding: 'LF', columnDelimiter: 'COMMA',
      ...(state === 'JobComplete' ? { numberRecordsProcessed: countRows(job.sel), retries: 0, totalProcessingTime: 10 } : {}),
      ...(state === 'Failed' ? { errorMessage: 'InternalServerError: the query job failed' } : {}),
    };
  }
}
