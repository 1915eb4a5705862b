/**
 * The AI action policy (evals/policy.yaml): a risk class per action and per written field, a limit on
 * records per call, and value rules beyond schema.json. Validated with zod; problems point at
 * file:line and the offending key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Problem, Result } from '../core/problem.js';
import { parseYamlText, validateYaml } from '../core/yaml-file.js';

export const RISK_CLASSES = ['auto', 'approval', 'forbidden'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];
export const ACTIONS = ['update_stage', 'send_email', 'delete_record', 'mass_update', 'log_call'] as const;
export type ActionName = (typeof ACTIONS)[number];

const risk = z.enum(RISK_CLASSES);
const fieldKey = z.string().regex(/^(\*|[A-Za-z][\w]*)\.[A-Za-z][\w]*$/, 'must be Object.Field or *.Field');

const base = { field: fieldKey };
export const RuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('range'), min: z.number().optional(), max: z.number().optional() }),
  z.strictObject({ ...base, kind: z.literal('date_window'), years: z.number().positive().optional(), days: z.number().positive().optional() })
    .refine((r) => r.years !== undefined || r.days !== undefined, 'give years or days'),
  z.strictObject({ ...base, kind: z.literal('relative_max'), factor: z.number().positive(), of: z.literal('account_largest_opportunity') }),
  z.strictObject({ ...base, kind: z.literal('stage_probability') }),
  z.strictObject({ ...base, kind: z.literal('length'), max: z.number().int().positive() }),
  z.strictObject({ ...base, kind: z.literal('format'), format: z.enum(['email', 'phone', 'url']) }),
  z.strictObject({ ...base, kind: z.literal('pattern'), regex: z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, 'not a valid regular expression') }),
]);
export type WriteRule = z.infer<typeof RuleSchema>;

export const PolicySchema = z.strictObject({
  format: z.literal('crmready-policy/1'),
  maxRecordsPerCall: z.number().int().positive(),
  actions: z.strictObject(Object.fromEntries(ACTIONS.map((a) => [a, risk])) as Record<ActionName, typeof risk>),
  writes: z.strictObject({
    create: z.strictObject({ default: risk, objects: z.record(z.string(), risk).default({}) }),
    update: z.strictObject({ default: risk, fields: z.record(fieldKey, risk).default({}) }),
  }),
  rules: z.array(RuleSchema).default([]),
});
export type Policy = z.infer<typeof PolicySchema>;

export const DEFAULT_POLICY_FILE = 'evals/policy.yaml';

export function parsePolicyText(text: string, file: string): Result<Policy> {
  const parsed = parseYamlText(text, file);
  if (!parsed.ok) return parsed;
  return validateYaml(PolicySchema, parsed.value.value, parsed.value.src, 'invalid_policy',
    'see evals/policy.yaml for the format: actions, writes.create/update, rules');
}

export function loadPolicy(file: string): Result<Policy> {
  if (!existsSync(file)) {
    const problem: Problem = { code: 'missing_policy', file, message: 'policy file not found', hint: `pass --policy FILE or restore ${DEFAULT_POLICY_FILE}` };
    return { ok: false, problems: [problem] };
  }
  return parsePolicyText(readFileSync(file, 'utf8'), file);
}

export function defaultPolicyPath(packageRoot: string): string {
  return join(packageRoot, DEFAULT_POLICY_FILE);
}
