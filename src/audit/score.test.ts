import { describe, expect, it } from 'vitest';
import type { ScoredCheck } from './score.js';
import { scoreAudit } from './score.js';

const scoring = { severity: { critical: 8, high: 4, medium: 2, low: 1 }, dimensions: { completeness: 1, validity: 1, uniqueness: 1, timeliness: 1, consistency: 1, integrity: 1 } };
const check = (over: Partial<ScoredCheck>): ScoredCheck => ({ id: 'c', object: 'Contact', field: 'Email', dimension: 'validity', severity: 'high', evaluated: 100, failed: 0, ...over });

describe('scoreAudit', () => {
  it('leaves out dimensions with nothing evaluated instead of scoring them 100', () => {
    const s = scoreAudit([check({ failed: 50 }), check({ id: 'x', dimension: 'timeliness', evaluated: 0 })], scoring);
    expect(s.byDimension).toEqual({ validity: 50 });
    expect(s.overall).toBe(50);
  });
  it('weighs checks by severity and by records evaluated', () => {
    const s = scoreAudit([
      check({ id: 'a', severity: 'critical', evaluated: 100, failed: 100 }),
      check({ id: 'b', severity: 'low', evaluated: 100, failed: 0, field: 'Phone' }),
    ], scoring);
    expect(s.byDimension.validity).toBeCloseTo((100 * 1) / 9, 1);
    expect(s.byField).toEqual({ 'Contact.Email': 0, 'Contact.Phone': 100 });
  });
  it('keeps completeness per field so wide objects do not collapse', () => {
    const fields = Array.from({ length: 50 }, (_, i) => check({ id: `r${i}`, field: `F${i}`, dimension: 'completeness', failed: i === 0 ? 100 : 0 }));
    expect(scoreAudit(fields, scoring).byObject.Contact).toBe(98);
  });
  it('averages dimensions with their weights for objects and overall', () => {
    const s = scoreAudit([check({ failed: 20 }), check({ id: 't', dimension: 'timeliness', failed: 60 })], { ...scoring, dimensions: { ...scoring.dimensions, timeliness: 3 } });
    expect(s.byObject.Contact).toBe((80 + 3 * 40) / 4);
    expect(s.overall).toBe(50);
  });
  it('returns null overall when nothing was evaluated', () => {
    expect(scoreAudit([], scoring).overall).toBeNull();
  });
});
