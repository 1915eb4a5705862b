/**
 * unique: a value schema.json marks unique (a Username, an external Id) that more than one record
 * holds. Text compares trimmed and case-folded by default, as Salesforce's unique text fields do
 * unless created case-sensitive (which schema.json does not record): `case_sensitive: true` for
 * those. Every record sharing the value is a finding. Record Ids are not checked here: an export
 * from Salesforce cannot repeat them, and a grouping pass over every Id costs a second per million.
 */
import { z } from 'zod';
import { trimmedOrNull } from '../../snapshot/duckdb-types.js';
import type { CheckKind } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { compileFields } from '../resolve.js';
import { and, lit, notBlank, quoteIdent, raw, text } from '../sql.js';

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('unique'),
  fields: z.array(z.string()).optional(),
  case_sensitive: z.boolean().default(false),
});

export const unique: CheckKind<z.infer<typeof Params>> = {
  kind: 'unique',
  summary: 'values of fields schema.json marks unique that several records share',
  params: Params,
  defaults: { dimension: 'uniqueness', severity: 'high', code: 'duplicate' },
  example: { kind: 'unique', object: 'Account', fields: ['AccountNumber'] },
  compile(spec, ctx) {
    return compileFields(spec, ctx, spec.id ?? 'unique', spec.fields, (_, def) => !!def.unique && def.type !== 'id', (object, field, out) => {
    const fold = (sql: string) => (spec.case_sensitive ? sql : `lower(${sql})`);
    // The shared values, from the raw rows under their own alias (the scan's t/r/d stay the record's).
    const shared = `SELECT k FROM (SELECT ${fold(trimmedOrNull(`u.${quoteIdent(field)}`))} AS k FROM ${ctx.objects[object].rawTable} u) WHERE k IS NOT NULL GROUP BY k HAVING count(*) > 1`;
    out.checks.push({
      type: 'sql', kind: 'unique', id: spec.id ?? `unique.${object}.${field}`, object, field,
      dimension: spec.dimension ?? 'uniqueness', severity: spec.severity ?? 'high', code: 'duplicate',
      applicable: and(notBlank(field), spec.where), failing: `${fold(text(field))} IN (${shared})`, value: raw(field),
      message: lit(`another ${object} has the same ${field} (schema.json marks it unique)`),
    });
    });
  },
};
