/**
 * validity: written values that break schema.json or the policy's ranges (recorded by the tool layer
 * in observe mode), and writes to a field or object schema.json does not have: the tool layer refuses
 * those (there is nothing to write them to), but the AI still tried to write outside the schema.
 */
import { finding, stepTarget, type Judge } from './judge-types.js';

const WRITE_TOOLS = new Set(['create_record', 'update_record', 'perform_action']);
const OUTSIDE_SCHEMA = new Set(['unknown_field', 'unknown_object']);

export const validity: Judge = {
  name: 'validity',
  description: 'Writes that break schema.json (type, picklist, length, required, dangling lookup) or the policy’s value rules',
  judge(ctx) {
    const violations = ctx.transcript.steps.flatMap((step) => (step.outcome.violations ?? []).map((v) => finding('validity', v.code, {
      step: step.index, object: v.object, id: step.outcome.writes?.[0]?.id ?? null, field: v.field, value: v.value,
      evidence: v.rule, message: v.message,
    })));
    const outside = ctx.transcript.steps.filter((s) => WRITE_TOOLS.has(s.tool) && s.outcome.status === 'denied' && OUTSIDE_SCHEMA.has(s.outcome.code)).map((s) => {
      const { object, id } = stepTarget(s.input);
      const field = /field (\w+)\.(\w+)/.exec(s.outcome.message)?.[2] ?? null;
      return finding('validity', 'schema_violation', { step: s.index, object, id, field, value: s.tool, evidence: s.outcome.code, message: `${s.tool} tried to write outside schema.json: ${s.outcome.message}` });
    });
    return [...violations, ...outside];
  },
};
