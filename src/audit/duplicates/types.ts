/** The duplicate engine's public shapes (the audit's `duplicate` check wraps them). */

export type DedupeObject = 'Contact' | 'Lead' | 'Account';

/** One object to deduplicate: its table (typed or raw; every value is read as text) and columns. */
export interface DuplicateTable {
  object: DedupeObject;
  /** A table or view, e.g. `snap.main."Contact"`. */
  table: string;
  /** Columns present in the data; the engine uses whichever of the standard fields exist. */
  columns: string[];
}

export interface DuplicateFinding {
  object: string;
  id: string;
  /** Stable cluster id: `dup-<master object>-<master Id>`. */
  cluster: string;
  /** The surviving master candidate: a Contact before a Lead, then the oldest, then the most complete. */
  master: string;
  masterObject: string;
  /** Id of the most similar record it matched directly, a Contact rather than a Lead when it matched both. */
  of: string;
  ofObject: string;
  /** Match score of this record with `of`, 0–1 (see score-model.ts). */
  score: number;
  /** One line naming what matched and what differed. */
  reason: string;
}

export interface DuplicateOptions {
  /** Minimum score (0–1) for a pair to count as a match. Default DEFAULT_THRESHOLD (0.8). */
  threshold?: number;
  /** Also match Leads against Contacts (default true when both are given). */
  crossObject?: boolean;
  /** Largest group of records sharing one blocking-key value that is still compared pairwise (default 16). */
  maxBlock?: number;
  /** Run only these blocking keys (ids from blocking.ts); for experiments and the bench. */
  blockingKeys?: string[];
  /** false: score every candidate pair, without the evidence gate (evidence-gate.ts); for tests and the bench. */
  evidenceGate?: boolean;
  onProgress?: (msg: string) => void;
}

export interface DuplicateStats {
  records: Record<string, number>;
  candidatePairs: number;
  /** Candidate pairs that passed the evidence gate and were scored (evidence-gate.ts). */
  scoredPairs?: number;
  matchedPairs: number;
  clusters: number;
  /** Candidate pairs each blocking key added (before removing pairs found by several keys). */
  pairsByKey: Record<string, number>;
  /**
   * Wall time per step (`companies`, `<kind>:normalise|block|score|cluster`). One kind's JS runs
   * while DuckDB works on the other kind's SQL, so steps of different kinds overlap.
   */
  ms: Record<string, number>;
}
