import { describe, expect, it } from 'vitest';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

describe('custom_sql', () => {
  it('flags rows where the predicate holds', async () => {
    const r = await auditFixture({ Opportunity: [
      { Name: 'a', StageName: 'Prospecting', CloseDate: '2026-09-01', Amount: '100' },
      { Name: 'b', StageName: 'Prospecting', CloseDate: '2026-09-01', Amount: '100', AccountId: '001000000000001AAA' },
    ] }, '  - {kind: custom_sql, id: opp.no_account, object: Opportunity, field: AccountId, code: orphan_reference, fail_when: "t.Amount > 0 AND t.AccountId IS NULL", message: revenue on no account}\n');
    expect(r.findings.map((f) => [f.check, f.code, f.message])).toEqual([['opp.no_account', 'orphan_reference', 'revenue on no account']]);
  });
  it('names the check whose SQL is broken', async () => {
    const r = await auditFixture({ Account: [{ Name: 'a' }] }, '  - {kind: custom_sql, id: broken, object: Account, fail_when: "t.NoSuchField > 1", message: x}\n');
    expect(r.problems?.[0]).toMatchObject({ code: 'invalid_check_sql', field: 'broken' });
    void flagged;
  });
  it('points a broken check\'s SQL error at its pack entry', async () => {
    const r = await auditFixture({ Account: [{ Name: 'a' }] }, '  - {kind: required, object: Account, fields: [Name]}\n  - {kind: custom_sql, id: broken, object: Account, fail_when: "t.NoSuchField > 1", message: x}\n');
    expect(r.problems).toHaveLength(1);
    expect(r.problems?.[0]).toMatchObject({ code: 'invalid_check_sql', field: 'broken', line: 4 });
    expect(r.problems?.[0].file).toMatch(/pack\.yaml$/);
  });
  it('refuses SQL that is more than one expression before running it', async () => {
    for (const failWhen of ['true); DROP TABLE Contact; --', 't.Name = \'a\' AND (']) {
      const r = await auditFixture({ Account: [{ Name: 'a' }] }, `  - {kind: custom_sql, id: inj, object: Account, fail_when: ${JSON.stringify(failWhen)}, message: x}\n`);
      expect(r.problems?.[0]).toMatchObject({ code: 'invalid_check_sql', field: 'inj', line: 3 });
      expect(r.problems?.[0].file).toMatch(/pack\.yaml$/);
    }
  });
  it('accepts semicolons and parentheses inside quotes', async () => {
    const r = await auditFixture({ Account: [{ Name: 'a;(b' }, { Name: 'c' }] }, '  - {kind: custom_sql, id: q, object: Account, field: Name, fail_when: "t.Name = \'a;(b\' AND t.Name <> \')\'", message: x}\n');
    expect(r.problems).toBeUndefined();
    expect(flagged(r)).toEqual(['Account.Name=a;(b']);
  });
});
