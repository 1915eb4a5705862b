import { describe, expect, it } from 'vitest';
import { context, evalRun, gate, scenario } from '../test-support/fixtures.js';

describe('coverage gate (ready 10, conditional 3)', () => {
  it.each([[12, 'pass'], [10, 'pass'], [9, 'warn'], [3, 'warn'], [2, 'fail'], [0, 'fail']])('%d act scenarios → %s', (n, status) => {
    const e = evalRun([...Array.from({ length: n }, (_, i) => scenario(`a${i}`, 'act')), scenario('r', 'read')]);
    expect(gate('coverage', context(undefined, e))).toMatchObject({ value: n, status });
  });
});
