/**
 * validateWrite: is this write's every value acceptable? Per field, the zod schema of
 * write-schema.ts (schema.json + the policy's static rules); across fields and records, the policy's
 * contextual rules (Amount against the account's largest past opportunity, Probability against the
 * stage). Returns the values normalised (numeric strings → numbers) and every violation as data.
 */
import { SYSTEM_FIELDS } from '../core/codes.js';
import type { SnapshotSchema } from '../core/snapshot-files.js';
import type { Policy, WriteRule } from './policy.js';
import { ruleApplies, type WriteSchemas } from './write-schema.js';

export interface Violation {
  code: 'schema_violation' | 'out_of_range';
  object: string;
  field: string;
  value: unknown;
  rule: string;
  message: string;
}

export interface WriteContext {
  schema: SnapshotSchema;
  schemas: WriteSchemas;
  policy: Policy;
  /** The largest Amount of the account's existing opportunities, if it has any. */
  largestOpportunityAmount(accountId: string): number | undefined;
}

/** Fields the system fills on create, so a missing value is not the writer's fault. */
const SYSTEM_FILLED = new Set<string>([...SYSTEM_FIELDS, 'OwnerId']);

export function validateWrite(ctx: WriteContext, object: string, values: Record<string, unknown>, merged: Record<string, unknown>, op: 'create' | 'update'): { values: Record<string, unknown>; violations: Violation[] } {
  const fields = ctx.schemas.get(object) ?? new Map();
  const out: Record<string, unknown> = {};
  const violations: Violation[] = [];
  for (const [field, value] of Object.entries(values)) {
    const schema = fields.get(field);
    if (!schema) { out[field] = value; continue; } // unknown fields are denied before validation
    const parsed = schema.safeParse(value);
    if (parsed.success) { out[field] = parsed.data; continue; }
    out[field] = value;
    const seen = new Set<string>(); // schema.json and the policy may state the same bound
    for (const issue of parsed.error.issues) {
      if (seen.has(issue.message)) continue;
      seen.add(issue.message);
      const range = (issue as { params?: { judge?: string } }).params?.judge === 'out_of_range';
      const message = value === null && issue.code === 'invalid_type' ? 'is required and cannot be cleared' : issue.message;
      violations.push({ code: range ? 'out_of_range' : 'schema_violation', object, field, value, rule: range ? 'range' : 'schema', message: `${object}.${field} = ${JSON.stringify(value)}: ${message}` });
    }
  }
  const after = { ...merged, ...out };
  if (op === 'create') {
    const def = ctx.schema.objects[object];
    for (const [field, fdef] of Object.entries(def?.fields ?? {})) {
      if (!fdef.required || SYSTEM_FILLED.has(field) || fdef.type === 'id') continue;
      if (after[field] === undefined || after[field] === null || after[field] === '') {
        violations.push({ code: 'schema_violation', object, field, value: null, rule: 'required', message: `${object}.${field} is required` });
      }
    }
  }
  for (const rule of ctx.policy.rules) {
    const field = rule.field.split('.')[1];
    if (!(field in out) || !ruleApplies(rule, object, field)) continue;
    const message = contextualCheck(ctx, rule, object, after);
    if (message) violations.push({ code: 'out_of_range', object, field, value: out[field], rule: rule.kind, message: `${object}.${field} = ${JSON.stringify(out[field])}: ${message}` });
  }
  return { values: out, violations };
}

function contextualCheck(ctx: WriteContext, rule: WriteRule, object: string, after: Record<string, unknown>): string | undefined {
  if (rule.kind === 'relative_max') {
    const amount = after[rule.field.split('.')[1]];
    const accountId = after.AccountId;
    if (typeof amount !== 'number' || typeof accountId !== 'string') return undefined;
    const largest = ctx.largestOpportunityAmount(accountId);
    if (!largest || largest <= 0) return undefined; // no history to compare with
    return amount > rule.factor * largest ? `more than ${rule.factor} × the account's largest opportunity (${largest})` : undefined;
  }
  if (rule.kind === 'stage_probability') {
    const stage = after.StageName;
    const probability = after.Probability;
    const meta = typeof stage === 'string' ? ctx.schema.objects[object]?.fields.StageName?.valueMeta?.[stage] : undefined;
    const expected = meta?.probability;
    if (typeof expected !== 'number' || typeof probability !== 'number') return undefined;
    // The audit's stage_probability rule holds data to the stage's default; writes meet the same bar.
    if (probability !== expected) return `inconsistent with stage ${stage} (its probability is ${expected})`;
  }
  return undefined;
}
