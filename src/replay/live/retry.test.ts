import { APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { classifyError, retryAfterMs, retryDelay, withRetry } from './retry.js';

const apiError = (status: number, headers: Record<string, string> = {}) =>
  APIError.generate(status, { type: 'error', error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message: 'boom' } }, undefined, new Headers(headers));

describe('retry policy', () => {
  it('reads retry-after as seconds, as an HTTP date, and retry-after-ms first', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': '0.5', 'retry-after-ms': '120' }))).toBe(120);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT' }), now)).toBe(7000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });

  it('retries 429, 529, 5xx and timeouts, never 4xx such as a bad key', () => {
    for (const s of [429, 500, 502, 503, 529]) expect(classifyError(apiError(s)).retryable, String(s)).toBe(true);
    for (const s of [400, 401, 403, 404, 413]) expect(classifyError(apiError(s)).retryable, String(s)).toBe(false);
    expect(classifyError(new APIConnectionTimeoutError()).retryable).toBe(true);
    expect(classifyError(apiError(429, { 'retry-after': '2' })).retryAfterMs).toBe(2000);
    expect(classifyError(apiError(401)).reason).toMatch(/^HTTP 401 api_error: boom/);
  });

  it('honours retry-after (capped, with at most 10% jitter) and otherwise backs off exponentially with jitter', () => {
    expect(retryDelay(0, 2000, { random: () => 0 })).toBe(2000);
    expect(retryDelay(0, 2000, { random: () => 1 })).toBe(2200);
    expect(retryDelay(0, 10 * 60_000, { random: () => 0, maxRetryAfterMs: 60_000 })).toBe(60_000);
    const o = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect([0, 1, 2, 3, 6].map((a) => retryDelay(a, undefined, { ...o, random: () => 1 }))).toEqual([100, 200, 400, 800, 1000]);
    expect([0, 1, 2, 3, 6].map((a) => retryDelay(a, undefined, { ...o, random: () => 0 }))).toEqual([50, 100, 200, 400, 500]);
  });

  it('gives up after maxRetries with the last reason, and stops at once on a non-retryable error', async () => {
    const waits: number[] = [];
    let calls = 0;
    const r = await withRetry(async () => { calls++; throw apiError(500); }, { maxRetries: 3, sleep: async (ms) => { waits.push(ms); }, random: () => 0.5, baseDelayMs: 10 });
    expect(r).toMatchObject({ ok: false, retries: 3, retryable: true });
    expect(!r.ok && r.error).toMatch(/HTTP 500 .*gave up after 4 attempts/);
    expect(calls).toBe(4);
    expect(waits).toEqual([8, 15, 30]);
    calls = 0;
    const bad = await withRetry(async () => { calls++; throw apiError(400); }, { sleep: async () => {} });
    expect(calls).toBe(1);
    expect(bad).toMatchObject({ ok: false, retryable: false, retries: 0 });
    let n = 0;
    const good = await withRetry(async () => { if (n++ < 2) throw apiError(529); return 'ok'; }, { sleep: async () => {} });
    expect(good).toEqual({ ok: true, value: 'ok', retries: 2 });
  });

  it('obeys x-should-retry like the SDK, retries 408 and 409, and names the request-id', () => {
    expect(classifyError(apiError(500, { 'x-should-retry': 'false' })).retryable).toBe(false);
    expect(classifyError(apiError(400, { 'x-should-retry': 'true' })).retryable).toBe(true);
    for (const s of [408, 409]) expect(classifyError(apiError(s)).retryable, String(s)).toBe(true);
    const e = classifyError(apiError(529, { 'request-id': 'req_011CAbc' }));
    expect(e).toMatchObject({ retryable: true, status: 529, reason: 'HTTP 529 api_error: boom (request-id req_011CAbc)' });
    // A proxy's HTML page instead of the API's JSON: kept short and on one line.
    const html = APIError.generate(413, undefined, `<html>\n<body>${'x'.repeat(1000)}</body>\n</html>`, new Headers());
    const c = classifyError(html);
    expect(c.retryable).toBe(false);
    expect(c.reason).not.toContain('\n');
    expect(c.reason.length).toBeLessThan(340);
  });
});
