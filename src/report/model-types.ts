/** The report's data: everything a renderer shows, already masked. Renderers only format it. */
import type { GateStatus, Pattern, Readiness, SnapshotRef, Verdict } from '../readiness/index.js';

/** One record behind a number: an audit finding or a judge finding. */
export interface Example { object: string; id: string; field: string; value: string; message: string; code: string; scenario?: string }

export interface Blocker {
  gate: string;
  pattern: Pattern;
  status: GateStatus;
  title: string;
  reason: string;
  /** How many records, findings or scenarios stand behind it, and what they are. */
  count: number;
  unit: string;
  examples: Example[];
}

export interface CodeRow { code: string; records: number; objects: string[]; examples: Example[] }

export interface AuditSection {
  overall: number;
  byObject: { name: string; score: number }[];
  byDimension: { name: string; score: number }[];
  byCode: CodeRow[];
  findings: number;
  checks: number;
  fixes: string[];
}

export interface PatternOutcome { pattern: Pattern; scenarios: number; passed: number; failed: number; unexpected: number; missed: number; passRate: number | null }
export interface JudgeRow { judge: string; code: string; expected: number; unexpected: number; missed: number }
export interface ScenarioRow { id: string; pattern: Pattern; suite?: string; verdict: 'pass' | 'fail'; expected: string[]; raised: string[]; unexpected: Example[]; missed: string[] }

export interface EvalSection {
  mode: string;
  suite?: string;
  byPattern: PatternOutcome[];
  byJudge: JudgeRow[];
  failing: ScenarioRow[];
  scenarios: ScenarioRow[];
  /** Scenarios the eval could not run, with why (they count as no evidence, never as passes). */
  skipped: { id: string; suite?: string; reason: string }[];
}

export interface TrendRow { name: string; prev: number | null; now: number | null }

export interface Trend {
  prevDir: string;
  prevSnapshot: SnapshotRef | null;
  /** How the data differs between the runs' snapshots; empty when it is the same data. */
  dataChanges: string[];
  verdicts: { pattern: Pattern; prev: Verdict; now: Verdict }[];
  overall: TrendRow | null;
  byObject: TrendRow[];
  byCode: TrendRow[];
  passRate: TrendRow[];
  gates: { id: string; prev: GateStatus; now: GateStatus }[];
}

export interface ReportModel {
  generatedAt: string;
  runDir: string;
  masked: boolean;
  readiness: Readiness;
  /** Plain sentences on what the run lacks (audit.json, eval.json, live trials). */
  notJudged: string[];
  blockers: Blocker[];
  audit?: AuditSection;
  eval?: EvalSection;
  trend?: Trend;
}
