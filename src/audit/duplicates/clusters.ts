/**
 * Matched pairs → clusters (connected components) → one finding per non-master member. Pure: the
 * records' metadata comes in as data, so tie-breaks are testable and reproducible.
 */
import { weightToScore } from './score-model.js';
import type { DuplicateFinding } from './types.js';
import { UnionFind } from './union-find.js';

export interface MatchedPair { a: number; b: number; weight: number; reason: string }

export interface RecordMeta {
  obj: string;
  id: string;
  /** Epoch ms of CreatedDate, null when unknown. */
  created: number | null;
  /** How many matching fields the record has filled in. */
  filled: number;
}

/** Converted Leads become Contacts, so a Contact always survives over a Lead. */
const OBJECT_RANK: Record<string, number> = { Contact: 0, Account: 0, Lead: 1 };

/**
 * Master order: a Contact before a Lead, then the oldest record (it carries the history —
 * activities, opportunities, campaign members — that a merge keeps), then the most complete,
 * then the lowest Id (deterministic).
 */
export function masterOrder(x: RecordMeta, y: RecordMeta): number {
  return (OBJECT_RANK[x.obj] ?? 0) - (OBJECT_RANK[y.obj] ?? 0)
    || (x.created ?? Infinity) - (y.created ?? Infinity)
    || y.filled - x.filled
    || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

export function buildFindings(pairs: readonly MatchedPair[], meta: ReadonlyMap<number, RecordMeta>): DuplicateFinding[] {
  const uf = new UnionFind();
  const edges = new Map<number, MatchedPair[]>();
  for (const p of pairs) {
    uf.union(p.a, p.b);
    for (const r of [p.a, p.b]) {
      const list = edges.get(r);
      if (list) list.push(p);
      else edges.set(r, [p]);
    }
  }
  const findings: DuplicateFinding[] = [];
  for (const members of uf.groups()) {
    const ranked = members.map((rid) => ({ rid, m: meta.get(rid)! })).sort((x, y) => masterOrder(x.m, y.m));
    const master = ranked[0];
    const cluster = `dup-${master.m.obj}-${master.m.id}`;
    for (const { rid, m } of ranked.slice(1)) {
      const best = bestNeighbour(rid, edges.get(rid) ?? [], meta);
      const other = meta.get(best.other)!;
      findings.push({
        object: m.obj, id: m.id, cluster, master: master.m.id, masterObject: master.m.obj,
        of: other.id, ofObject: other.obj, score: round(weightToScore(best.pair.weight)), reason: best.pair.reason,
      });
    }
  }
  return findings.sort((x, y) => (x.cluster < y.cluster ? -1 : x.cluster > y.cluster ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * The most similar direct match, among the best-ranked objects it matched: a Lead points at the
 * Contact it duplicates, and a Contact at a Contact rather than at a Lead.
 */
function bestNeighbour(rid: number, pairs: MatchedPair[], meta: ReadonlyMap<number, RecordMeta>): { pair: MatchedPair; other: number } {
  const options = pairs.map((pair) => ({ pair, other: pair.a === rid ? pair.b : pair.a, rank: OBJECT_RANK[meta.get(pair.a === rid ? pair.b : pair.a)!.obj] ?? 0 }));
  const best = Math.min(...options.map((o) => o.rank));
  return options.filter((o) => o.rank === best).sort((x, y) => y.pair.weight - x.pair.weight || (meta.get(x.other)!.id < meta.get(y.other)!.id ? -1 : 1))[0];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
