import { describe, expect, it } from 'vitest';
import { auditFixture } from '../../test-support/audit-fixture.js';

describe('duplicate', () => {
  it('clusters real duplicates (nickname, email case, phone format) and leaves namesakes alone', async () => {
    const r = await auditFixture({
      Account: [{ Id: '001000000000001AAA', Name: 'Globex Corporation' }, { Id: '001000000000002AAA', Name: 'Initech' }],
      Contact: [
        { Id: '003000000000001AAA', FirstName: 'Robert', LastName: 'Smith', Email: 'robert.smith@globex.com', Phone: '(415) 555-0134', AccountId: '001000000000001AAA', MailingCountry: 'United States' },
        { Id: '003000000000002AAA', FirstName: 'Bob', LastName: 'Smith', Email: 'Robert.Smith@Globex.com', Phone: '+1 415 555 0134', AccountId: '001000000000001AAA', MailingCountry: 'United States' },
        { Id: '003000000000003AAA', FirstName: 'John', LastName: 'Smith', Email: 'john.smith@initech.com', Phone: '(212) 555-0199', AccountId: '001000000000002AAA', MailingCountry: 'United States' },
        { Id: '003000000000004AAA', FirstName: 'John', LastName: 'Smith', Email: 'jsmith@globex.com', Phone: '(415) 555-0177', AccountId: '001000000000001AAA', MailingCountry: 'United States' },
      ],
    }, '  - {kind: duplicate, object: Contact}\n');
    expect(r.problems).toBeUndefined();
    const dups = r.findings.filter((f) => f.code === 'duplicate');
    expect(dups).toHaveLength(1);
    expect(dups[0].cluster).toMatch(/^dup-Contact-/);
    expect(['003000000000001AAA', '003000000000002AAA']).toContain(dups[0].id);
    expect(r.checks.find((c) => c.object === 'Contact')).toMatchObject({ evaluated: 4, failed: 1, code: 'duplicate' });
  });
});
