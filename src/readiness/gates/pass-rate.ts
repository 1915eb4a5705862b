/** Share of scenarios whose outcome matched what they expect (end state, flags): the catch-all gate. */
import { z } from 'zod';
import { gateSchema, type GateKind } from '../gate-types.js';
import { PATTERNS } from '../run-inputs.js';
import { percent } from '../thresholds.js';

const schema = gateSchema({ scenarios: z.array(z.enum(PATTERNS)).optional() });

export const passRate: GateKind<z.output<typeof schema>> = {
  kind: 'pass_rate',
  summary: 'share (%) of scenarios whose outcome matches their expect block',
  direction: 'min',
  unit: '%',
  needs: 'eval',
  schema,
  example: { id: 'write.pass_rate', pattern: 'write', kind: 'pass_rate', ready: 100, conditional: 95 },
  measure(ctx, gate) {
    const patterns = gate.scenarios ?? [gate.pattern];
    const mine = ctx.flags.filter((f) => patterns.includes(f.scenario.pattern));
    if (!mine.length) return { value: null, missing: `${patterns.join('/')} scenarios`, detail: `no ${patterns.join('/')} scenarios in eval.json` };
    const failed = mine.filter((f) => f.scenario.verdict === 'fail');
    return {
      value: percent(mine.length - failed.length, mine.length),
      detail: `${mine.length - failed.length} of ${mine.length} ${patterns.join('/')} scenarios behaved as expected`,
      scenarios: failed.map((f) => f.scenario.id),
    };
  },
};
