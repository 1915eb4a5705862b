/** The hygiene score (0–100) of the worst object an AI pattern uses: an answer is only as good as its records. */
import { z } from 'zod';
import { gateSchema, type GateKind } from '../gate-types.js';

const schema = gateSchema({ objects: z.array(z.string()).optional() });

export const hygiene: GateKind<z.output<typeof schema>> = {
  kind: 'hygiene',
  summary: 'lowest audit hygiene score (0-100) among the objects the pattern uses',
  direction: 'min',
  unit: 'score',
  needs: 'audit',
  schema,
  example: { id: 'read.hygiene', pattern: 'read', kind: 'hygiene', ready: 90, conditional: 70 },
  measure(ctx, gate) {
    const objects = gate.objects ?? (gate.pattern === 'read' ? ctx.targets.readObjects : ctx.targets.writeObjects);
    const scores = objects.filter((o) => ctx.audit!.score.byObject[o] !== undefined).map((o) => ({ o, s: ctx.audit!.score.byObject[o] })).sort((a, b) => a.s - b.s || a.o.localeCompare(b.o));
    if (!scores.length) return { value: null, missing: 'audited objects', detail: `the audit scored none of ${objects.join(', ')}` };
    const worst = scores[0];
    return {
      value: worst.s,
      detail: `${worst.o} scores ${worst.s.toFixed(1)}, the lowest of ${scores.length} object${scores.length > 1 ? 's' : ''} ${gate.pattern === 'read' ? 'read' : 'written'} (${scores.map((x) => `${x.o} ${x.s.toFixed(1)}`).join(', ')})`,
      subjects: scores.map((x) => x.o),
    };
  },
};
