/**
 * zod schemas for AI writes, derived in one place from schema.json (type, picklist values, length,
 * min/max, required) and the policy's static rules (ranges, date windows around asOf, lengths,
 * formats, patterns). Issues a range rule raises carry `params.judge = 'out_of_range'`; every other
 * issue is a `schema_violation`. Rules that need other records (relative_max) or other fields
 * (stage_probability) live in write-rules.ts.
 */
import { z } from 'zod';
import { SALESFORCE_ID } from '../core/salesforce-id.js';
import type { FieldDef, SnapshotSchema } from '../core/snapshot-files.js';
import type { Policy, WriteRule } from './policy.js';
import { daysBetween, isEmail, isIsoDate, isIsoDateTime, isPhone, isUrl } from './value-formats.js';

const RANGE = { judge: 'out_of_range' } as const;
type Check = (v: unknown) => string | undefined;

function typeSchema(def: FieldDef): z.ZodType {
  const text = (max?: number) => (max ? z.string().max(max, `longer than ${max} characters`) : z.string());
  switch (def.type) {
    case 'string': case 'textarea': return text(def.maxLength);
    case 'email': return text(def.maxLength).refine(isEmail, 'not a valid email address');
    case 'phone': return text(def.maxLength).refine(isPhone, 'not a valid phone number');
    case 'url': return text(def.maxLength).refine(isUrl, 'not a valid URL');
    case 'picklist': {
      const values = def.values ?? [];
      return z.string().refine((v) => values.includes(v), { message: `not an active picklist value (${values.slice(0, 12).join(', ')}${values.length > 12 ? ', …' : ''})` });
    }
    case 'multipicklist': {
      const values = def.values ?? [];
      return z.string().refine((v) => v.split(';').every((p) => values.includes(p.trim())), `holds a value that is not in the picklist`);
    }
    case 'number': case 'currency': case 'percent':
      return z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v), z.number().finite());
    case 'date': return z.string().refine(isIsoDate, 'not a date in YYYY-MM-DD form');
    case 'datetime': return z.string().refine(isIsoDateTime, 'not an ISO 8601 date-time');
    case 'boolean': return z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());
    case 'id': case 'reference': return z.string().regex(SALESFORCE_ID, 'not a Salesforce record Id');
  }
}

function ruleCheck(rule: WriteRule, asOf: string): Check | undefined {
  switch (rule.kind) {
    case 'range': return (v) => typeof v === 'number'
      ? (rule.min !== undefined && v < rule.min ? `below the minimum ${rule.min}` : rule.max !== undefined && v > rule.max ? `above the maximum ${rule.max}` : undefined)
      : undefined;
    case 'date_window': {
      const days = rule.days ?? Math.round((rule.years ?? 0) * 365.25);
      return (v) => typeof v === 'string' && isIsoDate(v.slice(0, 10)) && Math.abs(daysBetween(asOf, v)) > days
        ? `more than ${rule.years !== undefined ? `${rule.years} years` : `${rule.days} days`} from the snapshot date ${asOf}` : undefined;
    }
    case 'length': return (v) => (typeof v === 'string' && v.length > rule.max ? `longer than ${rule.max} characters` : undefined);
    case 'format': {
      const test = { email: isEmail, phone: isPhone, url: isUrl }[rule.format];
      return (v) => (typeof v === 'string' && !test(v) ? `not a valid ${rule.format}` : undefined);
    }
    case 'pattern': {
      const re = new RegExp(rule.regex);
      return (v) => (typeof v === 'string' && !re.test(v) ? `does not match ${rule.regex}` : undefined);
    }
    default: return undefined; // contextual rules: write-rules.ts
  }
}

export const ruleApplies = (rule: WriteRule, object: string, field: string) => rule.field === `${object}.${field}` || rule.field === `*.${field}`;

/** The schema of one writable value: null clears it (unless required), else type, then range rules. */
export function fieldWriteSchema(object: string, field: string, def: FieldDef, policy: Policy, asOf: string): z.ZodType {
  let schema = typeSchema(def);
  const checks: { check: Check; judge?: 'out_of_range' }[] = [];
  if (def.min !== undefined || def.max !== undefined) checks.push({ check: ruleCheck({ field: `${object}.${field}`, kind: 'range', min: def.min, max: def.max }, asOf)!, judge: 'out_of_range' });
  // A format rule on a field whose type already checks that format would only say it twice.
  const typeFormat: Record<string, string> = { email: 'email', phone: 'phone', url: 'url' };
  for (const rule of policy.rules.filter((r) => ruleApplies(r, object, field) && !(r.kind === 'format' && typeFormat[def.type] === r.format))) {
    const check = ruleCheck(rule, asOf);
    if (check) checks.push({ check, judge: rule.kind === 'format' || rule.kind === 'pattern' ? undefined : 'out_of_range' });
  }
  if (checks.length) {
    schema = schema.superRefine((v, ctx) => {
      for (const { check, judge } of checks) {
        const message = check(v);
        if (message) ctx.addIssue({ code: 'custom', message, ...(judge ? { params: RANGE } : {}) });
      }
    });
  }
  return def.required ? schema : schema.nullable();
}

export type WriteSchemas = Map<string, Map<string, z.ZodType>>;

/** Every object's writable fields (system fields and Ids excluded: they are never written). */
export function buildWriteSchemas(schema: SnapshotSchema, policy: Policy, asOf: string): WriteSchemas {
  const out: WriteSchemas = new Map();
  for (const [object, def] of Object.entries(schema.objects)) {
    const fields = new Map<string, z.ZodType>();
    for (const [field, fdef] of Object.entries(def.fields)) if (fdef.type !== 'id') fields.set(field, fieldWriteSchema(object, field, fdef, policy, asOf));
    out.set(object, fields);
  }
  return out;
}

/** One object's `values` as a zod object (for JSON Schema export to a live model). */
export function objectValuesSchema(schemas: WriteSchemas, object: string): z.ZodType {
  return z.object(Object.fromEntries([...(schemas.get(object) ?? new Map())].map(([f, s]) => [f, s.optional()]))).partial();
}
