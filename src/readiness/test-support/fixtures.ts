/** Small hand-built audit and eval results for gate tests: only what a gate reads. */
import { runGate } from '../evaluate.js';
import type { GateCommon, GateContext, GateResult } from '../gate-types.js';
import { GATE_KINDS } from '../gates/registry.js';
import type { AuditCheck, AuditRun, EvalRun, EvalScenario, JudgeFinding, Pattern } from '../run-inputs.js';
import { scenarioFlags } from '../scenario-flags.js';

export function audit(checks: Partial<AuditCheck>[], byObject: Record<string, number> = {}): AuditRun {
  return {
    format: 'crmready-audit/1',
    snapshot: { name: 'acme', asOf: '2026-06-30', objects: { Account: 10, Contact: 100 } },
    score: { overall: 90, byObject, byDimension: {}, byField: {} },
    checks: checks.map((c, i) => ({ id: `c${i}`, object: 'Contact', field: null, dimension: 'validity', code: 'invalid_format', severity: 'medium', evaluated: 100, failed: 0, ...c })),
  };
}

export const finding = (code: string, extra: Partial<JudgeFinding> = {}): JudgeFinding => ({ judge: 'j', code, step: 1, object: 'Contact', id: '0035g0000000001AAA', field: 'Phone', value: 'x', message: code, ...extra });

export function scenario(id: string, pattern: Pattern, opts: { verdict?: 'pass' | 'fail'; findings?: JudgeFinding[]; expected?: string[]; raised?: string[]; trials?: number; passes?: number; objects?: string[]; writes?: string[] } = {}): EvalScenario {
  const findings = opts.findings ?? [];
  return {
    id, pattern, suite: 's', verdict: opts.verdict ?? 'pass', trials: opts.trials ?? 1, passes: opts.passes ?? (opts.verdict === 'fail' ? 0 : opts.trials ?? 1),
    findings, expectedFlags: opts.expected ?? [], raisedFlags: opts.raised ?? [...new Set(findings.map((f) => f.code))],
    ...(opts.objects ? { objects: opts.objects } : {}), ...(opts.writes ? { writes: opts.writes } : {}),
  };
}

export function evalRun(scenarios: EvalScenario[], mode: 'replay' | 'live' = 'replay'): EvalRun {
  return { format: 'crmready-eval/1', suite: 's', mode, snapshot: { name: 'acme' }, scenarios };
}

export const DEFAULT_TARGETS = { read: ['Account', 'Contact'], write: ['Contact.Phone'], writeObjects: ['Account', 'Contact'] };

export function context(a?: AuditRun, e?: EvalRun): GateContext {
  return {
    audit: a, eval: e, flags: (e?.scenarios ?? []).map(scenarioFlags),
    targets: { readObjects: DEFAULT_TARGETS.read, writeFields: DEFAULT_TARGETS.write, writeObjects: DEFAULT_TARGETS.writeObjects, source: { read: 'default', write: 'default' } },
  };
}

/** Runs one gate of a kind with the kind's example thresholds overridden by `gate`. */
export function gate(kind: string, ctx: GateContext, gate: Record<string, unknown> = {}): GateResult {
  const k = GATE_KINDS[kind];
  const spec = k.schema.parse({ ...k.example, ...gate }) as GateCommon;
  return runGate(spec, ctx);
}
