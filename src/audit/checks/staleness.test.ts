import { describe, expect, it } from 'vitest';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

describe('staleness', () => {
  it('measures from asOf, using the latest of the date fields, open records only', async () => {
    const r = await auditFixture({ Opportunity: [
      { Name: 'fresh', StageName: 'Prospecting', CloseDate: '2026-09-01', LastModifiedDate: '2026-05-01T00:00:00Z' },
      { Name: 'old-but-active', StageName: 'Prospecting', CloseDate: '2026-09-01', LastModifiedDate: '2024-01-01T00:00:00Z', LastActivityDate: '2026-06-01' },
      { Name: 'stale', StageName: 'Prospecting', CloseDate: '2026-09-01', LastModifiedDate: '2025-01-01T00:00:00Z', LastActivityDate: '2024-12-01' },
      { Name: 'closed', StageName: 'Closed Lost', CloseDate: '2024-09-01', LastModifiedDate: '2023-01-01T00:00:00Z' },
    ] }, '  - {kind: staleness, object: Opportunity, days: 365, open_only: true}\n', { asOf: '2026-06-30' });
    expect(r.findings.map((f) => f.value)).toEqual(['2025-01-01']);
    expect(r.checks[0]).toMatchObject({ evaluated: 3, failed: 1 });
    void flagged;
  });
});
