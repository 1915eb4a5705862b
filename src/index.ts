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
