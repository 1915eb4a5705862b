/**
 * What happened in one run of a scenario, whoever drove it (a recording in replay, a model live):
 * every tool call with the outcome the actor received, and the final answer. Judges read only this,
 * the sandbox's end state and the snapshot facts — never the driver.
 */
import type { ToolOutcome } from '../sandbox/tool-session.js';

export interface TranscriptStep {
  /** 1-based position in the run. */
  index: number;
  tool: string;
  input: unknown;
  outcome: ToolOutcome;
}

export interface Transcript {
  steps: TranscriptStep[];
  answer: string | null;
  /** Live runs: tokens, cost and time; absent in replay. */
  usage?: { inputTokens: number; outputTokens: number; costUsd: number; latencyMs: number };
  /** A run that could not finish (API error, step limit): judged on what it did, and marked. */
  error?: string;
}
