import { describe, expect, it } from 'vitest';
import { COMPARISONS } from './comparisons.js';
import type { Comparison, Level } from './score-model.js';
import { groupedWeights, levelWeight, scoreSql } from './score-sql.js';

const level = (extra: Partial<Level>): Level => ({ id: 'equal', when: 'TRUE', m: 0.8, u: 0.01, text: '', ...extra });

describe('levelWeight', () => {
  it('is log2(m/u) for plain levels and 0 for missing values', () => {
    expect(levelWeight(level({}), 100)).toBe(`${Math.log2(80)}::DOUBLE`);
    expect(levelWeight(level({ id: 'missing' }), 100)).toBe('0.0');
  });

  it('adjusts u by how many records share the value, never below its floor or above m', () => {
    const sql = levelWeight(level({ tf: { n: 'x_fn_n', mode: 'share', floor: 1e-7 } }), 9000);
    expect(sql).toContain('coalesce(x_fn_n, 2)');
    expect(sql).toMatch(/least\(0\.8::DOUBLE, greatest\(1e-7::DOUBLE/);
  });
});

describe('groupedWeights', () => {
  it('caps a group and its parent group, and leaves ungrouped comparisons alone', () => {
    const c = (id: string, group?: string): Comparison => ({ id, kind: 'person', needs: [], levels: [], group });
    const terms = groupedWeights([c('a'), c('b', 'location'), c('c', 'household'), c('d', 'location')], (x) => `w_${x.id}`);
    expect(terms).toEqual(['w_a', 'least(w_c + least(w_b + w_d, 10::DOUBLE), 14::DOUBLE)']);
  });
});

describe('scoreSql', () => {
  it('joins both records, reads identifier counts from the pairs (the first record\'s), and filters by weight and conflicts', () => {
    const q = scoreSql(COMPARISONS.filter((c) => c.kind === 'person'), 'rec', ['email', 'p0', 'street'], ['email', 'p0'], 'cand', 1000, 12, 4);
    expect(q.sql).toContain('FROM cand p JOIN rec x ON x.rid = p.a JOIN rec y ON y.rid = p.b');
    expect(q.sql).toContain('NULLIF(p.email_n, 0) AS x_email_n');
    // A shared column no key counted reads as unknown.
    expect(q.sql).toContain('NULL::INTEGER AS x_street_n');
    expect(q.sql).not.toContain('y.email_n');
    expect(q.sql).toMatch(/WHERE w >= 12::DOUBLE AND \(NOT/);
    expect(Object.keys(q.levelColumns)).toEqual(['first', 'last', 'email', 'phone', 'birthdate', 'company', 'street', 'city', 'postcode', 'state']);
    // Levels leave packed in one integer, three bits each, in this order.
    expect(q.packed).toEqual(Object.keys(q.levelColumns));
    expect(q.sql).toContain('(lv_first::INTEGER << 0) | (lv_last::INTEGER << 3)');
  });
});
