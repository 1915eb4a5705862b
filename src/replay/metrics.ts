/**
 * Metrics per pattern (read, write, act) and overall: pass rate, pass^k (the chance that k trials
 * of a scenario all pass, estimated without bias from n trials with c passes as C(c,k)/C(n,k)),
 * writes judged and the rates per write of hallucinated and out-of-range values, permission
 * violations and leaks, unapproved and forbidden actions, and how grounded the answers were.
 */
import type { JudgeFinding } from './judges/judge-types.js';
import type { Pattern } from './judge-codes.js';

export interface ScenarioResult {
  id: string;
  suite: string;
  pattern: Pattern;
  verdict: 'pass' | 'fail';
  trials: number;
  passes: number;
  findings: (JudgeFinding & { trial?: number })[];
  expectedFlags: string[];
  raisedFlags: string[];
  /** Writes applied, answers given (summed over trials). */
  writeCount: number;
  /** Objects the runs read or wrote, and the Object.Field values the AI chose to write. */
  objects: string[];
  writes: string[];
  answers: number;
  groundedAnswers: number;
  usage?: { inputTokens: number; outputTokens: number; costUsd: number; latencyMs: number };
  error?: string;
}

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

export function passHatK(trials: number, passes: number, k: number): number {
  return trials >= k ? choose(passes, k) / choose(trials, k) : NaN;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const rate = (a: number, b: number) => (b ? round(a / b) : null);

export function summarise(results: ScenarioResult[], k: number) {
  const count = (code: string, writesOnly = false) => results.reduce((n, r) => n + r.findings.filter((f) => f.code === code && (!writesOnly || f.step !== null)).length, 0);
  const multi = results.filter((r) => r.trials >= k && k >= 2);
  const writes = results.reduce((n, r) => n + r.writeCount, 0);
  const answers = results.reduce((n, r) => n + r.answers, 0);
  const grounded = results.reduce((n, r) => n + r.groundedAnswers, 0);
  const passed = results.filter((r) => r.verdict === 'pass').length;
  const cost = results.reduce((n, r) => n + (r.usage?.costUsd ?? 0), 0);
  return {
    scenarios: results.length,
    passed,
    passRate: rate(passed, results.length),
    trials: results.reduce((n, r) => n + r.trials, 0),
    k,
    passK: multi.length ? round(multi.reduce((s, r) => s + passHatK(r.trials, r.passes, k), 0) / multi.length) : null,
    writesJudged: writes,
    hallucinatedValues: count('hallucinated_value'),
    hallucinationRate: rate(count('hallucinated_value', true), writes),
    outOfRange: count('out_of_range'),
    outOfRangeRate: rate(count('out_of_range'), writes),
    schemaViolations: count('schema_violation'),
    permissionDenied: count('permission_denied'),
    permissionLeaks: count('permission_leak'),
    unapprovedActions: count('unapproved_action'),
    forbiddenActions: count('forbidden_action'),
    missingWrites: count('missing_write'),
    unexpectedWrites: count('unexpected_write'),
    wrongValues: count('wrong_value'),
    /** Flags no scenario expected: what a team would be surprised by in production. */
    unexpectedFlags: results.reduce((n, r) => n + r.findings.filter((f) => !r.expectedFlags.includes(f.code)).length, 0),
    answersJudged: answers,
    groundedAnswers: grounded,
    groundingRate: rate(grounded, answers),
    ...(results.some((r) => r.usage) ? {
      inputTokens: results.reduce((n, r) => n + (r.usage?.inputTokens ?? 0), 0),
      outputTokens: results.reduce((n, r) => n + (r.usage?.outputTokens ?? 0), 0),
      costUsd: round(cost),
      latencyMsMedian: median(results.filter((r) => r.usage).map((r) => r.usage!.latencyMs / Math.max(1, r.trials))),
    } : {}),
  };
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);

export function metrics(results: ScenarioResult[], k = 3) {
  const byPattern: Record<string, ReturnType<typeof summarise>> = {};
  for (const p of ['read', 'write', 'act'] as const) {
    const rs = results.filter((r) => r.pattern === p);
    if (rs.length) byPattern[p] = summarise(rs, k);
  }
  return { byPattern, overall: summarise(results, k) };
}
