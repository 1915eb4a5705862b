/**
 * What a scenario's flags say about the AI, as opposed to about the test. Negative scenarios are
 * recordings built to misbehave: the flags they were written to raise are the judges doing their job,
 * not evidence against the AI. What counts against readiness is
 *   - an unexpected finding: a judge code the scenario was not written to raise (a positive run that
 *     hallucinated, a negative run that also did something else), and
 *   - a missed flag: a code the scenario was written to raise that no judge raised — the guard has a
 *     gap, so the same mistake in production would go uncaught.
 */
import type { EvalScenario, JudgeFinding, Pattern } from './run-inputs.js';

export interface ScenarioFlags {
  scenario: EvalScenario;
  expected: string[];
  raised: string[];
  unexpected: JudgeFinding[];
  missed: string[];
}

export function scenarioFlags(s: EvalScenario): ScenarioFlags {
  const raised = s.raisedFlags ?? [...new Set(s.findings.map((f) => f.code))].sort();
  // Without expectedFlags (an older writer) the verdict is the only evidence: a passing scenario
  // raised what it should, a failing one raised nothing it should have.
  const expected = s.expectedFlags ?? (s.verdict === 'pass' ? raised : []);
  const unexpected = s.findings.filter((f) => !expected.includes(f.code));
  const missed = expected.filter((c) => !raised.includes(c));
  return { scenario: s, expected, raised, unexpected, missed };
}

/** Unexpected findings and missed flags of the given codes over scenarios of the given patterns. */
export function countFlags(all: ScenarioFlags[], codes: readonly string[], patterns: readonly Pattern[]): { unexpected: number; missed: number; scenarios: string[] } {
  let unexpected = 0;
  let missed = 0;
  const scenarios: string[] = [];
  for (const f of all) {
    if (!patterns.includes(f.scenario.pattern)) continue;
    const u = f.unexpected.filter((x) => codes.includes(x.code)).length;
    const m = f.missed.filter((c) => codes.includes(c)).length;
    unexpected += u;
    missed += m;
    if (u + m > 0) scenarios.push(f.scenario.id);
  }
  return { unexpected, missed, scenarios };
}
