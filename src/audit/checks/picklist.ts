/**
 * picklist: a value outside the field's active values in schema.json (an inactive or mistyped value
 * an AI would copy or, worse, learn from). Multi-select values are checked one by one.
 */
import { z } from 'zod';
import type { CheckKind } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { compileFields, fieldDef } from '../resolve.js';
import { and, inValues, lit, notBlank, raw, text } from '../sql.js';

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('picklist'),
  fields: z.array(z.string()).optional(),
  /** Values to accept beyond schema.json (e.g. legacy values being phased out). */
  also_allow: z.array(z.string()).default([]),
});

export const picklist: CheckKind<z.infer<typeof Params>> = {
  kind: 'picklist',
  summary: 'values outside the active picklist values of schema.json',
  params: Params,
  defaults: { dimension: 'validity', severity: 'medium', code: 'invalid_picklist' },
  example: { kind: 'picklist', object: 'Opportunity', fields: ['StageName'] },
  compile(spec, ctx) {
    return compileFields(spec, ctx, spec.id ?? 'picklist', spec.fields, (_, def) => def.type === 'picklist' || def.type === 'multipicklist', (object, field, out) => {
    const def = fieldDef(ctx, object, field);
    if (!def?.values) {
      out.problems.push({ code: 'not_a_picklist', field: `${object}.${field}`, message: `${object}.${field} has no picklist values in schema.json` });
      return;
    }
    const allowed = [...def.values, ...spec.also_allow];
    const failing = def.type === 'multipicklist'
      ? `len(list_filter(string_split(${text(field)}, ';'), v -> NOT ${inValues('TRIM(v)', allowed)})) > 0`
      : `NOT ${inValues(text(field), allowed)}`;
    out.checks.push({
      type: 'sql', kind: 'picklist', id: spec.id ?? `picklist.${object}.${field}`, object, field,
      dimension: spec.dimension ?? 'validity', severity: spec.severity ?? 'medium', code: 'invalid_picklist',
      applicable: and(notBlank(field), spec.where), failing, value: raw(field),
      message: lit(`not one of the ${def.values.length} active values of ${field}`),
    });
    });
  },
};
