import { describe, expect, it } from 'vitest';
import { CrmError } from '../core/problem.js';
import { generateOrg } from './index.js';
import { planFor, SCALES } from './plan.js';
import { Rng } from './prng.js';
import { ACCOUNT_TOP, buildSkeleton, CLOSED, CONVERTED, distribute, DUP_OF_CONTACT, STALE } from './skeleton.js';
import { buildPeople } from './users.js';

describe('plan', () => {
  it('scales by contacts with the issue ratios', () => {
    const p = planFor(1_000_000);
    expect(p.ok && p.value).toEqual({ contacts: 1_000_000, accounts: 250_000, leads: 200_000, opportunities: 500_000, cases: 100_000, tasks: 2_000_000 });
    expect(SCALES).toEqual({ small: 500, medium: 50_000, large: 1_000_000 });
    const bad = planFor(10);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0].field).toBe('scale');
  });
  it('is reported through CrmError by generateOrg', async () => {
    await expect(generateOrg({ out: '/nonexistent/x', seed: 1.5, scale: 'small' })).rejects.toBeInstanceOf(CrmError);
  });
});

describe('skeleton', () => {
  it('distributes exactly, in proportion', () => {
    const rng = new Rng(1, 'w');
    const w = Float64Array.from({ length: 1000 }, () => rng.next() * 3);
    const start = distribute(12_345, w);
    expect(start[0]).toBe(0);
    expect(start[1000]).toBe(12_345);
    for (let i = 0; i < 1000; i++) expect(start[i + 1]).toBeGreaterThanOrEqual(start[i]);
  });
  it('keeps owners active, dates ordered and chunks on hierarchy boundaries', () => {
    const plan = planFor(20_000);
    if (!plan.ok) throw new Error('plan');
    const asOf = 9677;
    const people = buildPeople(4, plan.value.contacts, asOf);
    const sk = buildSkeleton(plan.value, people, 4, asOf);
    const active = (u: number) => people.users[u].active;
    let bad = 0;
    for (let a = 0; a < sk.accounts; a++) if (!active(sk.acctOwner[a]) || sk.acctCreated[a] > asOf) bad++;
    for (let c = 0; c < plan.value.contacts; c++) {
      const a = sk.contAccount[c];
      if (!active(sk.contOwner[c]) || sk.contCreated[c] < sk.acctCreated[a] || sk.contCreated[c] > asOf) bad++;
    }
    for (let o = 0; o < plan.value.opportunities; o++) {
      const closed = (sk.oppFlags[o] & CLOSED) !== 0;
      if (closed ? sk.oppClose[o] >= asOf || sk.oppClose[o] < sk.oppCreated[o] : sk.oppClose[o] <= asOf) bad++;
      if ((sk.oppFlags[o] & STALE) && (closed || sk.oppCreated[o] > asOf - 420)) bad++;
    }
    for (let l = 0; l < plan.value.leads; l++) {
      if ((sk.leadFlags[l] & (CONVERTED | DUP_OF_CONTACT)) && sk.leadContact[l] < 0) bad++;
    }
    expect(bad).toBe(0);
    for (let k = 0; k + 1 < sk.contactChunks.length; k++) expect(sk.acctKind[sk.contactChunks[k]]).toBe(ACCOUNT_TOP);
    expect(sk.contactChunks.length - 1).toBeGreaterThan(1);
  });
});
