/**
 * What a check kind is and what it compiles to. A kind is one file in checks/ exporting a
 * CheckKind; the registry collects them. A kind turns one YAML entry into zero or more
 * CompiledChecks against the snapshot's schema: SQL predicates that the runner evaluates in one
 * scan per object, or (for duplicates) a runner of its own.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import type { FindingCode } from '../core/codes.js';
import type { Problem } from '../core/problem.js';
import type { AccessFile, SnapshotSchema } from '../core/snapshot-files.js';
import type { AuditFacts } from './facts.js';

export const DIMENSIONS = ['completeness', 'validity', 'uniqueness', 'timeliness', 'consistency', 'integrity'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Keys every check entry may carry, whatever its kind. */
export const CommonCheckFields = {
  kind: z.string(),
  id: z.string().regex(/^[A-Za-z0-9_.:-]+$/, 'ids use letters, digits and . _ : -').optional(),
  description: z.string().optional(),
  /** One object, a list, or "*" / omitted for every object the check applies to. */
  object: z.union([z.string(), z.array(z.string())]).optional(),
  severity: z.enum(SEVERITIES).optional(),
  dimension: z.enum(DIMENSIONS).optional(),
  /** Extra SQL filter over the typed row `t` restricting which records are evaluated. */
  where: z.string().optional(),
};
export type CommonCheck = { kind: string; id?: string; description?: string; object?: string | string[]; severity?: Severity; dimension?: Dimension; where?: string };

export interface AuditContext {
  schema: SnapshotSchema;
  access: AccessFile;
  asOf: string;
  /** Objects loaded from the snapshot, with their typed and raw tables and file columns. */
  objects: Record<string, { table: string; rawTable: string; rows: number; fileColumns: string[]; storeTable?: string; rawColumns?: Record<string, string> }>;
  facts: AuditFacts;
}

/**
 * A check the runner evaluates in SQL over `t` (typed row) and `r` (raw text row) of one object.
 * `applicable` is the denominator (records the check evaluates), `failing` the numerator.
 * `value` and `message` are SQL expressions yielding text for findings.csv.
 */
export interface SqlCheck {
  id: string;
  kind: string;
  object: string;
  field?: string;
  dimension: Dimension;
  code: FindingCode;
  severity: Severity;
  applicable: string;
  failing: string;
  value: string;
  message: string;
  /** SQL for the mechanically fixed value (normalised phone, country…), proposed in fixes/<Object>.csv. */
  fix?: string;
  /** Contributes a fix proposal only: no findings, no score (e.g. E.164 formatting of a valid phone). */
  fixOnly?: boolean;
  /**
   * Columns computed once per record before the checks run, in stages: stage k is SQL over t, r and
   * the d."name" columns of earlier stages, readable as d."name". Keeps expensive shared expressions
   * (a phone's digits, a country's ISO code) from being repeated in every predicate that reads them.
   * Stages of several checks merge by position and name: the same name must mean the same SQL.
   */
  derive?: Record<string, string>[];
  /**
   * records.csv sums a record's weights per group of checks reading the same aliases (t, r, d), a
   * legacy of scans once run per group (run-checks.ts reportOrder). A check whose SQL moved a shared
   * expression into a derived column keeps the group it had before with this, so scores do not move.
   */
  group?: string;
  /** The pack entry the check came from (set by compile.ts), so a SQL error found at run time can point at it. */
  source?: CheckSource;
}

export interface CheckSource { file: string; line?: number }

export interface ExternalFinding { object: string; id: string; field?: string; value?: string; cluster?: string; message: string }

/** A check that runs its own queries (e.g. duplicate detection across objects). */
export interface ExternalCheck {
  id: string;
  kind: string;
  objects: string[];
  field?: string;
  dimension: Dimension;
  code: FindingCode;
  severity: Severity;
  run(db: DuckDBConnection, ctx: AuditContext): Promise<{ evaluated: Record<string, number>; findings: ExternalFinding[] }>;
}

export type CompiledCheck = ({ type: 'sql' } & SqlCheck) | ({ type: 'external' } & ExternalCheck);

export interface CompileResult { checks: CompiledCheck[]; problems: Problem[]; warnings: Problem[] }

export interface CheckKind<P extends CommonCheck = CommonCheck> {
  kind: string;
  summary: string;
  params: z.ZodType<P>;
  defaults: { dimension: Dimension; severity: Severity; code: FindingCode };
  /** A YAML entry that exercises the kind, for the registry's own test and the docs. */
  example: Record<string, unknown>;
  compile(spec: P, ctx: AuditContext): CompileResult;
}
