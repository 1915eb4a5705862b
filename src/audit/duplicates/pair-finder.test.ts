import { describe, expect, it } from 'vitest';
import { findPairs, keyValues, type KeySpec } from './pair-finder.js';

/** What findPairs promises, the obvious way: every pair sharing a small enough group of some key, once. */
function bruteForce(n: number, columns: Int32Array[], keys: KeySpec[], accept?: (x: number, y: number) => boolean, objectOf?: Int32Array) {
  const values = keys.map((k) => k.parts.map((parts) => keyValues(parts.map((c) => columns[c]), n, k.unordered)));
  const pairs = new Set<string>();
  const counts: Record<string, number[]> = {};
  keys.forEach((key, k) => {
    const groups = new Map<number, number[]>();
    values[k].forEach((col, c) => col.forEach((v, i) => {
      if (v !== 0) groups.set(v, [...(groups.get(v) ?? []), i * 10 + c]);
    }));
    for (const members of groups.values()) {
      for (const e of members) {
        const name = key.counts?.[e % 10];
        if (name && members.length > 1) (counts[name] ??= Array(n).fill(0))[Math.floor(e / 10)] = members.length;
      }
      if (members.length < 2 || members.length > key.cap) continue;
      for (const a of members) for (const b of members) {
        const x = Math.floor(a / 10), y = Math.floor(b / 10);
        if (x < y && (!objectOf || objectOf[x] === objectOf[y])) pairs.add(`${x},${y}`);
      }
    }
  });
  const all = [...pairs];
  return { candidates: all.length, accepted: all.filter((p) => !accept || accept(...(p.split(',').map(Number) as [number, number]))).sort(), counts };
}

function random(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('findPairs', () => {
  it('pairs records sharing a key value, within the cap, counting group sizes', () => {
    // Key 0 over column 0 (cap 3), key 1 over columns 1 and 2 (a phone-like key, counted).
    const columns = [Int32Array.from([5, 5, 5, 5, 7, 7, 0]), Int32Array.from([9, 0, 9, 0, 0, 3, 3]), Int32Array.from([0, 9, 0, 0, 3, 0, 0])];
    const keys: KeySpec[] = [{ id: 'k0', parts: [[0]], cap: 3 }, { id: 'k1', parts: [[1], [2]], cap: 16, counts: ['p0', 'p1'] }];
    const found = findPairs({ n: 7, columns, keys });
    const pairs = Array.from(found.x, (x, i) => `${x},${found.y[i]}`).sort();
    // 5 is shared by four records, over k0's cap; 7 by two. k1: 9 in records 0, 1, 2; 3 in 4, 5, 6.
    expect(pairs).toEqual(['0,1', '0,2', '1,2', '4,5', '4,6', '5,6']);
    expect(found.candidates).toBe(6);
    expect(found.pairsByKey).toEqual({ k0: 1, k1: 6 });
    expect(Array.from(found.counts.p0)).toEqual([3, 0, 3, 0, 0, 3, 3]);
    expect(Array.from(found.counts.p1)).toEqual([0, 3, 0, 0, 3, 0, 0]);
  });

  it('matches the obvious implementation on random data: each pair once, the test applied, objects kept apart', () => {
    const rnd = random(7);
    const n = 3000;
    const col = (values: number, nulls: number) => Int32Array.from({ length: n }, () => (rnd() < nulls ? 0 : 1 + Math.floor(rnd() * values)));
    const columns = [col(800, 0.1), col(300, 0.3), col(40, 0.2), col(900, 0.5), col(900, 0.5), col(5, 0)];
    const keys: KeySpec[] = [
      { id: 'a', parts: [[0]], cap: 16, counts: ['a'] },
      { id: 'b+c', parts: [[1, 2]], cap: 6 },
      { id: 'c+b unordered', parts: [[2, 1]], unordered: true, cap: 16 },
      { id: 'phones', parts: [[3], [4]], cap: 16, counts: ['p0', 'p1'] },
      { id: 'counted only', parts: [[5]], cap: 0, counts: ['e'] },
    ];
    const accept = (x: number, y: number) => (x + y) % 3 !== 0;
    const objectOf = Int32Array.from({ length: n }, (_, i) => (i < 2000 ? 0 : 1));
    for (const [a, o] of [[undefined, undefined], [accept, undefined], [accept, objectOf]] as const) {
      const found = findPairs({ n, columns, keys, accept: a && { columns: [], make: () => a }, objectOf: o });
      const want = bruteForce(n, columns, keys, a, o);
      expect(found.candidates).toBe(want.candidates);
      expect(Array.from(found.x, (x, i) => `${x},${found.y[i]}`).sort()).toEqual(want.accepted);
      for (const [name, c] of Object.entries(want.counts)) expect(Array.from(found.counts[name]), name).toEqual(c);
    }
  });

  it('gives the test rows holding the columns it asked for', () => {
    const columns = [Int32Array.from([1, 1, 1]), Int32Array.from([10, 20, 30])];
    const seen: number[][] = [];
    findPairs({
      n: 3, columns, keys: [{ id: 'k', parts: [[0]], cap: 16 }],
      accept: { columns: [1], make: (rows) => (x, y) => { seen.push([rows.values[x * rows.width + rows.at(1)], rows.values[y * rows.width + rows.at(1)]]); return true; } },
    });
    expect(seen.sort()).toEqual([[10, 20], [10, 30], [20, 30]]);
  });
});

describe('keyValues', () => {
  it('is 0 where a part is missing, and ignores the order of unordered parts', () => {
    const a = Int32Array.from([1, 2, 0, 3]), b = Int32Array.from([2, 1, 5, 0]);
    const ordered = keyValues([a, b], 4), unordered = keyValues([a, b], 4, true);
    expect(ordered[0]).not.toBe(ordered[1]);
    expect(unordered[0]).toBe(unordered[1]);
    expect([ordered[2], ordered[3], unordered[2], unordered[3]]).toEqual([0, 0, 0, 0]);
    expect(keyValues([a], 4)[2]).toBe(0);
    expect(new Set(keyValues([a], 4)).size).toBe(4);
  });
});
