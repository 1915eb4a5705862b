import { describe, expect, it } from 'vitest';
import { BLOCKING_KEYS, keySpecs } from './blocking.js';

describe('blocking keys', () => {
  it('have unique ids per kind, and every count column comes from one key', () => {
    for (const kind of ['person', 'account']) {
      const keys = BLOCKING_KEYS.filter((k) => k.kind === kind);
      expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
      const counts = keys.flatMap((k) => (k.counts ? [k.counts] : []));
      expect(new Set(counts).size).toBe(counts.length);
      // The pair finder keeps one bit per key column.
      expect(keySpecs(keys, 16, (() => { let i = 0; return () => i++; })()).reduce((a, s) => a + s.parts.length, 0)).toBeLessThanOrEqual(32);
    }
  });

  it('give the pair finder each part once, one column per phone field, and caps no larger than maxBlock', () => {
    const columns: string[] = [];
    const column = (sql: string) => (columns.includes(sql) ? columns.indexOf(sql) : columns.push(sql) - 1);
    const specs = keySpecs(BLOCKING_KEYS.filter((k) => k.kind === 'person'), 10, column);
    const byId = Object.fromEntries(specs.map((s) => [s.id, s]));
    expect(byId.phone.parts).toHaveLength(4);
    expect(byId.phone.counts).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(byId['postcode+surname'].parts).toEqual([[column('pc_h'), column('l2')]]);
    expect(byId['postcode+given'].parts[0][0]).toBe(byId['postcode+surname'].parts[0][0]);
    expect(byId['name-pair'].unordered).toBe(true);
    expect(byId.company.cap).toBe(0);
    expect(byId['surname-sound+initial'].cap).toBe(6);
    expect(byId.street.cap).toBe(10);
    expect(byId.birthdate.cap).toBe(4);
  });
});
