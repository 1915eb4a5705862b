import { describe, expect, it } from 'vitest';
import { buildFindings, masterOrder, type RecordMeta } from './clusters.js';
import { weightToScore } from './score-model.js';

const meta = (obj: string, id: string, created: number | null, filled: number): RecordMeta => ({ obj, id, created, filled });

describe('masterOrder', () => {
  it('prefers a Contact, then the oldest, then the most complete, then the lowest Id', () => {
    const sorted = [meta('Lead', 'L1', 1, 9), meta('Contact', 'C2', 5, 3), meta('Contact', 'C1', 5, 3), meta('Contact', 'C3', 2, 1), meta('Contact', 'C4', null, 9)].sort(masterOrder);
    expect(sorted.map((m) => m.id)).toEqual(['C3', 'C1', 'C2', 'C4', 'L1']);
  });
});

describe('buildFindings', () => {
  const records = new Map([
    [1, meta('Contact', 'C1', 100, 5)],
    [2, meta('Contact', 'C2', 200, 8)],
    [3, meta('Lead', 'L3', 50, 9)],
    [4, meta('Contact', 'C4', 300, 2)],
    [5, meta('Contact', 'C5', 10, 1)],
    [6, meta('Contact', 'C6', 20, 1)],
  ]);

  it('clusters by connected components and reports every member but the master', () => {
    const findings = buildFindings([
      { a: 1, b: 2, weight: 20, reason: 'r12' },
      { a: 2, b: 3, weight: 30, reason: 'r23' },
      { a: 1, b: 3, weight: 15, reason: 'r13' },
      { a: 2, b: 4, weight: 14, reason: 'r24' },
      { a: 5, b: 6, weight: 13, reason: 'r56' },
    ], records);
    expect(findings.map((f) => [f.id, f.cluster, f.master, f.of, f.reason])).toEqual([
      // C2 matches the Lead best (30) but points at the Contact it matched: C1.
      ['C2', 'dup-Contact-C1', 'C1', 'C1', 'r12'],
      ['C4', 'dup-Contact-C1', 'C1', 'C2', 'r24'],
      // The Lead's best match is C2 (weight 30): a Lead points at the Contact it duplicates.
      ['L3', 'dup-Contact-C1', 'C1', 'C2', 'r23'],
      ['C6', 'dup-Contact-C5', 'C5', 'C5', 'r56'],
    ]);
    expect(findings[0].score).toBe(Math.round(weightToScore(20) * 1000) / 1000);
  });

  it('returns nothing for no pairs', () => {
    expect(buildFindings([], records)).toEqual([]);
  });
});
