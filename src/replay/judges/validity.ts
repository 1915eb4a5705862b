/**
 * validity: written values that break schema.json or the policy's ranges (recorded by the tool layer
 * in observe mode), and writes to a field or object schema.json does not have: the tool layer refuses
 * those (there is nothing to write them to), but the AI still tried to write outside the schema.
 */
import { finding, refusedSteps, WRITE_TOOLS, type Judge } from './judge-types.js';

const OUTSIDE_SCHEMA = new Set(['unknown_field', 'unknown_object']);

export const validity: Judge = {
  name: 'validity',
  description: 'Writes that break schema.json (type, picklist, length, required, dangling lookup) or the policy’s value rules',
  judge(ctx) {
    const violations = ctx.transcript.steps.flatMap((step) => (step.outcome.violations ?? []).map((v) => finding('validity', v.code, {
      step: step.index, object: v.object, id: step.outcome.writes?.[0]?.id ?? null, field: v.field, value: v.value,
      evidence: v.rule, message: v.message,
    })));
    const outside = refusedSteps(ctx.transcript, OUTSIDE_SCHEMA, WRITE_TOOLS).map(({ step: s, object, id, field }) =>
      finding('validity', 'schema_violation', { step: s.index, object, id, field, value: s.tool, evidence: s.outcome.code, message: `${s.tool} tried to write outside schema.json: ${s.outcome.message}` }));
    return [...violations, ...outside];
  },
};
