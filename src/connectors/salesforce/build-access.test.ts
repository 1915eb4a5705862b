import { describe, expect, it } from 'vitest';
import { buildAccess, type AccessRecords } from './build-access.js';

const base: AccessRecords = {
  users: [
    { Id: '005A', Name: 'Ada Admin', Email: 'ada@x.com', UserRoleId: '00EA', ProfileId: '00eR', IsActive: true },
    { Id: '005B', FirstName: 'Bo', LastName: 'Guest', UserRoleId: null, ProfileId: '00eHidden', IsActive: false },
  ],
  roles: [{ Id: '00EA', Name: 'CEO', ParentRoleId: null }],
  profiles: [{ Id: '00eR', Name: 'Sales Rep', PermissionsViewAllData: false }],
  permissionSets: [
    { Id: '0PSowned', Name: 'X00eR', IsOwnedByProfile: true, ProfileId: '00eR' },
    { Id: '0PSrev', Name: 'Revenue_Visibility', Label: 'Revenue Visibility', IsOwnedByProfile: false, ProfileId: null },
  ],
  assignments: [{ AssigneeId: '005A', PermissionSetId: '0PSowned' }, { AssigneeId: '005A', PermissionSetId: '0PSrev' }],
  objectPermissions: [
    { ParentId: '0PSowned', SobjectType: 'Account', PermissionsCreate: true, PermissionsRead: true, PermissionsEdit: true, PermissionsDelete: false },
    { ParentId: '0PSowned', SobjectType: 'Solution', PermissionsRead: true },
  ],
  fieldPermissions: [
    { ParentId: '0PSowned', SobjectType: 'Account', Field: 'Account.Phone', PermissionsRead: true, PermissionsEdit: true },
    { ParentId: '0PSowned', SobjectType: 'Account', Field: 'Account.AnnualRevenue', PermissionsRead: true, PermissionsEdit: false },
    { ParentId: '0PSrev', SobjectType: 'Account', Field: 'Account.AnnualRevenue', PermissionsRead: true, PermissionsEdit: true },
  ],
  sharing: [{ QualifiedApiName: 'Account', InternalSharingModel: 'ReadWriteTransfer' }],
  objects: { Account: { permissionable: ['Phone', 'AnnualRevenue', 'Rating'] }, Task: { permissionable: [] } },
};

describe('access.json from permission records', () => {
  it('reads profile permissions from the permission set the profile owns; no FieldPermissions row = hidden', () => {
    const { access } = buildAccess(base);
    expect(access.profiles).toEqual([{
      id: '00eR', name: 'Sales Rep',
      objects: { Account: { create: true, read: true, edit: true, delete: false } },
      fields: { 'Account.AnnualRevenue': { read: true, edit: false }, 'Account.Rating': { read: false, edit: false } },
    }]);
  });
  it('keeps permission sets additive and drops profile-owned assignments', () => {
    const { access } = buildAccess(base);
    expect(access.permissionSets).toEqual([{ id: '0PSrev', name: 'Revenue Visibility', objects: {}, fields: { 'Account.AnnualRevenue': { read: true, edit: true } } }]);
    expect(access.assignments).toEqual([{ userId: '005A', permissionSetId: '0PSrev' }]);
  });
  it('reads org-wide defaults from the Organization record first (None/Read/Edit/ReadEditTransfer/ControlledByParent)', () => {
    const objects = { Account: { permissionable: [] }, Contact: { permissionable: [] }, Opportunity: { permissionable: [] }, Lead: { permissionable: [] }, Case: { permissionable: [] }, Task: { permissionable: [] } };
    const organization = { DefaultAccountAccess: 'None', DefaultContactAccess: 'ControlledByParent', DefaultOpportunityAccess: 'Read', DefaultLeadAccess: 'ReadEditTransfer', DefaultCaseAccess: 'Edit' };
    const sharing = [{ QualifiedApiName: 'Account', InternalSharingModel: 'ReadWrite' }, { QualifiedApiName: 'Task', InternalSharingModel: 'ControlledByParent' }];
    const { access, notes } = buildAccess({ ...base, objects, organization, sharing });
    expect(access.orgDefaults).toEqual({ Account: 'Private', Case: 'ReadWrite', Contact: 'ControlledByParent', Lead: 'ReadWrite', Opportunity: 'Read', Task: 'ControlledByParent' });
    expect(notes.filter((n) => /org-wide|sharing model/.test(n))).toEqual([]);
  });
  it('maps sharing models safely and says what it could not read', () => {
    const { access, notes } = buildAccess(base);
    expect(access.orgDefaults).toEqual({ Account: 'ReadWrite', Task: 'Private' });
    expect(access.users).toEqual([{ id: '005A', name: 'Ada Admin', email: 'ada@x.com', roleId: '00EA', profileId: '00eR', active: true }]);
    expect(notes).toEqual([expect.stringMatching(/user 005B left out/), expect.stringMatching(/Task: no org-wide default/)]);
  });
});
