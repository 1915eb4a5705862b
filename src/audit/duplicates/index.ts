/** Fuzzy duplicate detection for Contacts, Leads (and Lead↔Contact) and Accounts: the audit's `duplicate` check engine. */
export { findDuplicates, findDuplicatesWithStats, MAX_BLOCK } from './find-duplicates.js';
export { DEFAULT_THRESHOLD, weightToScore, scoreToWeight } from './score-model.js';
export { pairwiseMetrics, clustersOfFindings, type PairMetrics } from './metrics.js';
export type { DedupeObject, DuplicateFinding, DuplicateOptions, DuplicateStats, DuplicateTable } from './types.js';
