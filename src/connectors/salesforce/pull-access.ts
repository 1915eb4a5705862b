/**
 * Reads who may see and change what — users, the role hierarchy, profiles, permission sets and their
 * assignments, object and field permissions, org-wide sharing defaults — and builds access.json.
 * Setup objects are small, so REST queries suffice.
 */
import type { AccessFileInput } from '../../core/snapshot-files.js';
import { buildAccess, type AccessRecords } from './build-access.js';
import type { SfApi } from './sf-api.js';
import { inList } from './soql.js';

export async function pullAccess(api: SfApi, objects: AccessRecords['objects']): Promise<{ access: AccessFileInput; notes: string[] }> {
  const names = inList(Object.keys(objects));
  // The User fields differ between orgs' describe views (Name is always there in a real org).
  const userFields = new Set((await api.describe('User')).fields.map((f) => f.name));
  const wanted = ['Id', 'Name', 'FirstName', 'LastName', 'Username', 'Email', 'UserRoleId', 'ProfileId', 'IsActive'].filter((f) => userFields.has(f));
  const records: AccessRecords = {
    users: await api.queryAll(`SELECT ${wanted.join(', ')} FROM User`),
    roles: await api.queryAll('SELECT Id, Name, ParentRoleId FROM UserRole'),
    profiles: await api.queryAll('SELECT Id, Name, PermissionsViewAllData, PermissionsModifyAllData FROM Profile'),
    permissionSets: await api.queryAll('SELECT Id, Name, Label, IsOwnedByProfile, ProfileId, PermissionsViewAllData, PermissionsModifyAllData FROM PermissionSet'),
    assignments: await api.queryAll('SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment'),
    objectPermissions: await api.queryAll(`SELECT ParentId, SobjectType, PermissionsCreate, PermissionsRead, PermissionsEdit, PermissionsDelete, PermissionsViewAllRecords, PermissionsModifyAllRecords FROM ObjectPermissions WHERE SobjectType IN (${names})`),
    fieldPermissions: await api.queryAll(`SELECT ParentId, SobjectType, Field, PermissionsRead, PermissionsEdit FROM FieldPermissions WHERE SobjectType IN (${names})`),
    // EntityDefinition does not support queryMore: the IN list keeps the answer to one page.
    sharing: await api.queryAll(`SELECT QualifiedApiName, InternalSharingModel FROM EntityDefinition WHERE QualifiedApiName IN (${names})`),
    objects,
  };
  return buildAccess(records);
}
