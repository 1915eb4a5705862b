/**
 * Share of duplicate records among the objects writes land on: with two "Globex" accounts an AI
 * logs the call on the wrong one, and the mistake is invisible until someone merges them.
 */
import { z } from 'zod';
import { gateSchema, type GateKind } from '../gate-types.js';
import { percent } from '../thresholds.js';

const schema = gateSchema({ objects: z.array(z.string()).optional() });

export const duplicateRate: GateKind<z.output<typeof schema>> = {
  kind: 'duplicate_rate',
  summary: 'highest duplicate rate (%) among the objects the pattern writes to or attaches records to',
  direction: 'max',
  unit: '%',
  needs: 'audit',
  schema,
  example: { id: 'write.duplicates', pattern: 'write', kind: 'duplicate_rate', ready: 2, conditional: 5 },
  measure(ctx, gate) {
    const objects = gate.objects ?? ctx.targets.writeObjects;
    const rates: { o: string; rate: number; failed: number }[] = [];
    for (const o of objects) {
      const checks = ctx.audit!.checks.filter((c) => c.object === o && c.code === 'duplicate' && c.evaluated > 0);
      const evaluated = checks.reduce((a, c) => a + c.evaluated, 0);
      const failed = checks.reduce((a, c) => a + c.failed, 0);
      if (evaluated > 0) rates.push({ o, rate: percent(failed, evaluated), failed });
    }
    if (!rates.length) return { value: null, missing: 'duplicate checks', detail: `no duplicate check ran on ${objects.join(', ')}` };
    rates.sort((a, b) => b.rate - a.rate || a.o.localeCompare(b.o));
    const worst = rates[0];
    return {
      value: worst.rate,
      detail: `${worst.rate}% of ${worst.o} records are duplicates (${worst.failed}), the highest of ${rates.map((r) => `${r.o} ${r.rate}%`).join(', ')}`,
      subjects: rates.filter((r) => r.failed > 0).map((r) => r.o),
      codes: ['duplicate'],
    };
  },
};
