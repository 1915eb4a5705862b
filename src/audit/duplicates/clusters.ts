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

/** Master order: Contact before Lead, most complete, oldest, then lowest Id (deterministic). */
export function masterOrder(x: RecordMeta, y: RecordMeta): number {
  return (OBJECT_RANK[x.obj] ?? 0) - (OBJECT_RANK[y.obj] ?? 0)
    || y.filled - x.filled
    || (x.created ?? Infinity) - (y.created ?? Infinity)
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
      const best = bestNeighbour(rid, m, edges.get(rid) ?? [], meta);
      const other = meta.get(best.other)!;
      findings.push({
        object: m.obj, id: m.id, cluster, master: master.m.id, masterObject: master.m.obj,
        of: other.id, ofObject: other.obj, score: round(weightToScore(best.pair.weight)), reason: best.pair.reason,
      });
    }
  }
  return findings.sort((x, y) => (x.cluster < y.cluster ? -1 : x.cluster > y.cluster ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The most similar direct match; a Lead prefers a Contact (the record it duplicates). */
function bestNeighbour(rid: number, m: RecordMeta, pairs: MatchedPair[], meta: ReadonlyMap<number, RecordMeta>): { pair: MatchedPair; other: number } {
  const options = pairs.map((pair) => ({ pair, other: pair.a === rid ? pair.b : pair.a }));
  const preferContact = m.obj === 'Lead' && options.some((o) => meta.get(o.other)!.obj === 'Contact');
  const pool = preferContact ? options.filter((o) => meta.get(o.other)!.obj === 'Contact') : options;
  return pool.sort((x, y) => y.pair.weight - x.pair.weight || (meta.get(x.other)!.id < meta.get(y.other)!.id ? -1 : 1))[0];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
