import { describe, expect, it } from 'vitest';
import { context, evalRun, gate, scenario } from '../test-support/fixtures.js';
import { passHatK } from './pass-k.js';

describe('pass^k gate (k 3, ready 90)', () => {
  it('estimates pass^k as C(passes, k) / C(trials, k)', () => {
    expect(passHatK(5, 5, 3)).toBe(1);
    expect(passHatK(5, 4, 3)).toBeCloseTo(0.4);
    expect(passHatK(10, 9, 3)).toBeCloseTo(0.7);
    expect(passHatK(3, 2, 3)).toBe(0);
  });
  it.each([
    // per-scenario (trials, passes) → mean pass^3
    [[[10, 10]], 100, 'pass'],
    [[[10, 10], [10, 10], [10, 10], [10, 10], [10, 9], [10, 10], [10, 10], [10, 10], [10, 10], [10, 10], [10, 9], [10, 10]], 95, 'pass'],
    [[[10, 10], [10, 9], [10, 10]], 90, 'pass'],
    [[[10, 10], [10, 9]], 85, 'fail'],
  ])('live trials %j → %d%% → %s', (runs, value, status) => {
    const e = evalRun((runs as number[][]).map(([t, p], i) => scenario(`a${i}`, 'act', { trials: t, passes: p })), 'live');
    expect(gate('pass_k', context(undefined, e))).toMatchObject({ value, status });
  });
  it('replay runs, or too few trials, are no evidence: not judged, conditional by default', () => {
    const replay = gate('pass_k', context(undefined, evalRun([scenario('a', 'act', { trials: 5, passes: 5 })])));
    expect(replay).toMatchObject({ status: 'no_data', missing: 'live trials' });
    const few = gate('pass_k', context(undefined, evalRun([scenario('a', 'act', { trials: 2, passes: 2 })], 'live')));
    expect(few.reason).toMatch(/no act scenario has 3 or more live trials/);
  });
});
