import { describe, expect, it } from 'vitest';
import { context, evalRun, gate, scenario } from '../test-support/fixtures.js';

const run = (n: number, failed: number) => evalRun(Array.from({ length: n }, (_, i) => scenario(`s${i}`, 'write', { verdict: i < failed ? 'fail' : 'pass' })));

describe('pass_rate gate (ready 100, conditional 95)', () => {
  it.each([
    [20, 0, 100, 'pass'], [20, 1, 95, 'warn'], [21, 1, 95.24, 'warn'], [19, 1, 94.74, 'fail'],
  ])('%d scenarios, %d failed → %d%% → %s', (n, failed, value, status) => {
    expect(gate('pass_rate', context(undefined, run(n, failed)))).toMatchObject({ value, status });
  });
  it('lists the failing scenarios; not judged without scenarios of the pattern', () => {
    expect(gate('pass_rate', context(undefined, run(3, 1))).scenarios).toEqual(['s0']);
    expect(gate('pass_rate', context(undefined, evalRun([scenario('r', 'read')]))).status).toBe('no_data');
  });
});
