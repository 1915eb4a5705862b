/**
 * custom_sql: the escape hatch — any rule a team can write as a SQL predicate over one object's
 * typed row `t` (and raw row `r`). `fail_when` is true for a bad record.
 */
import { z } from 'zod';
import { FINDING_CODES } from '../../core/codes.js';
import type { CheckKind } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { resolveFields, resolveObjects } from '../resolve.js';
import { and, lit, notOneExpression, raw } from '../sql.js';

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('custom_sql'),
  id: CommonCheckFields.id.unwrap(),
  object: z.string(),
  field: z.string().optional(),
  code: z.enum(FINDING_CODES).default('inconsistent'),
  fail_when: z.string().min(1),
  message: z.string().min(1),
});

export const customSql: CheckKind<z.infer<typeof Params>> = {
  kind: 'custom_sql',
  summary: 'any SQL predicate over one object (t = typed row, r = raw text row)',
  params: Params,
  defaults: { dimension: 'consistency', severity: 'medium', code: 'inconsistent' },
  example: { kind: 'custom_sql', id: 'opp.amount_without_account', object: 'Opportunity', field: 'AccountId', fail_when: 't.Amount > 0 AND t.AccountId IS NULL', message: 'revenue on no account' },
  compile(spec, ctx) {
    const { objects, warnings } = resolveObjects(spec, ctx, spec.id);
    const out: ReturnType<CheckKind['compile']> = { checks: [], problems: [], warnings };
    const bad = notOneExpression(spec.fail_when, 'fail_when');
    if (bad) {
      out.problems.push({ code: 'invalid_check_sql', field: spec.id, message: `fail_when: ${bad}`, hint: 'fail_when is one SQL predicate over t (typed row) and r (raw text row), e.g. "t.Amount > 0 AND t.AccountId IS NULL"' });
      return out;
    }
    for (const object of objects) {
      let field: string | undefined;
      if (spec.field) {
        const r = resolveFields(ctx, object, [spec.field], () => false, spec.id);
        out.problems.push(...r.problems);
        out.warnings.push(...r.warnings);
        if (!r.fields.length) continue;
        field = spec.field;
      }
      out.checks.push({
        type: 'sql', kind: 'custom_sql', id: spec.id, object, field,
        dimension: spec.dimension ?? 'consistency', severity: spec.severity ?? 'medium', code: spec.code,
        applicable: and(spec.where), failing: `COALESCE((${spec.fail_when}), FALSE)`,
        value: field ? `COALESCE(${raw(field)}, '')` : `''`, message: lit(spec.message),
      });
    }
    return out;
  },
};
