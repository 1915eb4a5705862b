/**
 * The only door to Salesforce: a jsforce Connection behind the read-only guard, narrowed to the
 * calls a pull needs (describe, query/queryMore, Bulk 2.0 query jobs). Every call passes one choke
 * point that backs off on REQUEST_LIMIT_EXCEEDED and turns failures into problems the user can act
 * on. Bulk result pages are fetched here with a plain streaming GET because jsforce buffers (and
 * parses) each whole page in memory, which a million-row object cannot afford.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Connection } from 'jsforce';
import { QueryJobV2 } from 'jsforce/lib/api/bulk2.js';
import { CrmError } from '../../core/problem.js';
import { parseLimitInfo, refusedField, toCrmError, withBackoff, type ApiUsage } from './api-errors.js';
import type { AuthConfig } from './auth-env.js';
import type { SfDescribe } from './describe-object.js';
import { problems } from './problems.js';
import { guardConnection } from './read-only.js';

export interface QueryPage { records: Record<string, unknown>[]; totalSize: number; done: boolean; nextRecordsUrl?: string }
export interface QueryJobState { id: string; state: string; errorMessage?: string; numberRecordsProcessed?: number }
export interface ResultsPage { body: IncomingMessage; locator: string | null }

/** A query refused for one field (INVALID_FIELD): the caller drops the field and asks again. */
export class FieldRefusedError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'FieldRefusedError';
  }

  /** The refused field as `names` spell it: Salesforce echoes the name as the query spelled it. */
  fieldIn(names: readonly string[]): string | undefined {
    const refused = this.field.toLowerCase();
    return names.find((n) => n.toLowerCase() === refused);
  }
}

export interface ApiOptions {
  apiVersion: string;
  backoffMs?: number;
  retries?: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** Network failures worth another try on an idempotent GET (jsforce retries the same ones). */
const TRANSIENT = /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|UND_ERR_SOCKET)$/;

export class SfApi {
  private latestUsage: ApiUsage | undefined;
  private seenJsforceUsage: ApiUsage | undefined;
  private readonly backoffMs: number;
  private readonly retries: number;

  private constructor(readonly conn: Connection, opts: ApiOptions) {
    this.backoffMs = opts.backoffMs ?? 5_000;
    this.retries = opts.retries ?? 4;
  }

  static async connect(auth: AuthConfig, opts: ApiOptions): Promise<SfApi> {
    if (auth.kind === 'token') {
      return new SfApi(guardConnection(new Connection({ instanceUrl: auth.instanceUrl, accessToken: auth.accessToken, version: opts.apiVersion })), opts);
    }
    const oauth2 = auth.clientId && auth.clientSecret ? { loginUrl: auth.loginUrl, clientId: auth.clientId, clientSecret: auth.clientSecret } : undefined;
    const conn = guardConnection(new Connection({ loginUrl: auth.loginUrl, version: opts.apiVersion, ...(oauth2 ? { oauth2 } : {}) }));
    try {
      await conn.login(auth.username, auth.password + auth.securityToken);
    } catch (e) {
      const sys = e as NodeJS.ErrnoException;
      const reason = typeof sys.code === 'string' && /^E[A-Z]/.test(sys.code) ? `cannot reach ${auth.loginUrl} (${sys.message})` : String(sys.message ?? e);
      throw new CrmError(problems.loginFailed(auth.loginUrl, reason));
    }
    return new SfApi(conn, opts);
  }

  get instanceUrl(): string {
    return this.conn.instanceUrl;
  }

  get version(): string {
    return this.conn.version;
  }

  /** The latest Sforce-Limit-Info seen, from jsforce's REST calls or our own result downloads. */
  usage(): ApiUsage | undefined {
    const fromJsforce = this.conn.limitInfo?.apiUsage;
    if (fromJsforce && fromJsforce !== this.seenJsforceUsage) {
      this.seenJsforceUsage = fromJsforce;
      this.latestUsage = fromJsforce;
    }
    return this.latestUsage;
  }

  private noteUsage(u: ApiUsage): void {
    this.usage(); // whatever jsforce saw so far is older than this
    this.latestUsage = u;
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await withBackoff(fn, { backoffMs: this.backoffMs, retries: this.retries, usage: () => this.usage() });
    } catch (e) {
      const field = refusedField(e);
      if (field) throw new FieldRefusedError(field, String((e as Error).message));
      throw toCrmError(e, what, this.instanceUrl);
    }
  }

  describeGlobal(): Promise<{ sobjects: { name: string; label?: string; queryable?: boolean }[] }> {
    return this.call('list the objects (describeGlobal)', () => this.conn.describeGlobal() as Promise<never>);
  }

  describe(object: string): Promise<SfDescribe> {
    return this.call(`describe ${object}`, () => this.conn.describe(object) as Promise<never>);
  }

  query(soql: string): Promise<QueryPage> {
    // maxFetch: jsforce cuts a page at 10,000 records by default and would then report it done.
    return this.call(`query: ${soql.slice(0, 80)}`, async () => (await this.conn.query(soql, { autoFetch: false, maxFetch: Number.MAX_SAFE_INTEGER })) as unknown as QueryPage);
  }

  queryMore(nextRecordsUrl: string): Promise<QueryPage> {
    return this.call('read the next page of a query', async () => (await this.conn.queryMore(nextRecordsUrl, { autoFetch: false, maxFetch: Number.MAX_SAFE_INTEGER } as never)) as unknown as QueryPage);
  }

  /** Every record of a small query (setup objects), page by page. */
  async queryAll(soql: string): Promise<Record<string, unknown>[]> {
    let page = await this.query(soql);
    const records = [...page.records];
    while (!page.done && page.nextRecordsUrl) {
      page = await this.queryMore(page.nextRecordsUrl);
      records.push(...page.records);
    }
    return records;
  }

  createQueryJob(soql: string): Promise<QueryJobState> {
    return this.call('create a Bulk API query job', async () => {
      // The result format is spelled out rather than left to the defaults the snapshot depends on.
      const bodyParams = { operation: 'query' as const, query: soql, contentType: 'CSV' as const, columnDelimiter: 'COMMA' as const, lineEnding: 'LF' as const };
      const job = new QueryJobV2(this.conn, { bodyParams, pollingOptions: { pollInterval: 1000, pollTimeout: 0 } });
      return (await job.open()) as QueryJobState;
    });
  }

  queryJob(id: string): Promise<QueryJobState> {
    return this.call('check a Bulk API query job', async () => {
      const job = new QueryJobV2(this.conn, { id, pollingOptions: { pollInterval: 1000, pollTimeout: 0 } });
      return (await job.check()) as QueryJobState;
    });
  }

  /** One page of a finished query job's results, as a stream; `locator` names the next page. */
  resultsPage(jobId: string, locator: string | undefined): Promise<ResultsPage> {
    return this.call('download Bulk API results', async () => {
      const path = `/services/data/v${this.version}/jobs/query/${jobId}/results${locator ? `?locator=${encodeURIComponent(locator)}` : ''}`;
      let res = await this.getWithRetries(path);
      if (res.statusCode === 401 && this.conn._refreshDelegate) {
        res.resume();
        await this.conn._refreshDelegate.refresh(Date.now());
        res = await this.getWithRetries(path);
      }
      if (res.statusCode !== 200) throw await httpError(res);
      const next = res.headers['sforce-locator'];
      const loc = Array.isArray(next) ? next[0] : next;
      return { body: res, locator: !loc || loc === 'null' ? null : loc };
    });
  }

  /** A GET that, like jsforce's own, tries again on 5xx answers and dropped connections (it is idempotent). */
  private async getWithRetries(path: string, retries = 4): Promise<IncomingMessage> {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await this.get(path);
        if (res.statusCode === undefined || res.statusCode < 500 || attempt >= retries) return res;
        res.resume();
      } catch (e) {
        if (attempt >= retries || !TRANSIENT.test(String((e as NodeJS.ErrnoException).code))) throw e;
      }
      await sleep(Math.min(this.backoffMs, 500) * 2 ** attempt);
    }
  }

  private get(path: string): Promise<IncomingMessage> {
    const url = new URL(path, this.instanceUrl);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = send(url, { method: 'GET', headers: { Authorization: `Bearer ${this.conn.accessToken}`, Accept: 'text/csv' } }, (res) => {
        const usage = parseLimitInfo(res.headers['sforce-limit-info'] as string | undefined);
        if (usage) this.noteUsage(usage);
        resolve(res);
      });
      req.on('error', reject);
      req.end();
    });
  }
}

async function httpError(res: IncomingMessage): Promise<Error> {
  let text = '';
  for await (const chunk of res) text += chunk;
  let body: { errorCode?: string; message?: string } = {};
  try {
    const parsed = JSON.parse(text);
    body = Array.isArray(parsed) ? parsed[0] : parsed;
  } catch {
    body = { message: text.slice(0, 300) };
  }
  const code = body.errorCode ?? (res.statusCode === 401 ? 'INVALID_SESSION_ID' : `ERROR_HTTP_${res.statusCode}`);
  return Object.assign(new Error(body.message ?? `HTTP ${res.statusCode}`), { name: code, errorCode: code });
}
