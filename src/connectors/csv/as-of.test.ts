import { describe, expect, it } from 'vitest';
import { decideAsOf, DEFAULT_AS_OF, LatestStamp, parseTimestamp } from './as-of.js';

describe('asOf', () => {
  it('parses Salesforce datetimes with their offset', () => {
    expect(parseTimestamp('2018-10-24T23:15:19.000+0000')).toBe(Date.UTC(2018, 9, 24, 23, 15, 19));
    expect(parseTimestamp('2018-10-24T23:15:19.000-0500')).toBe(Date.UTC(2018, 9, 25, 4, 15, 19));
    expect(parseTimestamp('2018-10-24')).toBe(Date.UTC(2018, 9, 24));
    expect(parseTimestamp('yesterday')).toBeUndefined();
  });
  it('takes the latest timestamp seen, as a UTC date', () => {
    const s = new LatestStamp();
    for (const v of ['2019-01-06T03:58:49.000+0000', '', 'junk', '2018-12-30T14:00:35.000+0000']) s.observe(v);
    expect(decideAsOf(undefined, s.latest)).toEqual({ asOf: '2019-01-06', capturedAt: '2019-01-06T03:58:49.000Z', defaulted: false });
  });
  it('prefers the given date, and defaults (flagged) only without any', () => {
    expect(decideAsOf('2024-06-30', 0)).toEqual({ asOf: '2024-06-30', capturedAt: '2024-06-30T00:00:00Z', defaulted: false });
    expect(decideAsOf(undefined, undefined)).toMatchObject({ asOf: DEFAULT_AS_OF, defaulted: true });
    // Without timestamps, the day of the import (read by the CLI) rather than 1970.
    expect(decideAsOf(undefined, undefined, '2026-12-04')).toEqual({ asOf: '2026-12-04', capturedAt: '2026-12-04T00:00:00Z', defaulted: true });
    expect(decideAsOf(undefined, Date.UTC(2019, 0, 6), '2026-12-04').asOf).toBe('2019-01-06');
  });
});
