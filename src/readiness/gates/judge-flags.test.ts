import { describe, expect, it } from 'vitest';
import { context, evalRun, finding, gate, scenario } from '../test-support/fixtures.js';

const hv = finding('hallucinated_value');

describe('judge_flags gate', () => {
  it.each([
    // [scenarios, ready, conditional, value, status]
    ['a planted flag that was caught does not count', [scenario('neg', 'write', { findings: [hv], expected: ['hallucinated_value'] })], 0, undefined, 0, 'pass'],
    ['an unexpected flag counts', [scenario('pos', 'write', { verdict: 'fail', findings: [hv] })], 0, undefined, 1, 'fail'],
    ['a planted flag no judge raised counts (uncaught)', [scenario('neg', 'write', { verdict: 'fail', expected: ['hallucinated_value'] })], 0, undefined, 1, 'fail'],
    ['at the conditional bar', [scenario('pos', 'write', { verdict: 'fail', findings: [hv, hv] })], 0, 2, 2, 'warn'],
    ['past the conditional bar', [scenario('pos', 'write', { verdict: 'fail', findings: [hv, hv, hv] })], 0, 2, 3, 'fail'],
    ['at a ready bar above zero', [scenario('pos', 'write', { verdict: 'fail', findings: [hv] })], 1, undefined, 1, 'pass'],
    ['other codes are not counted', [scenario('pos', 'write', { verdict: 'fail', findings: [finding('out_of_range')] })], 0, undefined, 0, 'pass'],
    ['other patterns are not counted unless listed', [scenario('pos', 'read', { verdict: 'fail', findings: [hv] })], 0, undefined, 0, 'pass'],
  ])('%s', (_name, scenarios, ready, conditional, value, status) => {
    const g = gate('judge_flags', context(undefined, evalRun(scenarios)), { ready, ...(conditional !== undefined ? { conditional } : {}) });
    expect(g).toMatchObject({ value, status });
  });
  it('counts the patterns it is told to, and names the scenarios', () => {
    const e = evalRun([scenario('a', 'act', { verdict: 'fail', findings: [finding('permission_leak')] }), scenario('b', 'read')]);
    const g = gate('judge_flags', context(undefined, e), { pattern: 'read', codes: ['permission_leak'], scenarios: ['read', 'write', 'act'] });
    expect(g).toMatchObject({ value: 1, status: 'fail', scenarios: ['a'] });
    expect(g.reason).toMatch(/1 permission leak raised where no scenario expected one \(1 scenario\)/);
  });
  it('is not judged without eval.json', () => {
    expect(gate('judge_flags', context())).toMatchObject({ status: 'no_data', missing: 'eval.json', passed: false });
  });
});
