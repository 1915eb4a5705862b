/**
 * The scenario suite format (DESIGN "Scenario suite"), strict: an unknown key is an error at its
 * line, so a typo in `expect` cannot silently turn a negative test into a pass.
 */
import { z } from 'zod';
import { JUDGE_CODES, PATTERNS } from './judge-codes.js';

const Json = z.record(z.string(), z.unknown());

export const StepSchema = z.strictObject({ tool: z.string().min(1), input: Json.default({}) });

export const ExpectedWriteSchema = z.strictObject({
  op: z.enum(['create', 'update', 'delete']),
  object: z.string().min(1),
  /** The record, for update/delete (or a created record's known Id). */
  id: z.string().optional(),
  /** Fields that pick out the written record; with no `values`, also the values it must have. */
  match: Json.optional(),
  /** Values the written record must have (a mismatch is `wrong_value`). */
  values: Json.optional(),
}).refine((w) => w.op === 'create' || w.id || w.match, { message: 'an update or delete needs an id or a match' });

export const ScenarioSchema = z.strictObject({
  id: z.string().regex(/^[\w.-]+$/, 'use letters, digits, "-", "_" or "."'),
  pattern: z.enum(PATTERNS),
  description: z.string().optional(),
  actor: z.string().min(1),
  request: z.string().min(1),
  context: z.array(z.strictObject({ kind: z.string().min(1), text: z.string() })).default([]),
  recording: z.strictObject({ steps: z.array(StepSchema).default([]), answer: z.string().nullable().optional() }).optional(),
  approvals: z.array(z.strictObject({ action: z.string().min(1), params: Json.default({}), decision: z.enum(['approved', 'rejected', 'pending']) })).default([]),
  expect: z.strictObject({
    state: z.array(ExpectedWriteSchema).optional(),
    flags: z.array(z.enum(JUDGE_CODES)).default([]),
  }).default({ flags: [] }),
  tags: z.array(z.string()).default([]),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ExpectedWrite = z.infer<typeof ExpectedWriteSchema>;

export const SuiteSchema = z.strictObject({
  suite: z.string().min(1),
  description: z.string().optional(),
  /** Relative to the suite file; may be left out when `--snapshot` names it. */
  snapshot: z.string().min(1).optional(),
  scenarios: z.array(z.unknown()).min(1, 'a suite needs at least one scenario'),
});
