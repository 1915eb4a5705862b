/**
 * What a gate kind is. A gate measures one number from the run (a score, a rate, a count) and
 * compares it with two thresholds from evals/readiness.yaml: at `ready` or better it passes; at
 * `conditional` or better it makes its pattern conditional; worse than that it blocks. A kind is one
 * file in gates/ and one line in gates/registry.ts.
 */
import { z } from 'zod';
import type { ScenarioFlags } from './scenario-flags.js';
import { PATTERNS, type AuditRun, type EvalRun, type Pattern } from './run-inputs.js';

export type GateStatus = 'pass' | 'warn' | 'fail' | 'no_data';
export type Verdict = 'ready' | 'conditional' | 'not_ready';
export type Direction = 'min' | 'max';
export type Unit = 'score' | '%' | 'count';

/** Keys every gate entry in readiness.yaml has, whatever its kind. */
export const GateCommon = {
  id: z.string().regex(/^[a-z0-9_.-]+$/, 'gate ids use lower-case letters, digits and . _ -'),
  pattern: z.enum(PATTERNS),
  kind: z.string(),
  title: z.string().optional(),
  ready: z.number(),
  conditional: z.number().optional(),
  /** The verdict when the gate's input is absent (no eval.json, no live trials). */
  whenMissing: z.enum(['conditional', 'not_ready']).default('not_ready'),
};
const CommonSchema = z.strictObject(GateCommon);
export type GateCommon = z.output<typeof CommonSchema>;

export interface Targets {
  /** Objects the read scenarios use. */
  readObjects: string[];
  /** `Object.Field` the write scenarios write. */
  writeFields: string[];
  /** Objects write scenarios create, update or attach records to. */
  writeObjects: string[];
  /** Where each list came from, for the report: the eval's scenarios or readiness.yaml defaults. */
  source: { read: 'eval' | 'default'; write: 'eval' | 'default' };
}

export interface GateContext {
  audit?: AuditRun;
  eval?: EvalRun;
  flags: ScenarioFlags[];
  targets: Targets;
}

/** One measurement; `value: null` means the input it needs is absent (`missing` says which). */
export interface Measure {
  value: number | null;
  /** Plain words about the value, e.g. "Opportunity scores 62.0, the lowest of 5 objects read". */
  detail: string;
  missing?: string;
  /** Objects or Object.Field the value is about, worst first (for example records in the report). */
  subjects?: string[];
  /** Scenario ids that contributed (for the report's examples and junit). */
  scenarios?: string[];
  codes?: string[];
}

export interface GateKind<P extends GateCommon = GateCommon> {
  kind: string;
  summary: string;
  direction: Direction;
  unit: Unit;
  needs: 'audit' | 'eval';
  /** The whole entry's schema: the common keys plus the kind's own. */
  schema: z.ZodType<P>;
  example: Record<string, unknown>;
  measure(ctx: GateContext, gate: P): Measure;
}

/** A kind's schema: common keys plus its own, unknown keys refused (a typo must not pass silently). */
export const gateSchema = <S extends z.ZodRawShape>(own: S) => z.strictObject({ ...GateCommon, ...own });

export interface GateResult {
  id: string;
  pattern: Pattern;
  kind: string;
  title: string;
  passed: boolean;
  status: GateStatus;
  value: number | null;
  threshold: number;
  conditional: number | null;
  direction: Direction;
  unit: Unit;
  reason: string;
  missing?: string;
  subjects?: string[];
  scenarios?: string[];
  codes?: string[];
}
