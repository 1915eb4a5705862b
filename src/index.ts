/** crmready's library API. The CLI is a thin layer over these. */
export * from './core/problem.js';
export * from './core/codes.js';
export * from './core/snapshot-files.js';
export { makeId, to18, isSalesforceId } from './core/salesforce-id.js';
export { canonicalSchema, CANONICAL_OBJECTS, STAGES } from './snapshot/canonical/index.js';
export { readSnapshotFiles, type SnapshotFiles } from './snapshot/read-snapshot.js';
export { loadSnapshot, loadSnapshotResult, type LoadedSnapshot, type LoadOptions } from './snapshot/load-snapshot.js';
export type { LoadedObject } from './snapshot/load-object.js';
export { summariseSnapshot, type SnapshotSummary } from './snapshot/summarise-snapshot.js';
export { SnapshotWriter } from './snapshot/snapshot-writer.js';
export { openDuckDb, queryRows } from './snapshot/duckdb.js';
export { generateOrg, type GenerateOptions, type GenerateSummary } from './generate/index.js';
export { importCsv, listProfiles, type ImportOptions, type ImportSummary } from './connectors/csv/index.js';
export { auditSnapshot, defaultPackDir, type AuditOptions } from './audit/index.js';
export { pullSalesforce, type PullOptions, type PullSummary } from './connectors/salesforce/index.js';
// The access model, the action policy and the AI's tool layer.
export { buildAccessModel, resolveActor, type AccessModel, type Actor } from './access/access-model.js';
export { objectDecision, fieldDecision, readableFields } from './access/permissions.js';
export { recordDecision } from './access/record-visibility.js';
export { loadPolicy, parsePolicyText, type Policy } from './access/policy.js';
export { openToolLayer, callTool, toolSpecs, scriptedApprover, AuditLog, Sandbox, TOOL_NAMES, type ToolLayer, type ToolOutcome, type ToolSession, type DiffOp } from './sandbox/index.js';
// Scenario replay, judges and metrics.
export { runEval, runSuites, type EvalOptions, type EvalRun } from './replay/run-eval.js';
export { loadSuite, type LoadedSuite } from './replay/load-suite.js';
export { JUDGES } from './replay/judges/registry.js';
export type { Judge, JudgeFinding } from './replay/judges/judge-types.js';
export { evalReport, writeEval } from './replay/write-eval.js';
export { proposalsSuite } from './replay/shadow.js';
// Readiness verdicts and reports.
export { evaluateReadiness, parseReadinessConfig, type Readiness } from './readiness/index.js';
export { makeReport, writeReport } from './report/index.js';
