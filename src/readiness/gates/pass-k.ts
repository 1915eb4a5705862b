/**
 * pass^k: the chance that k independent live runs of a scenario all succeed (tau-bench), estimated
 * per scenario as C(passes, k) / C(trials, k) and averaged. A model that gets an action right 9
 * times in 10 gets three in a row right only 7 times in 10; acting on a CRM needs the latter.
 * Replay is deterministic, so only live runs with at least k trials count as evidence.
 */
import { z } from 'zod';
import { gateSchema, type GateKind } from '../gate-types.js';
import { PATTERNS } from '../run-inputs.js';
import { percent } from '../thresholds.js';

const schema = gateSchema({ k: z.number().int().min(1).default(3), scenarios: z.array(z.enum(PATTERNS)).optional() });

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

export const passHatK = (trials: number, passes: number, k: number): number => choose(passes, k) / choose(trials, k);

export const passK: GateKind<z.output<typeof schema>> = {
  kind: 'pass_k',
  summary: 'pass^k (%) over live scenarios with at least k trials: every one of k runs succeeds',
  direction: 'min',
  unit: '%',
  needs: 'eval',
  schema,
  example: { id: 'act.pass_k', pattern: 'act', kind: 'pass_k', k: 3, ready: 90, whenMissing: 'conditional' },
  measure(ctx, gate) {
    const patterns = gate.scenarios ?? [gate.pattern];
    const live = ctx.eval!.mode === 'live';
    const mine = ctx.flags.map((f) => f.scenario).filter((s) => patterns.includes(s.pattern) && s.trials >= gate.k);
    if (!live || !mine.length) {
      return { value: null, missing: 'live trials', detail: live ? `no ${patterns.join('/')} scenario has ${gate.k} or more live trials` : `eval.json is a replay run; pass^${gate.k} needs live runs with ${gate.k}+ trials per scenario` };
    }
    const mean = mine.reduce((a, s) => a + passHatK(s.trials, s.passes, gate.k), 0) / mine.length;
    const weak = mine.filter((s) => passHatK(s.trials, s.passes, gate.k) < 1).sort((a, b) => a.passes / a.trials - b.passes / b.trials);
    return { value: percent(mean, 1), detail: `pass^${gate.k} ${percent(mean, 1)}% over ${mine.length} live ${patterns.join('/')} scenarios`, scenarios: weak.map((s) => s.id) };
  },
};
