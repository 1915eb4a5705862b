import { describe, expect, it } from 'vitest';
import { Rng, WeightedTable } from './prng.js';

describe('Rng', () => {
  it('repeats for the same seed and label, differs otherwise', () => {
    const draw = (seed: number, label: string) => { const r = new Rng(seed, label); return Array.from({ length: 5 }, () => r.u32()); };
    expect(draw(7, 'Contact')).toEqual(draw(7, 'Contact'));
    expect(draw(7, 'Contact')).not.toEqual(draw(8, 'Contact'));
    expect(draw(7, 'Contact')).not.toEqual(draw(7, 'Lead'));
  });
  it('stays in range and is roughly uniform', () => {
    const r = new Rng(1, 'u');
    const counts = new Array(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      counts[r.below(10)]++;
      const b = r.between(3, 5);
      if (b < 3 || b > 5 || !Number.isInteger(b)) outside++;
    }
    expect(outside).toBe(0);
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });
  it('weights picks', () => {
    const t = new WeightedTable([['a', 1], ['b', 3]] as const);
    const r = new Rng(2, 'w');
    let b = 0;
    for (let i = 0; i < 40_000; i++) if (t.pick(r) === 'b') b++;
    expect(Math.abs(b / 40_000 - 0.75)).toBeLessThan(0.02);
  });
});
