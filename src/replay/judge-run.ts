/** Judges one run of a scenario: evidence and claims once, then every registered judge. */
import type { Actor } from '../access/access-model.js';
import type { SnapshotSchema } from '../core/snapshot-files.js';
import type { DiffOp } from '../sandbox/overlay.js';
import { classifyClaim, collectClaims, leakScope } from './claims.js';
import { buildEvidence } from './evidence.js';
import type { JudgeContext, JudgeFinding } from './judges/judge-types.js';
import type { LlmVerdict } from './llm-claims.js';
import { JUDGES } from './judges/registry.js';
import type { SnapshotFacts } from './snapshot-facts.js';
import type { Scenario } from './suite-schema.js';
import type { Transcript } from './transcript.js';

export interface RunToJudge {
  scenario: Scenario;
  transcript: Transcript;
  diff: DiffOp[];
  facts: SnapshotFacts;
  schema: SnapshotSchema;
  asOf: string;
  actor?: Actor;
  llmVerdicts?: LlmVerdict[];
}

export function judgeRun(run: RunToJudge): JudgeFinding[] {
  const evidence = buildEvidence({ request: run.scenario.request, context: run.scenario.context, transcript: run.transcript, asOf: run.asOf, names: run.facts.names });
  const scope = leakScope(run.transcript, evidence);
  const claims = collectClaims(run.transcript, run.schema, run.asOf, run.facts).map((claim) => ({ claim, verdict: classifyClaim(claim, evidence, run.facts, run.actor, scope) }));
  const ctx: JudgeContext = { ...run, evidence, claims };
  return JUDGES.flatMap((j) => j.judge(ctx));
}
