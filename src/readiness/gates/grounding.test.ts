import { describe, expect, it } from 'vitest';
import { context, evalRun, finding, gate, scenario } from '../test-support/fixtures.js';

/** n read scenarios, `bad` of which raised an unexpected hallucination. */
const run = (n: number, bad: number) => evalRun(Array.from({ length: n }, (_, i) => (i < bad ? scenario(`s${i}`, 'read', { verdict: 'fail', findings: [finding('hallucinated_value')] }) : scenario(`s${i}`, 'read'))));

describe('grounding gate (ready 98, conditional 90)', () => {
  it.each([
    [50, 0, 100, 'pass'], [50, 1, 98, 'pass'], [50, 2, 96, 'warn'], [10, 1, 90, 'warn'], [50, 6, 88, 'fail'],
  ])('%d scenarios, %d ungrounded → %d%% → %s', (n, bad, value, status) => {
    expect(gate('grounding', context(undefined, run(n, bad)))).toMatchObject({ value, status });
  });
  it('a planted hallucination is grounded when caught, ungrounded when missed', () => {
    const caught = scenario('a', 'read', { findings: [finding('hallucinated_value')], expected: ['hallucinated_value'] });
    const missed = scenario('b', 'read', { verdict: 'fail', expected: ['hallucinated_value'] });
    expect(gate('grounding', context(undefined, evalRun([caught, missed])))).toMatchObject({ value: 50, scenarios: ['b'] });
  });
  it('is not judged with no read scenarios', () => {
    expect(gate('grounding', context(undefined, evalRun([scenario('w', 'write')])))).toMatchObject({ status: 'no_data', value: null });
  });
});
