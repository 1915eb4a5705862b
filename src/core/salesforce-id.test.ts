import { describe, expect, it } from 'vitest';
import { checksumSuffix, isSalesforceId, makeId, to18 } from './salesforce-id.js';

describe('salesforce ids', () => {
  it('computes the 18-char suffix as Salesforce does', () => {
    // Ids taken from a real Data Loader export.
    expect(to18('0011R00001ypMKs')).toBe('0011R00001ypMKsQAM');
    expect(to18('0033600001a28f1')).toBe('0033600001a28f1AAA');
    expect(checksumSuffix('00Q1R000012ng70')).toBe('UAA');
  });
  it('makes distinct valid ids with the right key prefix', () => {
    const a = makeId('Account', 1);
    const b = makeId('Account', 2);
    expect(a).not.toBe(b);
    expect(a.startsWith('001')).toBe(true);
    expect(isSalesforceId(a)).toBe(true);
    expect(makeId('Contact', 61)).toHaveLength(18);
  });
  it('rejects malformed ids', () => {
    expect(isSalesforceId('0011R00001ypMKsQAA')).toBe(false);
    expect(isSalesforceId('abc')).toBe(false);
  });
});
