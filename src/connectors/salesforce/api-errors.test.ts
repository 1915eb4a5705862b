import { describe, expect, it } from 'vitest';
import { CrmError } from '../../core/problem.js';
import { describeUsage, errorCode, isLimitExceeded, parseLimitInfo, refusedField, toCrmError, withBackoff } from './api-errors.js';

const sfError = (errorCode: string, message: string) => Object.assign(new Error(message), { name: errorCode, errorCode });

describe('Salesforce API errors', () => {
  it('reads the API usage header', () => {
    expect(parseLimitInfo('api-usage=25/15000')).toEqual({ used: 25, limit: 15000 });
    expect(parseLimitInfo('per-app-api-usage=1/2(appName=x), api-usage=7/100')).toEqual({ used: 7, limit: 100 });
    expect(parseLimitInfo(undefined)).toBeUndefined();
    expect(describeUsage({ used: 14990, limit: 15000 })).toBe('14,990 of 15,000 API requests used in the last 24 hours, 10 left');
  });
  it('backs off on REQUEST_LIMIT_EXCEEDED, then gives up with the usage', async () => {
    const waits: number[] = [];
    let calls = 0;
    const flaky = () => (++calls < 3 ? Promise.reject(sfError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.')) : Promise.resolve('ok'));
    const opts = { backoffMs: 10, retries: 3, usage: () => ({ used: 15001, limit: 15000 }), sleep: async (ms: number) => void waits.push(ms) };
    await expect(withBackoff(flaky, opts)).resolves.toBe('ok');
    expect(waits).toEqual([10, 20]);
    const never = () => Promise.reject(sfError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'));
    const err = await withBackoff(never, opts).catch((e) => e);
    expect(err).toBeInstanceOf(CrmError);
    expect(err.message).toMatch(/REQUEST_LIMIT_EXCEEDED.*15,001 of 15,000/);
  });
  it('finds the field a query was refused for', () => {
    expect(refusedField(sfError('INVALID_FIELD', "\nSELECT Id, Birthdate FROM Contact\n ^\nERROR at Row:1:Column:12\nNo such column 'Birthdate' on entity 'Contact'."))).toBe('Birthdate');
    expect(refusedField(sfError('MALFORMED_QUERY', 'unexpected token'))).toBeUndefined();
  });
  it('finds the refused field whatever code the Bulk API puts around the message', () => {
    const msg = "No such column 'Secret__c' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c'";
    expect(refusedField(sfError('INVALIDJOB', msg))).toBe('Secret__c');
    expect(refusedField(sfError('API_ERROR', msg))).toBe('Secret__c');
  });
  it('reads the Salesforce error code from a body jsforce left unparsed (no JSON content type)', () => {
    const raw = sfError('ERROR_HTTP_403', '[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]');
    expect(errorCode(raw)).toBe('REQUEST_LIMIT_EXCEEDED');
    expect(isLimitExceeded(raw)).toBe(true);
    const e = toCrmError(sfError('ERROR_HTTP_401', 'Unauthorized'), 'describe Account', 'https://x') as CrmError;
    expect(e.problems[0].code).toBe('session_expired');
  });
  it('turns an expired session into one clear message', () => {
    const e = toCrmError(sfError('INVALID_SESSION_ID', 'Session expired or invalid'), 'describe Account', 'https://x') as CrmError;
    expect(e.problems[0].code).toBe('session_expired');
    expect(toCrmError(new TypeError('bug'), 'x', 'y')).toBeInstanceOf(TypeError);
  });
});
