/** How many scenarios exercise the pattern: a 100% pass rate over two scenarios is not evidence. */
import { z } from 'zod';
import { gateSchema, type GateKind } from '../gate-types.js';
import { PATTERNS } from '../run-inputs.js';

const schema = gateSchema({ scenarios: z.array(z.enum(PATTERNS)).optional() });

export const coverage: GateKind<z.output<typeof schema>> = {
  kind: 'coverage',
  summary: 'number of scenarios that exercise the pattern',
  direction: 'min',
  unit: 'count',
  needs: 'eval',
  schema,
  example: { id: 'act.coverage', pattern: 'act', kind: 'coverage', ready: 10, conditional: 3 },
  measure(ctx, gate) {
    const patterns = gate.scenarios ?? [gate.pattern];
    const n = ctx.flags.filter((f) => patterns.includes(f.scenario.pattern)).length;
    return { value: n, detail: `${n} ${patterns.join('/')} scenario${n === 1 ? '' : 's'} in the suite` };
  },
};
