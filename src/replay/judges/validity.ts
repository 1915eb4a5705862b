/** validity: written values that break schema.json or the policy's ranges (recorded by the tool layer in observe mode). */
import { finding, type Judge } from './judge-types.js';

export const validity: Judge = {
  name: 'validity',
  description: 'Writes that break schema.json (type, picklist, length, required, dangling lookup) or the policy’s value rules',
  judge(ctx) {
    return ctx.transcript.steps.flatMap((step) => (step.outcome.violations ?? []).map((v) => finding('validity', v.code, {
      step: step.index, object: v.object, id: step.outcome.writes?.[0]?.id ?? null, field: v.field, value: v.value,
      evidence: v.rule, message: v.message,
    })));
  },
};
