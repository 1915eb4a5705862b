import { describe, expect, it } from 'vitest';
import { audit, context, gate } from '../test-support/fixtures.js';

describe('duplicate_rate gate (ready ≤ 2, conditional ≤ 5)', () => {
  it.each([
    [0, 'pass'], [2, 'pass'], [3, 'warn'], [5, 'warn'], [6, 'fail'],
  ])('%d duplicates in 100 contacts → %s', (failed, status) => {
    const g = gate('duplicate_rate', context(audit([{ code: 'duplicate', dimension: 'uniqueness', failed }, { object: 'Account', code: 'duplicate', dimension: 'uniqueness', evaluated: 10, failed: 0 }])));
    expect(g).toMatchObject({ status, value: failed });
  });
  it('a boundary that is not a round number: 1 in 50 is exactly 2%', () => {
    expect(gate('duplicate_rate', context(audit([{ code: 'duplicate', evaluated: 50, failed: 1 }]))).status).toBe('pass');
    expect(gate('duplicate_rate', context(audit([{ code: 'duplicate', evaluated: 49, failed: 1 }]))).status).toBe('warn');
  });
  it('is not judged when no duplicate check ran on the target objects', () => {
    expect(gate('duplicate_rate', context(audit([{ object: 'Task', code: 'duplicate' }]))).status).toBe('no_data');
  });
});
