import { describe, expect, it } from 'vitest';
import { COMPARISONS, SIMILARITIES } from './comparisons.js';

describe('similarity cutoffs', () => {
  // jaro_winkler_similarity(a, b, cutoff) returns 0 below its cutoff: no level may test a value below it.
  const cutoffs = Object.entries(SIMILARITIES).flatMap(([name, sql]) => [...sql.matchAll(/jaro_winkler_similarity\([^,]+, [^,]+, ([0-9.]+)\)/g)].map((m) => [name, Number(m[1])] as const));

  it('every Jaro-Winkler similarity has a cutoff', () => {
    for (const [name, sql] of Object.entries(SIMILARITIES)) {
      expect(sql.match(/jaro_winkler_similarity\(/g)?.length ?? 0, name).toBe([...sql.matchAll(/jaro_winkler_similarity\([^,]+, [^,]+, [0-9.]+\)/g)].length);
    }
    expect(cutoffs.length).toBeGreaterThan(0);
  });

  it('no level or similarity compares a Jaro-Winkler value against less than its cutoff', () => {
    const sql = [...COMPARISONS.flatMap((c) => c.levels.map((l) => l.when)), ...Object.values(SIMILARITIES)].join('\n');
    for (const [name, cutoff] of cutoffs) {
      // Inside a similarity's own SQL (swapped) the call itself is tested; elsewhere its name.
      const own = SIMILARITIES[name].match(/jaro_winkler_similarity\([^)]*\)( (>=|>) [0-9.]+)?/g) ?? [];
      const used = own.some((u) => / >=? /.test(u)) ? own : [...sql.matchAll(new RegExp(`\\b${name}\\b( (>=|>) [0-9.]+)?`, 'g'))].map((m) => m[0]);
      expect(used.length, name).toBeGreaterThan(0);
      for (const u of used) {
        // Any other use than a threshold test could read the 0 returned below the cutoff.
        const t = / (?:>=|>) ([0-9.]+)$/.exec(u);
        expect(t, `${name} used other than in a threshold test: ${u}`).not.toBeNull();
        expect(Number(t![1]), u).toBeGreaterThanOrEqual(cutoff);
      }
    }
  });
});
