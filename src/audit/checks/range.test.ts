import { describe, expect, it } from 'vitest';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

const opp = (Name: string, Amount: string, CloseDate: string, Probability = '10') => ({ Name, Amount, CloseDate, Probability, StageName: 'Prospecting' });

describe('range', () => {
  it('enforces schema.json min/max by default', async () => {
    const r = await auditFixture({ Opportunity: [opp('a', '100', '2026-08-01'), opp('b', '-5', '2026-08-01'), opp('c', '100', '2026-08-01', '140')] }, '  - {kind: range, object: Opportunity}\n');
    expect(flagged(r)).toEqual(['Opportunity.Amount=-5', 'Opportunity.Probability=140']);
  });
  it('judges dates against asOf and flags outliers against the 99th percentile', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => opp(`o${i}`, String(10_000 + i * 100), '2026-08-01'));
    rows.push(opp('typo', '45000000', '2026-08-01'), opp('far', '20000', '2037-01-01'), opp('past', '20000', '2019-01-01'));
    const r = await auditFixture({ Opportunity: rows }, [
      '  - {kind: range, object: Opportunity, fields: [CloseDate], within_years: 5}',
      '  - {kind: range, object: Opportunity, fields: [Amount], outlier_factor: 10}',
    ].join('\n') + '\n', { asOf: '2026-06-30' });
    expect(flagged(r)).toEqual(['Opportunity.Amount=45000000', 'Opportunity.CloseDate=2019-01-01', 'Opportunity.CloseDate=2037-01-01']);
  });
  it('finds outliers that would raise the 99th percentile themselves: few deals, or several typos', async () => {
    const small = Array.from({ length: 30 }, (_, i) => opp(`s${i}`, String(1_000 + i * 200), '2026-08-01'));
    small.push(opp('typo', '900000000', '2026-08-01'));
    const pack = '  - {kind: range, object: Opportunity, fields: [Amount], outlier_factor: 10}\n';
    expect(flagged(await auditFixture({ Opportunity: small }, pack))).toEqual(['Opportunity.Amount=900000000']);
    const many = Array.from({ length: 300 }, (_, i) => opp(`m${i}`, String(1_000 + (i % 60) * 100), '2026-08-01'));
    for (let i = 0; i < 5; i++) many.push(opp(`t${i}`, String(900_000_000 + i), '2026-08-01'));
    expect(flagged(await auditFixture({ Opportunity: many }, pack))).toHaveLength(5);
  });
  it('flags text longer than the schema allows, counting characters, not bytes', async () => {
    const r = await auditFixture({ Contact: [
      { LastName: 'a', Title: 'x'.repeat(128) },
      { LastName: 'b', Title: 'x'.repeat(129) },
      { LastName: 'c', Title: 'é'.repeat(128) },
    ] }, '  - {kind: range, object: Contact, fields: [Title]}\n');
    expect(flagged(r)).toEqual([`Contact.Title=${'x'.repeat(129)}`]);
    expect(r.findings[0].message).toBe('longer than 128 characters');
  });
  it('flags impossible dates', async () => {
    const r = await auditFixture({ Contact: [{ LastName: 'a', Birthdate: '1980-01-01' }, { LastName: 'b', Birthdate: '2031-01-01' }, { LastName: 'c', Birthdate: '1850-01-01' }] },
      '  - {kind: range, object: Contact, fields: [Birthdate], not_future: true, min_date: "1900-01-01"}\n');
    expect(flagged(r)).toEqual(['Contact.Birthdate=1850-01-01', 'Contact.Birthdate=2031-01-01']);
  });
});
