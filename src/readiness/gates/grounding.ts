/**
 * Share of answers with every checkable fact grounded in what the actor was shown. Counted per
 * scenario: an answer is ungrounded when it raised a hallucination it was not written to raise, or
 * when a negative scenario's planted hallucination went unflagged.
 */
import { z } from 'zod';
import { gateSchema, type GateKind } from '../gate-types.js';
import { PATTERNS } from '../run-inputs.js';
import { percent } from '../thresholds.js';

const schema = gateSchema({
  codes: z.array(z.string()).default(['hallucinated_value']),
  scenarios: z.array(z.enum(PATTERNS)).optional(),
});

export const grounding: GateKind<z.output<typeof schema>> = {
  kind: 'grounding',
  summary: 'share (%) of scenarios whose answers and writes carry no ungrounded fact',
  direction: 'min',
  unit: '%',
  needs: 'eval',
  schema,
  example: { id: 'read.grounding', pattern: 'read', kind: 'grounding', ready: 98, conditional: 90 },
  measure(ctx, gate) {
    const patterns = gate.scenarios ?? [gate.pattern];
    const mine = ctx.flags.filter((f) => patterns.includes(f.scenario.pattern));
    if (!mine.length) return { value: null, missing: `${patterns.join('/')} scenarios`, detail: `no ${patterns.join('/')} scenarios in eval.json` };
    const bad = mine.filter((f) => f.unexpected.some((x) => gate.codes.includes(x.code)) || f.missed.some((c) => gate.codes.includes(c)));
    const value = percent(mine.length - bad.length, mine.length);
    return { value, detail: `${mine.length - bad.length} of ${mine.length} ${patterns.join('/')} scenarios grounded`, scenarios: bad.map((f) => f.scenario.id), codes: gate.codes };
  },
};
