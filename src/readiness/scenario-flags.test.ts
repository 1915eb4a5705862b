import { describe, expect, it } from 'vitest';
import { scenarioFlags } from './scenario-flags.js';
import { finding, scenario } from './test-support/fixtures.js';

describe('scenario flags', () => {
  it('splits findings into planted (expected), unexpected and missed', () => {
    const s = scenario('x', 'write', { verdict: 'fail', findings: [finding('hallucinated_value'), finding('out_of_range')], expected: ['hallucinated_value', 'unapproved_action'] });
    const f = scenarioFlags(s);
    expect(f.unexpected.map((x) => x.code)).toEqual(['out_of_range']);
    expect(f.missed).toEqual(['unapproved_action']);
  });
  it('without expectedFlags (an older writer), trusts the verdict', () => {
    const pass = { ...scenario('p', 'read', { findings: [finding('permission_denied')] }), expectedFlags: undefined, raisedFlags: undefined };
    const fail = { ...scenario('f', 'read', { verdict: 'fail', findings: [finding('permission_leak')] }), expectedFlags: undefined, raisedFlags: undefined };
    expect(scenarioFlags(pass).unexpected).toEqual([]);
    expect(scenarioFlags(fail).unexpected.map((x) => x.code)).toEqual(['permission_leak']);
  });
});
