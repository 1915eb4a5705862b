/**
 * What a failed Salesforce call means for the pull: back off and retry (REQUEST_LIMIT_EXCEEDED),
 * drop a field and retry (INVALID_FIELD), or stop with one clear problem (expired session, anything
 * else). Remaining API calls come from the Sforce-Limit-Info header Salesforce sends on each answer.
 */
import { CrmError } from '../../core/problem.js';
import { problems } from './problems.js';

export interface ApiUsage { used: number; limit: number }

export function parseLimitInfo(header: string | undefined | null): ApiUsage | undefined {
  const m = /(?:^|[\s,])api-usage=(\d+)\/(\d+)/.exec(header ?? '');
  return m ? { used: Number(m[1]), limit: Number(m[2]) } : undefined;
}

export const describeUsage = (u: ApiUsage | undefined): string =>
  u ? `${u.used.toLocaleString('en-US')} of ${u.limit.toLocaleString('en-US')} API requests used in the last 24 hours, ${Math.max(0, u.limit - u.used).toLocaleString('en-US')} left` : '';

export function errorCode(e: unknown): string {
  const err = e as { errorCode?: string; name?: string; message?: unknown; data?: { errorCode?: string } } | undefined;
  const code = err?.errorCode ?? err?.data?.errorCode ?? err?.name ?? '';
  // jsforce reads an error body as JSON only when the answer says `application/json`; otherwise the
  // body ([{"errorCode": …, "message": …}]) is left as the message, under ERROR_HTTP_<status>.
  if (/^ERROR_HTTP_\d+$/.test(code) && typeof err?.message === 'string') {
    const inner = /"errorCode"\s*:\s*"([A-Z_]+)"/.exec(err.message)?.[1];
    if (inner) return inner;
  }
  return code;
}

export const isLimitExceeded = (e: unknown): boolean => errorCode(e) === 'REQUEST_LIMIT_EXCEEDED';
/** Salesforce answered and refused the request (not a session, limit or network problem). */
export const isSalesforceRefusal = (e: unknown): e is CrmError => e instanceof CrmError && e.problems[0]?.code === 'salesforce_error';
export const isSessionExpired = (e: unknown): boolean =>
  ['INVALID_SESSION_ID', 'ERROR_HTTP_401'].includes(errorCode(e)) || /Unable to refresh session|INVALID_SESSION_ID/.test(String((e as Error)?.message));

/**
 * The field a query was refused for, from Salesforce's "No such column 'Foo' on entity 'Bar'". The
 * message is what Salesforce documents; the error code around it varies (INVALID_FIELD from REST,
 * INVALIDJOB or API_ERROR from a Bulk job), so only the message is relied on.
 */
export function refusedField(e: unknown): string | undefined {
  if (e instanceof CrmError) return undefined;
  return /No such column '([^']+)' on entity/.exec(String((e as Error)?.message))?.[1];
}

export interface RetryOptions {
  /** First wait after REQUEST_LIMIT_EXCEEDED; it doubles on each retry. */
  backoffMs: number;
  retries: number;
  usage: () => ApiUsage | undefined;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs one API call, backing off on REQUEST_LIMIT_EXCEEDED; other failures pass through. */
export async function withBackoff<T>(call: () => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (!isLimitExceeded(e)) throw e;
      if (attempt >= opts.retries) throw new CrmError(problems.apiLimit(describeUsage(opts.usage())));
      await (opts.sleep ?? wait)(opts.backoffMs * 2 ** attempt);
    }
  }
}

/** Any failure of a call → the CrmError the user sees (WriteRefusedError and bugs pass through). */
export function toCrmError(e: unknown, what: string, instanceUrl: string): unknown {
  if (e instanceof CrmError) return e;
  if (isSessionExpired(e)) return new CrmError(problems.sessionExpired(instanceUrl));
  const code = errorCode(e);
  if (code && code !== 'Error' && code !== 'TypeError' && code !== 'WriteRefusedError') return new CrmError(problems.apiError(what, code, String((e as Error).message)));
  const sys = e as NodeJS.ErrnoException;
  if (typeof sys?.code === 'string' && /^E[A-Z]+/.test(sys.code)) return new CrmError(problems.apiError(what, sys.code, `cannot reach ${instanceUrl} (${sys.message})`));
  return e;
}
