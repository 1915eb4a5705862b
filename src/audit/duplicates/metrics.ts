/**
 * Pairwise precision/recall/F1 of a clustering against ground truth, the usual entity-resolution
 * measure: every pair of records inside one predicted cluster is a predicted match; every pair of
 * records sharing a true entity is a true match.
 */
export interface PairMetrics { truePairs: number; predictedPairs: number; correctPairs: number; precision: number; recall: number; f1: number }

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * `clusters`: predicted clusters as lists of record keys (singletons may be left out).
 * `entityOf`: the true entity of every record (records missing here count as their own entity).
 */
export function pairwiseMetrics(clusters: readonly (readonly string[])[], entityOf: ReadonlyMap<string, string>): PairMetrics {
  const perEntity = new Map<string, number>();
  for (const e of entityOf.values()) perEntity.set(e, (perEntity.get(e) ?? 0) + 1);
  let truePairs = 0;
  for (const n of perEntity.values()) truePairs += pairs(n);
  let predictedPairs = 0;
  let correctPairs = 0;
  for (const c of clusters) {
    predictedPairs += pairs(c.length);
    const inCluster = new Map<string, number>();
    for (const id of c) {
      const e = entityOf.get(id) ?? `\u0000${id}`;
      inCluster.set(e, (inCluster.get(e) ?? 0) + 1);
    }
    for (const n of inCluster.values()) correctPairs += pairs(n);
  }
  // Nothing predicted and nothing to find is a perfect score, not 0/0.
  const precision = predictedPairs ? correctPairs / predictedPairs : 1;
  const recall = truePairs ? correctPairs / truePairs : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}

/** Groups findings (non-master members + their master) back into clusters of record keys. */
export function clustersOfFindings(findings: readonly { object: string; id: string; cluster: string; master: string; masterObject: string }[], key = (object: string, id: string) => `${object}:${id}`): string[][] {
  const by = new Map<string, Set<string>>();
  for (const f of findings) {
    const set = by.get(f.cluster) ?? new Set<string>([key(f.masterObject, f.master)]);
    set.add(key(f.object, f.id));
    by.set(f.cluster, set);
  }
  return [...by.values()].map((s) => [...s]);
}
