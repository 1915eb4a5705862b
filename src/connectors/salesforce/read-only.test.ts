import { describe, expect, it } from 'vitest';
import { guardTransport, isAllowedRequest, WriteRefusedError } from './read-only.js';

const base = 'http://127.0.0.1:1/services/data/v62.0';

describe('read-only guard', () => {
  it('lets reads, query-job creation and logins through', () => {
    expect(isAllowedRequest('GET', `${base}/sobjects/Account/describe`)).toBe(true);
    expect(isAllowedRequest('POST', `${base}/jobs/query`, '{"query":"SELECT Id FROM Account","operation":"query"}')).toBe(true);
    expect(isAllowedRequest('POST', 'https://login.salesforce.com/services/Soap/u/62.0', '<se:Body><login xmlns="urn:partner.soap.sforce.com"><username>a</username></login>')).toBe(true);
    expect(isAllowedRequest('POST', 'https://login.salesforce.com/services/oauth2/token', 'grant_type=password')).toBe(true);
  });
  it('refuses every write, whatever the endpoint', () => {
    expect(isAllowedRequest('DELETE', `${base}/jobs/query/750x`)).toBe(false);
    expect(isAllowedRequest('PATCH', `${base}/jobs/query/750x`, '{"state":"Aborted"}')).toBe(false);
    expect(isAllowedRequest('POST', `${base}/sobjects/Account`, '{"Name":"x"}')).toBe(false);
    expect(isAllowedRequest('POST', `${base}/jobs/ingest`, '{"operation":"insert"}')).toBe(false);
    expect(isAllowedRequest('POST', `${base}/jobs/query`, '{"operation":"insert"}')).toBe(false);
    expect(isAllowedRequest('POST', `${base}/composite/sobjects`, '[]')).toBe(false);
    expect(isAllowedRequest('PUT', `${base}/sobjects/Account/001`)).toBe(false);
  });
  it('throws before the request reaches the network', () => {
    const sent: string[] = [];
    const t = guardTransport({ httpRequest: (req: { method: string; url: string }) => sent.push(req.method) });
    t.httpRequest({ method: 'GET', url: `${base}/sobjects` });
    expect(() => t.httpRequest({ method: 'DELETE', url: `${base}/jobs/query/750x` })).toThrow(WriteRefusedError);
    expect(sent).toEqual(['GET']);
  });
});
