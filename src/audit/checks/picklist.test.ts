import { describe, expect, it } from 'vitest';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

describe('picklist', () => {
  it('flags values outside the active values, exactly', async () => {
    const r = await auditFixture({ Opportunity: [
      { Name: 'a', StageName: 'Closed Won', CloseDate: '2026-01-01' },
      { Name: 'b', StageName: 'Closed-Won', CloseDate: '2026-01-01' },
      { Name: 'c', StageName: 'closed won', CloseDate: '2026-01-01' },
      { Name: 'd', StageName: '', CloseDate: '2026-01-01' },
    ] }, '  - {kind: picklist, object: Opportunity}\n');
    expect(flagged(r, 'invalid_picklist')).toEqual(['Opportunity.StageName=Closed-Won', 'Opportunity.StageName=closed won']);
  });
  it('accepts also_allow values', async () => {
    const r = await auditFixture({ Account: [{ Name: 'a', Industry: 'Legacy' }] }, '  - {kind: picklist, object: Account, fields: [Industry], also_allow: [Legacy]}\n');
    expect(r.findings).toEqual([]);
  });
});
