import { describe, expect, it } from 'vitest';
import { clustersOfFindings, pairwiseMetrics } from './metrics.js';

describe('pairwiseMetrics', () => {
  const truth = new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '2'], ['e', '3']]);

  it('counts pairs inside predicted clusters against true pairs', () => {
    // truth pairs: ab ac bc (3); predicted: {a,b} {c,d} → ab correct, cd wrong
    const m = pairwiseMetrics([['a', 'b'], ['c', 'd']], truth);
    expect(m).toMatchObject({ truePairs: 3, predictedPairs: 2, correctPairs: 1 });
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBeCloseTo(1 / 3);
  });

  it('is perfect for nothing predicted when nothing is to be found', () => {
    expect(pairwiseMetrics([], new Map([['x', '1'], ['y', '2']]))).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('treats records missing from the truth as their own entity', () => {
    expect(pairwiseMetrics([['a', 'zz']], truth).correctPairs).toBe(0);
  });
});

describe('clustersOfFindings', () => {
  it('puts the master back into its cluster', () => {
    const f = (id: string, cluster: string, master: string) => ({ object: 'Contact', id, cluster, master, masterObject: 'Contact' });
    const clusters = clustersOfFindings([f('b', 'dup-Contact-a', 'a'), f('c', 'dup-Contact-a', 'a'), f('e', 'dup-Contact-d', 'd')]);
    expect(clusters.map((c) => c.sort())).toEqual([['Contact:a', 'Contact:b', 'Contact:c'], ['Contact:d', 'Contact:e']]);
  });
});
