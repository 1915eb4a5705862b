import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find.js';

describe('UnionFind', () => {
  it('groups connected ids, sorted, and drops singletons', () => {
    const uf = new UnionFind();
    uf.union(5, 3);
    uf.union(3, 9);
    uf.union(1, 2);
    uf.find(7);
    expect(uf.groups()).toEqual([[1, 2], [3, 5, 9]]);
  });

  it('handles long chains without recursion', () => {
    const uf = new UnionFind();
    for (let i = 0; i < 100_000; i++) uf.union(i, i + 1);
    expect(uf.find(0)).toBe(uf.find(100_000));
    expect(uf.groups()).toHaveLength(1);
  });
});
