/**
 * required: a field the record must have. By default every field schema.json marks required.
 * Blank strings and whitespace are missing; so are the pack's `missing_tokens` ("-", "n/a"…) —
 * values someone typed only to get past a validation rule.
 */
import { z } from 'zod';
import type { CheckKind } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { compileFields } from '../resolve.js';
import { and, inValues, isBlank, lit, raw, text } from '../sql.js';

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('required'),
  fields: z.array(z.string()).optional(),
  missing_tokens: z.array(z.string()).default([]),
});

export const required: CheckKind<z.infer<typeof Params>> = {
  kind: 'required',
  summary: 'fields that must have a value (default: the fields schema.json marks required)',
  params: Params,
  defaults: { dimension: 'completeness', severity: 'high', code: 'missing_required' },
  example: { kind: 'required', object: 'Contact', fields: ['LastName'] },
  compile(spec, ctx) {
    const tokens = spec.missing_tokens.map((s) => s.toLowerCase());
    return compileFields(spec, ctx, spec.id ?? 'required', spec.fields, (name, def) => !!def.required && def.type !== 'id' && def.type !== 'boolean', (object, field, out) => {
    const missing = tokens.length ? `${isBlank(field)} OR ${inValues(`lower(${text(field)})`, tokens)}` : isBlank(field);
    out.checks.push({
      type: 'sql', kind: 'required', id: spec.id ?? `required.${object}.${field}`, object, field,
      dimension: spec.dimension ?? 'completeness', severity: spec.severity ?? 'high', code: 'missing_required',
      applicable: and(spec.where), failing: missing, value: `COALESCE(${raw(field)}, '')`,
      message: lit(`${field} is required but blank`),
    });
    }, { warnUnexported: true });
  },
};
