/**
 * Retries for the Messages API, done here rather than by the SDK (it runs with maxRetries 0) so the
 * policy is ours and tested: 429, 529 and every other 5xx, 408 and 409 (as the SDK does), timeouts
 * and dropped connections are retried; anything else (400 bad request, 401 bad key, 404 unknown
 * model, 413 too large …) fails at once, because retrying cannot fix it. A server's explicit
 * `x-should-retry: true|false` overrides the status, as in the SDK. Reasons carry the response's
 * `request-id`, the one thing Anthropic support asks for. The wait is the server's `retry-after-ms` / `retry-after` (seconds or an HTTP date) when it
 * sends one — capped, plus up to 10% jitter so parallel workers do not return in step — else
 * exponential backoff with jitter: between half and all of base·2^attempt, capped.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';

export interface RetryOptions {
  /** Retries after the first attempt (default 4). */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** The longest server-requested wait honoured; longer asks wait this long (default 2 min). */
  maxRetryAfterMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

export interface Classified { retryable: boolean; retryAfterMs?: number; reason: string; status?: number }

export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const s = Number.parseFloat(raw);
  if (Number.isFinite(s)) return s >= 0 ? s * 1000 : undefined;
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

export function classifyError(e: unknown): Classified {
  if (e instanceof APIConnectionTimeoutError) return { retryable: true, reason: 'request timed out' };
  if (e instanceof APIConnectionError) return { retryable: true, reason: `connection failed${e.cause ? ` (${(e.cause as Error).message ?? e.cause})` : ''}` };
  if (e instanceof APIError && typeof e.status === 'number') {
    const type = (e.error as { error?: { type?: string } } | undefined)?.error?.type;
    const detail = (e.error as { error?: { message?: string } } | undefined)?.error?.message ?? e.message;
    const requestId = e.requestID ?? (e.error as { request_id?: unknown } | undefined)?.request_id;
    const reason = `HTTP ${e.status}${type ? ` ${type}` : ''}: ${oneLine(detail)}${typeof requestId === 'string' && requestId ? ` (request-id ${requestId})` : ''}`;
    const told = e.headers?.get('x-should-retry');
    const retryable = told === 'true' ? true : told === 'false' ? false : e.status === 408 || e.status === 409 || e.status === 429 || e.status >= 500;
    return { retryable, reason, status: e.status, ...(retryable ? { retryAfterMs: retryAfterMs(e.headers) } : {}) };
  }
  return { retryable: false, reason: (e as Error)?.message ?? String(e) };
}

/** An error body that is not the API's JSON (an HTML page from a proxy, say) kept short and on one line. */
const oneLine = (text: string) => {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
};

export function retryDelay(attempt: number, retryAfter: number | undefined, o: RetryOptions = {}): number {
  const random = o.random ?? Math.random;
  if (retryAfter !== undefined) {
    const wait = Math.min(retryAfter, o.maxRetryAfterMs ?? 120_000);
    return Math.round(wait + wait * 0.1 * random());
  }
  const cap = Math.min(o.maxDelayMs ?? 30_000, (o.baseDelayMs ?? 1000) * 2 ** attempt);
  return Math.round(cap / 2 + (cap / 2) * random());
}

export type Attempted<T> = { ok: true; value: T; retries: number } | { ok: false; error: string; retries: number; retryable: boolean; status?: number };

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function withRetry<T>(fn: () => Promise<T>, o: RetryOptions = {}): Promise<Attempted<T>> {
  const max = o.maxRetries ?? 4;
  for (let attempt = 0; ; attempt++) {
    try {
      return { ok: true, value: await fn(), retries: attempt };
    } catch (e) {
      const c = classifyError(e);
      if (!c.retryable || attempt >= max) {
        return { ok: false, retries: attempt, retryable: c.retryable, ...(c.status ? { status: c.status } : {}), error: c.retryable ? `${c.reason} (gave up after ${attempt + 1} attempts)` : c.reason };
      }
      const delayMs = retryDelay(attempt, c.retryAfterMs, o);
      o.onRetry?.({ attempt: attempt + 1, delayMs, reason: c.reason });
      await (o.sleep ?? defaultSleep)(delayMs);
    }
  }
}
