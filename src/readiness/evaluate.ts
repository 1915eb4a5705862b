/**
 * Audit + eval results in, a verdict per AI pattern out, each with the gates that decided it. Pure:
 * the caller reads the files and supplies the clock.
 *
 * A pattern is not_ready when any of its gates fails, conditional when one only meets its
 * conditional bar, ready when all pass. A gate whose input is absent never passes: it counts as its
 * `whenMissing` verdict and the report names the missing half — a partial run gets no invented
 * "ready". With `cumulative`, write is capped by read and act by write, since writing means reading
 * first and most actions are writes.
 */
import type { GateCommon, GateContext, GateResult, GateStatus, Verdict } from './gate-types.js';
import { GATE_KINDS } from './gates/registry.js';
import type { ReadinessConfig } from './config.js';
import { PATTERNS, READINESS_FORMAT, type AuditRun, type EvalRun, type Pattern, type RunInputs, type SnapshotRef } from './run-inputs.js';
import { scenarioFlags } from './scenario-flags.js';
import { resolveTargets } from './targets.js';
import { fmtValue, statusOf, thresholdWords } from './thresholds.js';

export interface PatternVerdict {
  verdict: Verdict;
  /** Plain words: why this verdict, naming the deciding gates. */
  summary: string;
  /** Gates that set the verdict (the worst ones). */
  decidedBy: string[];
  /** Inputs whose absence left gates unjudged, e.g. "eval.json", "live trials". */
  missing: string[];
  cappedBy?: Pattern;
}

export interface Readiness {
  format: typeof READINESS_FORMAT;
  generatedAt: string;
  snapshot: SnapshotRef | null;
  inputs: { audit: boolean; eval: { mode: string; suite?: string; scenarios: number } | null };
  missing: string[];
  targets: GateContext['targets'];
  verdicts: Record<Pattern, Verdict>;
  patterns: Record<Pattern, PatternVerdict>;
  gates: GateResult[];
}

const RANK: Record<Verdict, number> = { ready: 0, conditional: 1, not_ready: 2 };
export const worse = (a: Verdict, b: Verdict): Verdict => (RANK[a] >= RANK[b] ? a : b);
const INPUT_FILE = { audit: 'audit.json', eval: 'eval.json' } as const;

export function runGate(gate: GateCommon, ctx: GateContext): GateResult {
  const kind = GATE_KINDS[gate.kind];
  const base = {
    id: gate.id, pattern: gate.pattern, kind: gate.kind, title: gate.title ?? kind.summary,
    threshold: gate.ready, conditional: gate.conditional ?? null, direction: kind.direction, unit: kind.unit,
  };
  const words = thresholdWords(kind.direction, kind.unit, gate.ready, gate.conditional);
  const input = kind.needs === 'audit' ? ctx.audit : ctx.eval;
  if (!input) {
    return { ...base, passed: false, status: 'no_data', value: null, missing: INPUT_FILE[kind.needs], reason: `not judged: ${INPUT_FILE[kind.needs]} is missing from the run (${words})` };
  }
  const m = kind.measure(ctx, gate);
  const extra = { subjects: m.subjects, scenarios: m.scenarios, codes: m.codes };
  if (m.value === null) return { ...base, ...extra, passed: false, status: 'no_data', value: null, missing: m.missing, reason: `not judged: ${m.detail} (${words})` };
  const status = statusOf(m.value, kind.direction, gate.ready, gate.conditional);
  return { ...base, ...extra, passed: status === 'pass', status, value: m.value, reason: `${m.detail}; ${words}` };
}

function gateVerdict(g: GateResult, gate: GateCommon): Verdict {
  const by: Record<GateStatus, Verdict> = { pass: 'ready', warn: 'conditional', fail: 'not_ready', no_data: gate.whenMissing };
  return by[g.status];
}

export function evaluateReadiness(inputs: RunInputs, config: ReadinessConfig, generatedAt: string): Readiness {
  const flags = (inputs.eval?.scenarios ?? []).map(scenarioFlags);
  const targets = resolveTargets(inputs.eval, config.targets);
  const ctx: GateContext = { audit: inputs.audit, eval: inputs.eval, flags, targets };
  const gates = config.gates.map((g) => runGate(g, ctx));
  const patterns = {} as Record<Pattern, PatternVerdict>;
  for (const p of PATTERNS) {
    const mine = config.gates.map((g, i) => ({ g, r: gates[i] })).filter((x) => x.g.pattern === p);
    let verdict: Verdict = mine.length ? 'ready' : 'not_ready';
    for (const { g, r } of mine) verdict = worse(verdict, gateVerdict(r, g));
    const deciding = mine.filter(({ g, r }) => gateVerdict(r, g) === verdict && verdict !== 'ready').map((x) => x.r);
    const missing = [...new Set(mine.filter((x) => x.r.status === 'no_data').map((x) => x.r.missing!))];
    patterns[p] = { verdict, decidedBy: deciding.map((r) => r.id), missing, summary: summarise(p, verdict, deciding, mine.length) };
  }
  if (config.cumulative) {
    for (const [p, below] of [['write', 'read'], ['act', 'write']] as const) {
      const capped = worse(patterns[p].verdict, patterns[below].verdict);
      if (capped !== patterns[p].verdict) {
        patterns[p] = { ...patterns[p], verdict: capped, cappedBy: below, summary: `${patterns[p].summary}; capped at ${capped.replace('_', ' ')} because ${below} is ${patterns[below].verdict.replace('_', ' ')} (${p === 'write' ? 'an AI that writes reads first' : 'actions write to the CRM'})` };
      }
    }
  }
  const missing = [...(inputs.audit ? [] : ['audit.json']), ...(inputs.eval ? [] : ['eval.json'])];
  return {
    format: READINESS_FORMAT,
    generatedAt,
    snapshot: snapshotOf(inputs.audit, inputs.eval),
    inputs: { audit: !!inputs.audit, eval: inputs.eval ? { mode: inputs.eval.mode, suite: inputs.eval.suite, scenarios: inputs.eval.scenarios.length } : null },
    missing,
    targets,
    verdicts: { read: patterns.read.verdict, write: patterns.write.verdict, act: patterns.act.verdict },
    patterns,
    gates,
  };
}

function summarise(p: Pattern, verdict: Verdict, deciding: GateResult[], count: number): string {
  if (!count) return `no gates for ${p} in readiness.yaml`;
  if (verdict === 'ready') return `all ${count} ${p} gates pass`;
  const measured = deciding.filter((r) => r.status !== 'no_data').map((r) => {
    const bar = r.status === 'warn' ? r.threshold : r.conditional ?? r.threshold;
    return `${r.title}: ${fmtValue(r.value!, r.unit)} (needs ${r.direction === 'min' ? '≥' : '≤'} ${fmtValue(bar, r.unit)})`;
  });
  // Unjudged gates are grouped by what is missing: one clause, not one per gate.
  const byMissing = new Map<string, GateResult[]>();
  for (const r of deciding.filter((x) => x.status === 'no_data')) byMissing.set(r.missing ?? 'input', [...(byMissing.get(r.missing ?? 'input') ?? []), r]);
  const unjudged = [...byMissing].map(([what, rs]) => (rs.length === 1 ? `${rs[0].title} not judged (no ${what})` : `${rs.length} gates not judged (no ${what})`));
  return [...measured, ...unjudged].join('; ');
}

function snapshotOf(audit?: AuditRun, ev?: EvalRun): SnapshotRef | null {
  return audit?.snapshot ?? ev?.snapshot ?? null;
}
