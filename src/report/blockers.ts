/**
 * The top blockers: every gate that keeps a pattern from "ready", worst first, with how many
 * records, findings or scenarios stand behind it and a few of them by Id — what a leader asks
 * ("why not?") and what RevOps works on next.
 */
import type { AuditRun, GateResult, ScenarioFlags } from '../readiness/index.js';
import { judgeExample } from './eval-section.js';
import type { FindingGroup, FindingsSummary } from './findings-summary.js';
import type { Masker } from './mask.js';
import type { Blocker, Example } from './model-types.js';

const MAX_EXAMPLES = 3;
const STATUS_RANK = { fail: 0, warn: 1, no_data: 2, pass: 3 } as const;
const PATTERN_RANK = { read: 0, write: 1, act: 2 } as const;

export interface BlockerInputs { audit?: AuditRun; findings?: FindingsSummary; flags: ScenarioFlags[]; mask: Masker }

export function auditExample(g: FindingGroup, i: number, mask: Masker): Example {
  const r = g.examples[i];
  return { object: r.object, id: r.id, field: r.field, code: r.code, value: mask.value(r.object, r.field, r.value), message: mask.text(r.message) };
}

/** Spread examples over the groups (biggest first) rather than three of the same check. */
function pick(groups: FindingGroup[], mask: Masker, subjects: string[] = []): Example[] {
  // The gate's worst subject first, then the biggest groups.
  const rank = (g: FindingGroup) => { const i = subjects.findIndex((s) => s === g.object || s === `${g.object}.${g.field}`); return i < 0 ? subjects.length : i; };
  const sorted = [...groups].sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.check.localeCompare(b.check));
  const out: Example[] = [];
  for (let i = 0; out.length < MAX_EXAMPLES && sorted.some((g) => g.examples.length > i); i++) {
    for (const g of sorted) if (g.examples[i] && out.length < MAX_EXAMPLES) out.push(auditExample(g, i, mask));
  }
  return out;
}

function auditGroups(gate: GateResult, inp: BlockerInputs): FindingGroup[] {
  const groups = inp.findings?.groups ?? [];
  const subjects = gate.subjects ?? [];
  if (gate.kind === 'hygiene') return groups.filter((g) => g.object === subjects[0]);
  if (gate.kind === 'duplicate_rate') return groups.filter((g) => g.code === 'duplicate' && subjects.includes(g.object));
  if (gate.kind === 'field_quality') {
    const dims = new Map((inp.audit?.checks ?? []).map((c) => [c.id, c.dimension]));
    return groups.filter((g) => subjects.includes(`${g.object}.${g.field}`) && ['validity', 'completeness'].includes(dims.get(g.check) ?? ''));
  }
  return [];
}

function blockerFor(gate: GateResult, inp: BlockerInputs): Blocker {
  const base = { gate: gate.id, pattern: gate.pattern, status: gate.status, title: gate.title, reason: gate.reason };
  if (['hygiene', 'duplicate_rate', 'field_quality'].includes(gate.kind)) {
    const groups = auditGroups(gate, inp);
    return { ...base, count: groups.reduce((a, g) => a + g.count, 0), unit: 'findings', examples: pick(groups, inp.mask, gate.subjects) };
  }
  const scenarios = new Set(gate.scenarios ?? []);
  const mine = inp.flags.filter((f) => scenarios.has(f.scenario.id));
  const codes = gate.codes;
  const examples: Example[] = [];
  for (const f of mine) {
    for (const x of f.unexpected) if (!codes || codes.includes(x.code)) examples.push(judgeExample(x, f.scenario.id, inp.mask));
    for (const c of f.missed) if (!codes || codes.includes(c)) examples.push({ object: '', id: '', field: '', value: '', code: c, scenario: f.scenario.id, message: `expected ${c.replace(/_/g, ' ')} was not raised: the guard missed it` });
  }
  if (gate.kind === 'judge_flags') return { ...base, count: gate.value ?? 0, unit: 'flags', examples: examples.slice(0, MAX_EXAMPLES) };
  if (gate.kind === 'coverage') return { ...base, count: gate.value ?? 0, unit: 'scenarios', examples: [] };
  return { ...base, count: mine.length, unit: 'scenarios', examples: examples.slice(0, MAX_EXAMPLES) };
}

export function topBlockers(gates: GateResult[], inp: BlockerInputs): Blocker[] {
  return gates
    .filter((g) => g.status === 'fail' || g.status === 'warn')
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || PATTERN_RANK[a.pattern] - PATTERN_RANK[b.pattern])
    .map((g) => blockerFor(g, inp));
}
