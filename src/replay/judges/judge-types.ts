/**
 * A judge is a small pure function from one run's context to findings (data, never thrown), like a
 * promptfoo assertion; each lives in its own file and registry.ts collects them.
 */
import type { Actor } from '../../access/access-model.js';
import type { SnapshotSchema } from '../../core/snapshot-files.js';
import type { DiffOp } from '../../sandbox/overlay.js';
import type { Claim, ClaimVerdict } from '../claims.js';
import type { Evidence } from '../evidence.js';
import type { LlmVerdict } from '../llm-claims.js';
import type { JudgeCode } from '../judge-codes.js';
import type { SnapshotFacts } from '../snapshot-facts.js';
import type { Scenario } from '../suite-schema.js';
import type { Transcript, TranscriptStep } from '../transcript.js';

export interface JudgeFinding {
  judge: string;
  code: JudgeCode;
  /** 1-based step of the transcript, or null for the answer and the end state. */
  step: number | null;
  object: string | null;
  id: string | null;
  field: string | null;
  value: unknown;
  /** The quoted span or the evidence that decided it. */
  evidence?: string;
  message: string;
}

export interface JudgeContext {
  scenario: Scenario;
  transcript: Transcript;
  /** The sandbox's end state against the snapshot. */
  diff: DiffOp[];
  evidence: Evidence;
  facts: SnapshotFacts;
  schema: SnapshotSchema;
  asOf: string;
  /** The acting user (undefined when unknown or inactive). */
  actor?: Actor;
  /** Claims in writes and the answer, classified once for every judge. */
  claims: { claim: Claim; verdict: ClaimVerdict }[];
  /** The optional LLM judge's recorded verdicts for this run (absent when it is off). */
  llmVerdicts?: LlmVerdict[];
}

export interface Judge {
  name: string;
  description: string;
  judge(ctx: JudgeContext): JudgeFinding[];
}

export const finding = (judge: string, code: JudgeCode, f: Partial<Omit<JudgeFinding, 'judge' | 'code' | 'message'>> & { message: string }): JudgeFinding =>
  ({ judge, code, step: null, object: null, id: null, field: null, value: null, ...f });

export function stepTarget(input: unknown): { object: string | null; id: string | null } {
  const i = (input ?? {}) as Record<string, unknown>;
  const p = (i.params ?? {}) as Record<string, unknown>;
  const object = typeof i.object === 'string' ? i.object : typeof p.object === 'string' ? p.object : i.action === 'update_stage' ? 'Opportunity' : null;
  const id = typeof i.id === 'string' ? i.id : typeof p.id === 'string' ? p.id : typeof p.whoId === 'string' ? p.whoId : typeof p.whatId === 'string' ? p.whatId : null;
  return { object, id };
}

/** Tools that write to the CRM (perform_action's actions all write or send). */
export const WRITE_TOOLS: ReadonlySet<string> = new Set(['create_record', 'update_record', 'perform_action']);

/**
 * Steps the tool layer refused with one of `codes` (only of `tools` when given), with what they were
 * aimed at; the field is the one the refusal names ("field Account.AnnualRevenue …"), if any.
 */
export function refusedSteps(transcript: Transcript, codes: ReadonlySet<string>, tools?: ReadonlySet<string>): { step: TranscriptStep; object: string | null; id: string | null; field: string | null }[] {
  return transcript.steps.filter((s) => s.outcome.status === 'denied' && codes.has(s.outcome.code) && (!tools || tools.has(s.tool))).map((step) => ({
    step, ...stepTarget(step.input), field: /field (\w+)\.(\w+)/.exec(step.outcome.message)?.[2] ?? null,
  }));
}
