import { describe, expect, it } from 'vitest';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

describe('reference', () => {
  it('flags lookups to missing records, matching 15- and 18-char ids', async () => {
    const r = await auditFixture({
      Account: [{ Id: '001000000000001AAA', Name: 'a' }],
      Contact: [
        { LastName: 'ok18', AccountId: '001000000000001AAA' },
        { LastName: 'ok15', AccountId: '001000000000001' },
        { LastName: 'orphan', AccountId: '001000000000077AAA' },
        { LastName: 'blank', AccountId: '' },
      ],
    }, '  - {kind: reference, object: Contact, fields: [AccountId]}\n');
    expect(flagged(r, 'orphan_reference')).toEqual(['Contact.AccountId=001000000000077AAA']);
  });
  it('still flags orphans when a target row has no Id', async () => {
    const r = await auditFixture({
      Account: [{ Id: '001000000000001AAA', Name: 'a' }, { Id: '', Name: 'no id' }],
      Contact: [
        { LastName: 'ok', AccountId: '001000000000001AAA' },
        { LastName: 'orphan', AccountId: '001000000000077AAA' },
      ],
    }, '  - {kind: reference, object: Contact, fields: [AccountId]}\n');
    expect(flagged(r, 'orphan_reference')).toEqual(['Contact.AccountId=001000000000077AAA']);
  });
  it('does not judge polymorphic lookups whose target object was not exported', async () => {
    const r = await auditFixture({
      Account: [{ Id: '001000000000001AAA', Name: 'a' }],
      Task: [
        { Subject: 'a', Status: 'Completed', Priority: 'Normal', WhatId: '001000000000001AAA' },
        { Subject: 'b', Status: 'Completed', Priority: 'Normal', WhatId: '500000000000001AAA' },
        { Subject: 'c', Status: 'Completed', Priority: 'Normal', WhatId: '001000000000099AAA' },
      ],
    }, '  - {kind: reference, object: Task, fields: [WhatId]}\n');
    expect(flagged(r)).toEqual(['Task.WhatId=001000000000099AAA']);
    expect(r.checks[0]).toMatchObject({ evaluated: 2, failed: 1 });
  });
  it('optionally flags blank lookups', async () => {
    const r = await auditFixture({ Account: [{ Name: 'a' }], Contact: [{ LastName: 'x', AccountId: '' }] }, '  - {kind: reference, object: Contact, fields: [AccountId], blank_is_orphan: true}\n');
    expect(r.findings.map((f) => f.check)).toEqual(['reference.Contact.AccountId.blank']);
  });
});
