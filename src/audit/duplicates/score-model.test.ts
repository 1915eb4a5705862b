import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, GROUPS, namesOnlyPenalty, scoreToWeight, THRESHOLD_WEIGHT, weightToScore } from './score-model.js';
import { COMPARISONS, SIMILARITIES } from './comparisons.js';

describe('score model', () => {
  it('maps the threshold weight to the default threshold, monotonically and invertibly', () => {
    expect(weightToScore(THRESHOLD_WEIGHT)).toBeCloseTo(DEFAULT_THRESHOLD);
    expect(weightToScore(20)).toBeGreaterThan(weightToScore(10));
    for (const s of [0.1, 0.5, 0.8, 0.99]) expect(weightToScore(scoreToWeight(s))).toBeCloseTo(s);
  });

  it('asks more of names-only pairs as the org grows', () => {
    expect(namesOnlyPenalty(10)).toBeGreaterThan(0);
    expect(namesOnlyPenalty(1_000_000)).toBeGreaterThan(namesOnlyPenalty(10_000) + 6);
  });

  it('has well-formed comparisons: unique ids per kind, a catch-all last level, known groups and similarities', () => {
    for (const kind of ['person', 'account']) {
      const ids = COMPARISONS.filter((c) => c.kind === kind).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const c of COMPARISONS) {
      expect(c.levels.at(-1)!.when, c.id).toBe('TRUE');
      expect(new Set(c.levels.map((l) => l.id)).size, c.id).toBe(c.levels.length);
      if (c.group) expect(GROUPS[c.group], c.id).toBeDefined();
      if (c.sim) expect(SIMILARITIES[c.sim], c.id).toBeDefined();
      for (const l of c.levels) {
        expect(l.m, `${c.id}.${l.id}`).toBeGreaterThan(0);
        expect(l.u, `${c.id}.${l.id}`).toBeGreaterThan(0);
        if (l.id === 'differs') expect(Math.log2(l.m / l.u), `${c.id}.${l.id}`).toBeLessThan(0);
      }
    }
  });
});
