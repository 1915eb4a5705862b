/**
 * consistency: fields that contradict each other, judged from the picklist metadata in schema.json
 * (valueMeta: probability, closed, won) so the same rules work for any org's stages and statuses.
 * Built-in rules:
 *  - stage_probability: Probability differs from the stage's default probability;
 *  - stage_flags: IsClosed / IsWon disagree with the stage;
 *  - open_past_close: an open record whose close date is before the snapshot's asOf;
 *  - won_without_amount: a won opportunity with no (or zero) Amount;
 *  - closed_without_date: a closed record (e.g. Case) with no ClosedDate.
 * `expression` is a custom rule: SQL over the typed row `t`, true when inconsistent.
 */
import { z } from 'zod';
import type { AuditContext, CheckKind, CompileResult } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { fieldDef, inFile, resolveObjects, unknownFieldProblem } from '../resolve.js';
import { and, dateLit, inValues, lit, notOneExpression, raw, typed } from '../sql.js';

const RULES = ['stage_probability', 'stage_flags', 'stage_forecast', 'open_past_close', 'won_without_amount', 'closed_without_date'] as const;

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('consistency'),
  rule: z.enum([...RULES, 'expression']),
  /** The picklist whose valueMeta drives the rule (StageName for opportunities, Status for cases). */
  status_field: z.string().optional(),
  /** The field a finding is reported on (and checked against). */
  field: z.string().optional(),
  expression: z.string().optional(),
  message: z.string().optional(),
});

type Spec = z.infer<typeof Params>;

/** Values of the status picklist whose valueMeta has `key` equal to `want`. */
function valuesWhere(ctx: AuditContext, object: string, status: string, key: string, want: unknown): string[] {
  const meta = fieldDef(ctx, object, status)?.valueMeta ?? {};
  return Object.entries(meta).filter(([, m]) => m[key] === want).map(([v]) => v);
}

function ruleSql(spec: Spec, ctx: AuditContext, object: string, status: string, field: string): { applicable: string; failing: string; message: string } | string {
  const meta = fieldDef(ctx, object, status)?.valueMeta;
  const s = typed(status);
  const f = typed(field);
  if (spec.rule === 'expression') return { applicable: 'TRUE', failing: `COALESCE((${spec.expression}), FALSE)`, message: spec.message ?? 'fields contradict each other' };
  if (!meta) return `${object}.${status} has no valueMeta in schema.json (closed/won/probability per value)`;
  const closed = valuesWhere(ctx, object, status, 'closed', true);
  const won = valuesWhere(ctx, object, status, 'won', true);
  // Values missing from valueMeta are open, not won: judge every active picklist value.
  const known = fieldDef(ctx, object, status)?.values ?? Object.keys(meta);
  const inList = (vals: string[]) => inValues(s, vals);
  switch (spec.rule) {
    case 'stage_probability': {
      const withP = Object.entries(meta).filter(([, m]) => typeof m.probability === 'number');
      if (!withP.length) return `no value of ${object}.${status} has a probability in valueMeta`;
      const expected = `CASE ${s} ${withP.map(([v, m]) => `WHEN ${lit(v)} THEN ${m.probability}`).join(' ')} END`;
      return { applicable: `${f} IS NOT NULL AND ${inList(withP.map(([v]) => v))}`, failing: `abs(${f} - (${expected})) > 0.5`, message: `${field} does not match ${status}` };
    }
    case 'stage_flags': {
      // IsClosed ↔ valueMeta.closed, IsWon ↔ won, IsConverted ↔ converted.
      const key = field === 'IsWon' ? 'won' : field === 'IsConverted' ? 'converted' : 'closed';
      return { applicable: `${f} IS NOT NULL AND ${inList(known)}`, failing: `${f} <> ${inList(valuesWhere(ctx, object, status, key, true))}`, message: `${field} does not match ${status}` };
    }
    case 'stage_forecast': {
      const withF = Object.entries(meta).filter(([, m]) => typeof m.forecastCategory === 'string');
      if (!withF.length) return `no value of ${object}.${status} has a forecastCategory in valueMeta`;
      const expected = `CASE ${s} ${withF.map(([v, m]) => `WHEN ${lit(v)} THEN ${lit(String(m.forecastCategory))}`).join(' ')} END`;
      return { applicable: `${f} IS NOT NULL AND ${inList(withF.map(([v]) => v))}`, failing: `${f} <> (${expected})`, message: `${field} does not match ${status}` };
    }
    case 'open_past_close':
      return { applicable: `${f} IS NOT NULL AND ${inList(known)} AND NOT ${inList(closed)}`, failing: `CAST(${f} AS DATE) < ${dateLit(ctx.asOf)}`, message: `still open but ${field} is before ${ctx.asOf}` };
    case 'won_without_amount':
      return { applicable: inList(won), failing: `COALESCE(${f}, 0) = 0`, message: `won without ${field}` };
    case 'closed_without_date':
      return { applicable: inList(closed), failing: `${f} IS NULL`, message: `closed without ${field}` };
  }
}

const DEFAULT_FIELD: Record<string, string> = { stage_probability: 'Probability', stage_flags: 'IsClosed', stage_forecast: 'ForecastCategoryName', open_past_close: 'CloseDate', won_without_amount: 'Amount', closed_without_date: 'ClosedDate' };
const DEFAULT_STATUS = ['StageName', 'Status'];

export const consistency: CheckKind<Spec> = {
  kind: 'consistency',
  summary: 'cross-field contradictions (stage vs probability/closed/won, open past close date, …) or a SQL rule',
  params: Params,
  defaults: { dimension: 'consistency', severity: 'medium', code: 'inconsistent' },
  example: { kind: 'consistency', object: 'Opportunity', rule: 'stage_probability' },
  compile(spec, ctx) {
    const { objects, warnings } = resolveObjects(spec, ctx, spec.id ?? `consistency ${spec.rule}`);
    const out: CompileResult = { checks: [], problems: [], warnings };
    if (spec.rule === 'expression' && !spec.expression) out.problems.push({ code: 'invalid_check', message: 'consistency: rule "expression" needs an expression' });
    // The expression is spliced into the scan's statements: one SQL expression, or an error at the entry.
    const bad = spec.expression === undefined ? undefined : notOneExpression(spec.expression, 'expression');
    if (bad) {
      out.problems.push({ code: 'invalid_check_sql', field: `${spec.id ?? 'consistency'}.expression`, message: `expression: ${bad}`, hint: 'expression is one SQL predicate over t (typed row) and r (raw text row), true when the fields contradict each other' });
      return out;
    }
    for (const object of objects) {
      const field = spec.field ?? DEFAULT_FIELD[spec.rule];
      const status = spec.status_field ?? DEFAULT_STATUS.find((f) => fieldDef(ctx, object, f)?.valueMeta) ?? DEFAULT_STATUS.find((f) => fieldDef(ctx, object, f));
      const need = [field, ...(spec.rule === 'expression' ? [] : [status])].filter((x): x is string => !!x);
      const missing = need.filter((f) => !fieldDef(ctx, object, f) && !inFile(ctx, object, f));
      if (missing.length) {
        // Only an explicitly named object is an error; `object: *` just skips objects without the fields.
        if (spec.object && spec.object !== '*') out.problems.push(...missing.map((f) => unknownFieldProblem(ctx, object, f, `consistency ${spec.rule}`)));
        continue;
      }
      if (!status && spec.rule !== 'expression') continue;
      if (need.some((f) => !inFile(ctx, object, f))) {
        out.warnings.push({ code: 'field_not_in_export', field: `${object}.${need.join(', ')}`, message: `consistency ${spec.rule}: ${object} export lacks ${need.filter((f) => !inFile(ctx, object, f)).join(', ')}; check skipped` });
        continue;
      }
      const sql = ruleSql(spec, ctx, object, status!, field);
      if (typeof sql === 'string') {
        if (spec.object && spec.object !== '*') out.problems.push({ code: 'invalid_check', field: `${object}.${status}`, message: `consistency ${spec.rule}: ${sql}` });
        continue;
      }
      out.checks.push({
        type: 'sql', kind: 'consistency', id: spec.id ?? `consistency.${object}.${spec.rule}.${field}`, object, field,
        dimension: spec.dimension ?? 'consistency', severity: spec.severity ?? 'medium', code: 'inconsistent',
        applicable: and(sql.applicable, spec.where), failing: sql.failing, value: raw(field), message: lit(sql.message),
      });
    }
    return out;
  },
};
