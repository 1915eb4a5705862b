import { describe, expect, it } from 'vitest';
import { BLOCKING_KEYS, keysSql, splitTopLevel } from './blocking.js';

describe('blocking keys', () => {
  it('split composite keys at top-level commas only', () => {
    expect(splitTopLevel("lsx, formal[1]")).toEqual(['lsx', 'formal[1]']);
    expect(splitTopLevel("split_part(street, ' ', 1), coalesce(pc, ','), x")).toEqual(["split_part(street, ' ', 1)", "coalesce(pc, ',')", 'x']);
  });

  it('have unique ids per kind, and every count column comes from one key', () => {
    for (const kind of ['person', 'account']) {
      const keys = BLOCKING_KEYS.filter((k) => k.kind === kind);
      expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
      const counts = keys.flatMap((k) => (k.counts ? [k.counts] : []));
      expect(new Set(counts).size).toBe(counts.length);
    }
  });

  it('hash every key part and leave a record out when a part is missing', () => {
    const sql = keysSql('k', 'rec', [BLOCKING_KEYS.find((k) => k.id === 'postcode+surname')!]);
    expect(sql).toContain('CASE WHEN (pc) IS NOT NULL AND (ln[1:2]) IS NOT NULL THEN (hash(pc, ln[1:2]) >> 32)::UINTEGER END');
  });
});
