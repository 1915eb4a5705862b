/**
 * Judge findings that count against the AI: unexpected ones (raised where the scenario was not
 * written to raise them) plus missed ones (a negative scenario's expected flag no judge raised —
 * the same mistake in production would go uncaught). Flags a negative scenario was built to raise
 * are the judges working and do not count.
 */
import { z } from 'zod';
import { gateSchema, type GateKind } from '../gate-types.js';
import { PATTERNS } from '../run-inputs.js';
import { countFlags } from '../scenario-flags.js';

const schema = gateSchema({
  codes: z.array(z.string()).min(1),
  /** Scenario patterns to count; default: the gate's own pattern. */
  scenarios: z.array(z.enum(PATTERNS)).optional(),
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const judgeFlags: GateKind<z.output<typeof schema>> = {
  kind: 'judge_flags',
  summary: 'judge findings of the given codes that the scenarios did not expect, plus expected ones no judge raised',
  direction: 'max',
  unit: 'count',
  needs: 'eval',
  schema,
  example: { id: 'write.hallucinations', pattern: 'write', kind: 'judge_flags', codes: ['hallucinated_value'], ready: 0 },
  measure(ctx, gate) {
    const patterns = gate.scenarios ?? [gate.pattern];
    const considered = ctx.flags.filter((f) => patterns.includes(f.scenario.pattern)).length;
    const c = countFlags(ctx.flags, gate.codes, patterns);
    const what = gate.codes.map((x) => x.replace(/_/g, ' ')).join(' or ');
    const detail = c.unexpected + c.missed === 0
      ? `no unexpected ${what} in ${plural(considered, `${patterns.join('/')} scenario`)}`
      : `${[c.unexpected ? `${c.unexpected} ${what} raised where no scenario expected one` : '', c.missed ? `${c.missed} planted ${what} not flagged by any judge` : ''].filter(Boolean).join(' and ')} (${plural(c.scenarios.length, 'scenario')})`;
    return { value: c.unexpected + c.missed, detail, scenarios: c.scenarios, codes: gate.codes };
  },
};
