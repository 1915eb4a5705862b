import { describe, expect, it } from 'vitest';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

const access = {
  orgDefaults: {}, roles: [],
  profiles: [{ id: '00e000000000001AAA', name: 'Rep', objects: {}, fields: {} }],
  users: [
    { id: '005000000000001AAA', name: 'Active', profileId: '00e000000000001AAA', active: true },
    { id: '005000000000002AAA', name: 'Gone', profileId: '00e000000000001AAA', active: false },
  ],
};

describe('owner_active', () => {
  it('flags records owned by inactive users (15- or 18-char ids)', async () => {
    const r = await auditFixture({ Account: [
      { Name: 'a', OwnerId: '005000000000001AAA' },
      { Name: 'b', OwnerId: '005000000000002AAA' },
      { Name: 'c', OwnerId: '005000000000002' },
    ] }, '  - kind: owner_active\n', { access });
    expect(flagged(r, 'inactive_owner')).toEqual(['Account.OwnerId=005000000000002', 'Account.OwnerId=005000000000002AAA']);
  });
  it('also reads IsActive from a loaded User object', async () => {
    const r = await auditFixture({
      User: [{ Id: '005000000000003AAA', Username: 'x', LastName: 'X', Email: 'x@x.co', ProfileId: '00e000000000001AAA', IsActive: 'false' }],
      Account: [{ Name: 'a', OwnerId: '005000000000003AAA' }],
    }, '  - kind: owner_active\n', { access });
    expect(flagged(r)).toEqual(['Account.OwnerId=005000000000003AAA']);
  });
});
