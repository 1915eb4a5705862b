/**
 * grounding: every fact-bearing value the AI wrote, and every checkable entity in its answer, must
 * be supported by the session's evidence (request, context, tool results). Controlled values
 * (picklists, booleans) are validity's; values found only where the actor may not read them are the
 * permission judge's leaks; a lookup pointing nowhere is already a schema violation.
 */
import { finding, type Judge } from './judge-types.js';

export const grounding: Judge = {
  name: 'grounding',
  description: 'Written values and answer claims that the evidence does not support (hallucinated values)',
  judge(ctx) {
    const dangling = new Set(ctx.transcript.steps.flatMap((s) => (s.outcome.violations ?? []).filter((v) => v.rule === 'reference').map((v) => `${s.index}|${v.field}`)));
    return ctx.claims.filter(({ claim, verdict }) => verdict === 'invented' && !dangling.has(`${claim.step}|${claim.field}`)).map(({ claim }) => finding('grounding', 'hallucinated_value', {
      step: claim.step, object: claim.object, id: claim.id, field: claim.field, value: claim.span, evidence: claim.span,
      message: claim.source === 'answer'
        ? `the answer states "${claim.span}" (${claim.kind}), which nothing in the request, context or tool results supports`
        : `${claim.object}.${claim.field} was written with "${claim.span}" (${claim.kind}), which nothing in the request, context or tool results supports`,
    }));
  },
};
