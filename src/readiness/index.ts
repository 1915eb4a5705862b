/** Readiness: gates that turn audit + eval results into a verdict per AI pattern. Pure. */
export { parseReadinessConfig, type ReadinessConfig } from './config.js';
export { evaluateReadiness, worse, type PatternVerdict, type Readiness } from './evaluate.js';
export type { GateResult, GateStatus, Verdict } from './gate-types.js';
export { GATE_KINDS } from './gates/registry.js';
export { AUDIT_FORMAT, AuditRun, EVAL_FORMAT, EvalRun, JudgeFinding, parseResults, PATTERNS, READINESS_FORMAT, sameSnapshot, type Pattern, type RunInputs, type SnapshotRef } from './run-inputs.js';
export { scenarioFlags, type ScenarioFlags } from './scenario-flags.js';
export { fmtValue } from './thresholds.js';
