import { describe, expect, it } from 'vitest';
import { metrics, passHatK, type ScenarioResult } from './metrics.js';

const result = (over: Partial<ScenarioResult>): ScenarioResult => ({ id: 'x', suite: 's', pattern: 'write', verdict: 'pass', trials: 1, passes: 1, findings: [], expectedFlags: [], raisedFlags: [], writeCount: 1, objects: [], writes: [], answers: 1, groundedAnswers: 1, ...over });

describe('metrics', () => {
  it('pass^k is C(c,k)/C(n,k): all k trials pass', () => {
    expect(passHatK(5, 5, 3)).toBe(1);
    expect(passHatK(5, 4, 3)).toBeCloseTo(0.4);
    expect(passHatK(4, 2, 3)).toBe(0);
    expect(passHatK(2, 2, 3)).toBeNaN();
  });
  it('rates per write and per pattern; pass^k only with enough trials', () => {
    const f = (code: string, step: number | null = 1) => ({ judge: 'j', code: code as never, step, object: null, id: null, field: null, value: null, message: '' });
    const m = metrics([
      result({ findings: [f('hallucinated_value'), f('out_of_range')], writeCount: 4, verdict: 'fail', passes: 0 }),
      result({ pattern: 'act', trials: 3, passes: 2, verdict: 'fail', findings: [f('unapproved_action')], expectedFlags: ['unapproved_action'] }),
      result({ pattern: 'read', writeCount: 0, findings: [f('hallucinated_value', null)], groundedAnswers: 0 }),
    ], 3);
    expect(m.byPattern.write).toMatchObject({ scenarios: 1, passed: 0, writesJudged: 4, hallucinatedValues: 1, hallucinationRate: 0.25, outOfRangeRate: 0.25, passK: null });
    expect(m.byPattern.act).toMatchObject({ passK: 0, unapprovedActions: 1, unexpectedFlags: 0 });
    expect(m.byPattern.read).toMatchObject({ hallucinationRate: null, answersJudged: 1, groundingRate: 0 });
    expect(m.overall).toMatchObject({ scenarios: 3, passed: 1, unexpectedFlags: 3 });
  });
});
