/** Eval outcomes for the report: by pattern, by judge and code (planted vs unexpected), failing scenarios. */
import { PATTERNS, type EvalRun, type JudgeFinding, type ScenarioFlags } from '../readiness/index.js';
import type { Masker } from './mask.js';
import type { EvalSection, Example, JudgeRow, ScenarioRow } from './model-types.js';

export function judgeExample(f: JudgeFinding, scenario: string, mask: Masker): Example {
  const value = f.value === undefined || f.value === null ? '' : typeof f.value === 'string' ? f.value : JSON.stringify(f.value);
  return {
    object: f.object ?? '', id: f.id ?? '', field: f.field ?? '', code: f.code, scenario,
    value: mask.value(f.object, f.field, value), message: mask.text(f.message),
  };
}

export function evalSection(ev: EvalRun, flags: ScenarioFlags[], mask: Masker): EvalSection {
  const byPattern = PATTERNS.map((pattern) => {
    const mine = flags.filter((f) => f.scenario.pattern === pattern);
    const passed = mine.filter((f) => f.scenario.verdict === 'pass').length;
    return {
      pattern, scenarios: mine.length, passed, failed: mine.length - passed,
      unexpected: mine.reduce((a, f) => a + f.unexpected.length, 0),
      missed: mine.reduce((a, f) => a + f.missed.length, 0),
      passRate: mine.length ? Math.round((1000 * passed) / mine.length) / 10 : null,
    };
  });
  const judges = new Map<string, JudgeRow>();
  const row = (judge: string, code: string) => {
    const key = `${judge}|${code}`;
    if (!judges.has(key)) judges.set(key, { judge, code, expected: 0, unexpected: 0, missed: 0 });
    return judges.get(key)!;
  };
  // A missed flag has no finding, so no judge: attribute it to the judge that raises that code elsewhere.
  const judgeOf = new Map<string, string>();
  for (const f of flags) for (const x of f.scenario.findings) judgeOf.set(x.code, x.judge);
  for (const f of flags) {
    for (const x of f.scenario.findings) {
      if (f.expected.includes(x.code)) row(x.judge, x.code).expected++;
      else row(x.judge, x.code).unexpected++;
    }
    for (const c of f.missed) row(judgeOf.get(c) ?? '(none)', c).missed++;
  }
  const scenarios: ScenarioRow[] = flags.map((f) => ({
    id: f.scenario.id, pattern: f.scenario.pattern, suite: f.scenario.suite, verdict: f.scenario.verdict,
    expected: f.expected, raised: f.raised, missed: f.missed,
    unexpected: f.unexpected.map((x) => judgeExample(x, f.scenario.id, mask)),
  }));
  return {
    mode: ev.mode, suite: ev.suite, byPattern,
    byJudge: [...judges.values()].sort((a, b) => a.judge.localeCompare(b.judge) || a.code.localeCompare(b.code)),
    failing: scenarios.filter((s) => s.verdict === 'fail'),
    scenarios,
    skipped: (ev.skipped ?? []).map((x) => ({ id: x.id ?? '(suite)', suite: x.suite, reason: `${x.file ? `${x.file}${x.line ? `:${x.line}` : ''}: ` : ''}${x.reason}` })),
  };
}
