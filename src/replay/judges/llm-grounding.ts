/**
 * llm_grounding (optional, off by default): claims in free text that an LLM found unsupported by the
 * evidence — recorded verdicts only, computed at the edge (llm-claims.ts) before judging, so this
 * stays pure and replays never call a model. A span the entity-level grounding judge already
 * flagged is not flagged twice.
 */
import { finding, type Judge } from './judge-types.js';

export const llmGrounding: Judge = {
  name: 'llm_grounding',
  description: 'Optional: claims in free text an LLM judged unsupported by the evidence (recorded verdicts, replayed)',
  judge(ctx) {
    const flagged = ctx.claims.filter((c) => c.verdict !== 'grounded').map((c) => c.claim.span.toLowerCase());
    return (ctx.llmVerdicts ?? []).filter((v) => !flagged.some((span) => v.quote.toLowerCase().includes(span))).map((v) => finding('llm_grounding', 'hallucinated_value', {
      step: v.step, field: v.field, value: v.quote, evidence: v.quote,
      message: `${v.step === null ? 'the answer' : `step ${v.step} wrote`} "${v.quote}": ${v.claim} — not supported by the evidence (LLM judge)`,
    }));
  },
};
