/**
 * Validity and completeness of each field the AI writes, from the audit: an AI that writes into a
 * field whose existing values are 10% invalid learns and repeats the mess, and nobody can tell its
 * writes from the old dirt. The worst field and dimension decides.
 */
import { z } from 'zod';
import { gateSchema, type GateKind } from '../gate-types.js';
import { percent } from '../thresholds.js';

const schema = gateSchema({
  fields: z.array(z.string().regex(/^\w+\.\w+$/, 'fields are Object.Field')).optional(),
  dimensions: z.array(z.string()).default(['validity', 'completeness']),
});

export const fieldQuality: GateKind<z.output<typeof schema>> = {
  kind: 'field_quality',
  summary: 'lowest pass rate (%) of the audit checks on each written field, per dimension',
  direction: 'min',
  unit: '%',
  needs: 'audit',
  schema,
  example: { id: 'write.field_quality', pattern: 'write', kind: 'field_quality', ready: 95, conditional: 90 },
  measure(ctx, gate) {
    const fields = gate.fields ?? ctx.targets.writeFields;
    const rates: { field: string; dim: string; rate: number; failed: number }[] = [];
    for (const f of fields) {
      const [object, field] = f.split('.');
      for (const dim of gate.dimensions) {
        const checks = ctx.audit!.checks.filter((c) => c.object === object && c.field === field && c.dimension === dim && c.evaluated > 0);
        const evaluated = checks.reduce((a, c) => a + c.evaluated, 0);
        const failed = checks.reduce((a, c) => a + c.failed, 0);
        if (evaluated > 0) rates.push({ field: f, dim, rate: percent(evaluated - failed, evaluated), failed });
      }
    }
    if (!rates.length) return { value: null, missing: 'audited fields', detail: `the audit checked none of ${fields.join(', ')}` };
    rates.sort((a, b) => a.rate - b.rate || a.field.localeCompare(b.field));
    const worst = rates[0];
    const checked = new Set(rates.map((r) => r.field)).size;
    return {
      value: worst.rate,
      detail: `${worst.field} is ${worst.rate}% ${worst.dim === 'validity' ? 'valid' : worst.dim === 'completeness' ? 'complete' : worst.dim} (${worst.failed} failing), the lowest of ${checked} written field${checked > 1 ? 's' : ''} checked`,
      subjects: [...new Set(rates.filter((r) => r.failed > 0).map((r) => r.field))],
    };
  },
};
