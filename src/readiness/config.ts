/**
 * evals/readiness.yaml: the gates a team holds its AI rollout to, validated in one place. Every
 * problem points at file:line; thresholds that contradict their direction (a "conditional" bar
 * stricter than "ready") are refused, since they would silently never apply.
 */
import { z } from 'zod';
import type { Problem, Result } from '../core/problem.js';
import { lineOf, parseYamlText, validateYaml } from '../core/yaml-file.js';
import type { GateCommon } from './gate-types.js';
import { GATE_KINDS } from './gates/registry.js';

const FieldRef = z.string().regex(/^\w+\.\w+$/, 'fields are written Object.Field');

const ConfigSchema = z.strictObject({
  /** Each pattern's verdict is capped by the one below it: writing needs reading, acting writes. */
  cumulative: z.boolean().default(true),
  targets: z.strictObject({
    read: z.array(z.string()).min(1),
    write: z.array(FieldRef).min(1),
    writeObjects: z.array(z.string()).min(1),
  }),
  gates: z.array(z.looseObject({ kind: z.string(), id: z.string().optional() })).min(1),
});

export interface ReadinessConfig {
  cumulative: boolean;
  targets: { read: string[]; write: string[]; writeObjects: string[] };
  gates: GateCommon[];
}

const HINT = 'see evals/readiness.yaml in crmready for the format; each gate has an id, a pattern, a kind and thresholds';

export function parseReadinessConfig(text: string, file: string): Result<ReadinessConfig> {
  const parsed = parseYamlText(text, file);
  if (!parsed.ok) return parsed;
  const { src } = parsed.value;
  const top = validateYaml(ConfigSchema, parsed.value.value, src, 'invalid_readiness', HINT);
  if (!top.ok) return top;
  const problems: Problem[] = [];
  const gates: GateCommon[] = [];
  const ids = new Set<string>();
  top.value.gates.forEach((raw, i) => {
    const at = (...path: (string | number)[]) => ({ file, line: lineOf(src, ['gates', i, ...path]), field: ['gates', i, ...path].join('.') });
    const kind = GATE_KINDS[raw.kind];
    if (!kind) {
      problems.push({ code: 'unknown_gate_kind', ...at('kind'), message: `unknown gate kind "${raw.kind}"`, hint: `kinds: ${Object.keys(GATE_KINDS).join(', ')}` });
      return;
    }
    const res = kind.schema.safeParse(raw);
    if (!res.success) {
      for (const issue of res.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
        problems.push({ code: 'invalid_gate', ...at(...(issue.path as (string | number)[]), ...keys.slice(0, 1)), message: `${raw.kind}: ${issue.message}`, hint: `example of a ${raw.kind} gate: ${JSON.stringify(kind.example)}` });
      }
      return;
    }
    const gate = res.data as GateCommon;
    if (ids.has(gate.id)) problems.push({ code: 'duplicate_gate', ...at('id'), message: `gate id "${gate.id}" is used twice`, hint: 'give each gate its own id' });
    ids.add(gate.id);
    if (gate.conditional !== undefined && (kind.direction === 'min' ? gate.conditional > gate.ready : gate.conditional < gate.ready)) {
      problems.push({
        code: 'invalid_gate', ...at('conditional'),
        message: `${gate.kind} is ${kind.direction === 'min' ? 'higher' : 'lower'} is better, so "conditional" (${gate.conditional}) must be ${kind.direction === 'min' ? 'at most' : 'at least'} "ready" (${gate.ready})`,
        hint: 'conditional is the looser bar: between it and ready, the pattern is conditional',
      });
    }
    gates.push(gate);
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { cumulative: top.value.cumulative, targets: top.value.targets, gates } };
}
