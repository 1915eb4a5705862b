import { describe, expect, it } from 'vitest';
import { canonicalSchema } from '../../snapshot/canonical/index.js';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

describe('unique', () => {
  it('flags every record sharing a value of a unique field, ignoring case and spaces unless told not to', async () => {
    const schema = canonicalSchema(['Account']);
    schema.objects.Account.fields.AccountNumber = { ...schema.objects.Account.fields.AccountNumber, unique: true };
    const rows = [
      { Name: 'a', AccountNumber: 'A-1' }, { Name: 'b', AccountNumber: ' a-1' }, { Name: 'c', AccountNumber: 'A-2' },
      { Name: 'd', AccountNumber: '' }, { Name: 'e', AccountNumber: '' },
    ];
    const r = await auditFixture({ Account: rows }, '  - {kind: unique, object: Account}\n', { schema });
    expect(flagged(r)).toEqual(['Account.AccountNumber= a-1', 'Account.AccountNumber=A-1']);
    expect(r.checks[0]).toMatchObject({ id: 'unique.Account.AccountNumber', code: 'duplicate', dimension: 'uniqueness', evaluated: 3, failed: 2 });
    const strict = await auditFixture({ Account: rows }, '  - {kind: unique, object: Account, case_sensitive: true}\n', { schema });
    expect(flagged(strict)).toEqual([]);
  });
});
