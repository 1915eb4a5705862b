import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../snapshot/duckdb.js';
import { COMPARISONS, SIMILARITIES } from './comparisons.js';
import { ACCOUNT_NAME_JW, accountNameFloor, birthdateClose, COMPANY_JW, gateFor, jwPossible, maxWeight, NAME_JW } from './evidence-gate.js';
import { findDuplicatesWithStats } from './find-duplicates.js';
import * as n from './normalise-sql.js';
import { GROUPS, THRESHOLD_WEIGHT } from './score-model.js';
import { createSyntheticOrg } from './synthetic-org.js';

let opened: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  opened = await openDuckDb();
});
afterAll(() => opened.instance.closeSync());

const levels = (kind: string, id: string) => COMPARISONS.find((c) => c.kind === kind && c.id === id)!.levels;
/** The Jaro-Winkler thresholds a level's SQL tests (`jw_x >= t`). */
const thresholds = (when: string) => [...when.matchAll(/jw_\w+ >= ([0-9.]+)/g)].map((m) => Number(m[1]));

/**
 * The gate is only sound while the score model has the shape it was derived from
 * (evidence-gate.ts): these fail when comparisons.ts changes in a way the gate must follow.
 */
describe('the score model the evidence gate relies on', () => {
  it('personal evidence is the same email, a mobile or home number, or a birthdate', () => {
    const personal = COMPARISONS.filter((c) => c.kind === 'person').flatMap((c) => c.levels.filter((l) => l.personal).map((l) => `${c.id}.${l.id}:${l.personal}`));
    expect(personal).toEqual(['email.equal:true', 'phone.personal:true', 'birthdate.equal:with-location', 'birthdate.close:with-location']);
    expect(levels('person', 'birthdate').find((l) => l.id === 'close')!.when).toMatch(/^levenshtein\(x_dob, y_dob\) <= 1 OR \(x_dob\[1:4\] = y_dob\[1:4\] AND x_dob\[5:6\] = y_dob\[7:8\] AND x_dob\[7:8\] = y_dob\[5:6\]\)$/);
    expect(SIMILARITIES.personal_phone).toBe('(x_p1 IN (y_p0, y_p1, y_p2, y_p3) OR x_p2 IN (y_p0, y_p1, y_p2, y_p3) OR x_p3 IN (y_p0, y_p1, y_p2, y_p3) OR x_p0 IN (y_p1, y_p2, y_p3))');
  });

  it('every name level that does not conflict needs equal first letters, a swap, a nickname, crossed names or Jaro-Winkler ≥ 0.8', () => {
    const open = (id: string) => levels('person', id).filter((l) => !l.conflicts);
    expect(open('first').map((l) => l.id)).toEqual(['equal', 'swapped', 'nickname', 'similar', 'initial', 'weak']);
    expect(open('last').map((l) => l.id)).toEqual(['equal', 'swapped', 'crossed', 'similar']);
    for (const l of [...open('first'), ...open('last')].filter((x) => x.id === 'similar' || x.id === 'weak')) {
      expect(Math.min(...thresholds(l.when))).toBeGreaterThanOrEqual(NAME_JW);
    }
    expect(open('first').find((l) => l.id === 'initial')!.when).toContain('x_fn[1] = y_fn[1]');
    expect(SIMILARITIES.swapped).toContain('x_fn[1] = y_ln[1] AND x_ln[1] = y_fn[1]');
    expect(SIMILARITIES.crossed).toContain('x_fn = y_ln OR x_ln = y_fn');
  });

  it("a person's company conflicts only when both are known, different and not similar", () => {
    const company = levels('person', 'company');
    expect(company.map((l) => `${l.id}:${l.conflicts ?? ''}`)).toEqual(['missing:', 'equal:', 'similar:', 'differs:company']);
    expect(company[1].when).toBe('x_org = y_org');
    expect(thresholds(company[2].when)).toEqual([COMPANY_JW]);
  });

  it('an account pair without the same website and an equal or similar name cannot reach the threshold', () => {
    const name = levels('account', 'name');
    expect(name.map((l) => l.id)).toEqual(['missing', 'equal', 'branch', 'similar', 'weak', 'differs']);
    expect(thresholds(name[3].when)).toEqual([ACCOUNT_NAME_JW]);
    expect(COMPARISONS.filter((c) => c.kind === 'account' && c.id !== 'name' && c.id !== 'website').every((c) => c.group === 'location')).toBe(true);
    expect(COMPARISONS.filter((c) => c.kind === 'account').flatMap((c) => c.levels).some((l) => l.personal)).toBe(false);
    // weak name (1.3) + all location (10) + no website (0) < 12.
    expect(accountNameFloor()).toBeCloseTo(maxWeight(name[4]) + GROUPS.location.cap, 6);
    expect(gateFor('account', THRESHOLD_WEIGHT)).toBeDefined();
    expect(gateFor('account', accountNameFloor() - 0.1)).toBeUndefined();
  });
});

describe('jwPossible', () => {
  it('never rules out a pair whose Jaro-Winkler reaches the threshold (DuckDB computes it)', async () => {
    // Names and company names with the usual typos: a letter changed, dropped, doubled or swapped.
    const base = ['katherine', 'catherine', 'kathryn', 'jon', 'john', 'joan', 'johnson', 'jonhson', 'owens', 'owdns', 'li', 'lii', 'lu', 'smith', 'smyth', 'schmidt',
      'muller', 'mueller', 'miller', 'christopher', 'kristopher', 'acme corp', 'acme corporation', 'acne corp', 'globex', 'globe x', 'initech 2', 'initech', 'yvonne', 'ivonne', 'ø ster', 'oster'];
    const words = [...new Set(base.flatMap((w) => [w, w.slice(1), w.slice(0, -1), w.slice(1) + w[0], w[1] + w[0] + w.slice(2), `x${w}`, w.replace(/[aeiou]/, 'y')]))].filter(Boolean);
    const values = words.map((w) => `('${w.replace(/'/g, "''")}')`).join(', ');
    const rows = (await opened.db.runAndReadAll(`
      WITH w AS (SELECT v, ${n.letterMask('v')} AS m, strlen(v)::INTEGER AS l, ascii(v) AS c FROM (VALUES ${values}) t(v))
      SELECT x.m, x.l, y.m, y.l, x.c = y.c, jaro_winkler_similarity(x.v, y.v) FROM w x, w y`)).getRows();
    expect(rows.length).toBeGreaterThan(10_000);
    let reached = 0;
    for (const [mx, lx, my, ly, sameFirst, jw] of rows as [number, number, number, number, boolean, number][]) {
      for (const t of [NAME_JW, COMPANY_JW, ACCOUNT_NAME_JW]) {
        if (jw < t) continue;
        reached++;
        expect(jwPossible(mx, lx, my, ly, sameFirst, t)).toBe(true);
      }
    }
    expect(reached).toBeGreaterThan(1000);
    // And it is a real filter: unrelated names are ruled out.
    const mask = async (v: string) => Number((await opened.db.runAndReadAll(`SELECT ${n.letterMask(`'${v}'`)}`)).getRows()[0][0]);
    expect(jwPossible(await mask('mary'), 4, await mask('john'), 4, false, NAME_JW)).toBe(false);
  });
});

describe('birthdateClose', () => {
  it('is the birthdate levels equal and close, on YYYYMMDD numbers', async () => {
    const dates = ['19850101', '19850102', '19850110', '19851001', '19950101', '19860101', '19850201', '19580101', '20010304', '20010403', '20010503', '19850111'];
    const rows = (await opened.db.runAndReadAll(`SELECT x, y, levenshtein(x, y) <= 1 OR (x[1:4] = y[1:4] AND x[5:6] = y[7:8] AND x[7:8] = y[5:6])
      FROM (VALUES ${dates.map((d) => `('${d}')`).join(', ')}) a(x), (VALUES ${dates.map((d) => `('${d}')`).join(', ')}) b(y)`)).getRows();
    for (const [x, y, close] of rows as [string, string, boolean][]) expect(birthdateClose(Number(x), Number(y)), `${x} ${y}`).toBe(close);
    expect(birthdateClose(0, 19850101)).toBe(false);
    // A date of another length (a year before 1000 or after 9999) cannot be split: let through.
    expect(birthdateClose(9990101, 19850101)).toBe(true);
  });
});

describe('the evidence gate', () => {
  it('changes no finding, only how many pairs are scored', async () => {
    const org = await createSyntheticOrg(opened.db, { contacts: 20_000, seed: 5, prefix: 'gate_' });
    const gated = await findDuplicatesWithStats(opened.db, org.tables);
    const all = await findDuplicatesWithStats(opened.db, org.tables, { evidenceGate: false });
    expect(gated.findings).toEqual(all.findings);
    expect(gated.stats.candidatePairs).toBe(all.stats.candidatePairs);
    expect(gated.stats.scoredPairs!).toBeLessThan(all.stats.scoredPairs! / 2);
    await org.drop();
  });
});
