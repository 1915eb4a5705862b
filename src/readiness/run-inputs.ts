/**
 * The two halves a readiness report reads — audit.json and eval.json — as validated data. Parsing is
 * lenient about extra keys (newer writers may add some) and strict about the format version and the
 * keys the gates read, so a file from another version is named, not half-read.
 */
import { z } from 'zod';
import type { Problem, Result } from '../core/problem.js';
import { zodProblems } from '../core/validation.js';

export const AUDIT_FORMAT = 'crmready-audit/1';
export const EVAL_FORMAT = 'crmready-eval/1';
export const READINESS_FORMAT = 'crmready-readiness/1';

export const PATTERNS = ['read', 'write', 'act'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** Row counts per object; a newer writer may give `{rows, sha256}` so runs can be compared by checksum. */
const ObjectMeta = z.union([z.number(), z.looseObject({ rows: z.number().optional(), sha256: z.string().optional() })]);

export const SnapshotRef = z.looseObject({
  name: z.string(),
  asOf: z.string().optional(),
  source: z.unknown().optional(),
  dir: z.string().optional(),
  objects: z.record(z.string(), ObjectMeta).optional(),
  /** sha256 per object's data file (eval.json writes these; compares content, not just row counts). */
  checksums: z.record(z.string(), z.string()).optional(),
});
export type SnapshotRef = z.infer<typeof SnapshotRef>;

export const AuditCheck = z.looseObject({
  id: z.string(),
  object: z.string(),
  field: z.string().nullable().optional(),
  dimension: z.string(),
  code: z.string(),
  severity: z.string(),
  evaluated: z.number(),
  failed: z.number(),
});
export type AuditCheck = z.infer<typeof AuditCheck>;

export const AuditRun = z.looseObject({
  format: z.literal(AUDIT_FORMAT),
  snapshot: SnapshotRef,
  score: z.looseObject({
    overall: z.number(),
    byObject: z.record(z.string(), z.number()),
    byDimension: z.record(z.string(), z.number()),
    byField: z.record(z.string(), z.number()),
  }),
  checks: z.array(AuditCheck),
  findings: z.looseObject({ total: z.number(), byCode: z.record(z.string(), z.number()) }).optional(),
});
export type AuditRun = z.infer<typeof AuditRun>;

export const JudgeFinding = z.looseObject({
  judge: z.string(),
  code: z.string(),
  step: z.union([z.number(), z.string()]).nullable().optional(),
  object: z.string().nullable().optional(),
  id: z.string().nullable().optional(),
  field: z.string().nullable().optional(),
  value: z.unknown().optional(),
  evidence: z.unknown().optional(),
  message: z.string(),
});
export type JudgeFinding = z.infer<typeof JudgeFinding>;

export const EvalScenario = z.looseObject({
  id: z.string(),
  suite: z.string().optional(),
  pattern: z.enum(PATTERNS),
  verdict: z.enum(['pass', 'fail']),
  trials: z.number().int().nonnegative(),
  passes: z.number().int().nonnegative(),
  findings: z.array(JudgeFinding),
  /** Judge codes the scenario was written to raise (negative cases); absent in older writers. */
  expectedFlags: z.array(z.string()).optional(),
  raisedFlags: z.array(z.string()).optional(),
  /** Optional: what the scenario touched, so audit gates look at the right objects and fields. */
  objects: z.array(z.string()).optional(),
  writes: z.array(z.string()).optional(),
});
export type EvalScenario = z.infer<typeof EvalScenario>;

export const EvalRun = z.looseObject({
  format: z.literal(EVAL_FORMAT),
  suite: z.string().optional(),
  mode: z.enum(['replay', 'live']),
  snapshot: SnapshotRef.nullable().optional(),
  scenarios: z.array(EvalScenario),
  /** Scenarios the eval could not run (bad YAML, unknown actor…), with why. */
  skipped: z.array(z.looseObject({ suite: z.string().optional(), id: z.string().nullable().optional(), file: z.string().optional(), line: z.number().nullable().optional(), reason: z.string() })).optional(),
  metrics: z.looseObject({ byPattern: z.record(z.string(), z.record(z.string(), z.unknown())).optional() }).optional(),
});
export type EvalRun = z.infer<typeof EvalRun>;

export interface RunInputs { audit?: AuditRun; eval?: EvalRun }

const VERSION_HINT: Record<string, string> = {
  [AUDIT_FORMAT]: 'run `crmready audit SNAPSHOT --out RUN_DIR` again with this version of crmready',
  [EVAL_FORMAT]: 'run `crmready eval --out RUN_DIR` again with this version of crmready',
};

/** Validates one parsed results file; a wrong `format` is one clear problem, not a list of missing keys. */
export function parseResults<T>(schema: z.ZodType<T>, format: string, json: unknown, file: string): Result<T> {
  const found = (json as { format?: unknown } | null)?.format;
  if (found !== format) {
    const what = typeof found === 'string' ? `is format "${found}"` : 'has no "format" key';
    return { ok: false, problems: [{ code: 'wrong_format', file, field: 'format', message: `${what}; this crmready reads "${format}"`, hint: VERSION_HINT[format] }] };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: zodProblems(parsed.error, file, 'invalid_results', VERSION_HINT[format]) };
}

/** The problem when audit.json and eval.json in one run came from different snapshots. */
export function sameSnapshot(a: SnapshotRef, b: SnapshotRef): { same: boolean; differences: string[] } {
  const differences: string[] = [];
  if (a.name !== b.name) differences.push(`name "${a.name}" vs "${b.name}"`);
  if (a.asOf && b.asOf && a.asOf !== b.asOf) differences.push(`asOf ${a.asOf} vs ${b.asOf}`);
  if (a.objects && b.objects) {
    const objs = new Set([...Object.keys(a.objects), ...Object.keys(b.objects)]);
    for (const o of [...objs].sort()) {
      const x = meta(a.objects[o], a.checksums?.[o]);
      const y = meta(b.objects[o], b.checksums?.[o]);
      if (!x || !y) differences.push(`${o}: ${x ? 'present' : 'absent'} vs ${y ? 'present' : 'absent'}`);
      // Checksums compare content; a writer that gave only row counts can be compared by those.
      else if (x.sha256 && y.sha256) { if (x.sha256 !== y.sha256) differences.push(`${o}: sha256 ${x.sha256.slice(0, 12)}… vs ${y.sha256.slice(0, 12)}…`); }
      else if (x.rows !== undefined && y.rows !== undefined && x.rows !== y.rows) differences.push(`${o}: ${x.rows} vs ${y.rows} rows`);
    }
  }
  return { same: differences.length === 0, differences };
}

function meta(m: z.infer<typeof ObjectMeta> | undefined, sha?: string): { rows?: number; sha256?: string } | undefined {
  if (m === undefined) return undefined;
  return typeof m === 'number' ? { rows: m, sha256: sha } : { rows: m.rows, sha256: m.sha256 ?? sha };
}
