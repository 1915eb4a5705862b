import { describe, expect, it } from 'vitest';
import { audit, context, gate } from '../test-support/fixtures.js';

describe('hygiene gate (ready 90, conditional 70)', () => {
  it.each([
    [100, 'pass'], [90, 'pass'], [89.9, 'warn'], [70, 'warn'], [69.9, 'fail'], [0, 'fail'],
  ])('worst object at %d → %s', (score, status) => {
    const g = gate('hygiene', context(audit([], { Account: 99, Contact: score })));
    expect(g.status).toBe(status);
    expect(g.value).toBe(Math.min(99, score));
    expect(g.passed).toBe(status === 'pass');
  });
  it('names the worst object and ignores objects the pattern does not use', () => {
    const g = gate('hygiene', context(audit([], { Account: 95, Contact: 80, Task: 10 })));
    expect(g.reason).toMatch(/^Contact scores 80.0, the lowest of 2 objects read/);
    expect(g.subjects).toEqual(['Contact', 'Account']);
  });
  it('is not judged without an audit, or when the audit scored none of the objects', () => {
    expect(gate('hygiene', context()).status).toBe('no_data');
    const g = gate('hygiene', context(audit([], { Task: 50 })));
    expect(g).toMatchObject({ status: 'no_data', value: null, missing: 'audited objects' });
  });
});
