/**
 * Reads who may see and change what — users, the role hierarchy, profiles, permission sets and their
 * assignments, object and field permissions, org-wide sharing defaults — and builds access.json.
 * Setup objects are small, so REST queries suffice.
 *
 * Orgs differ in what the integration user may read of them (a field refused, a setup object not
 * exposed): each source is read on its own, an optional field the query refuses is dropped, and a
 * source that cannot be read becomes a note in snapshot.json rather than a failed pull. An expired
 * session or the API limit still stops the pull.
 */
import type { AccessFileInput } from '../../core/snapshot-files.js';
import { isSalesforceRefusal } from './api-errors.js';
import { buildAccess, ORG_DEFAULT_FIELDS, type AccessRecords } from './build-access.js';
import { FieldRefusedError, type SfApi } from './sf-api.js';
import { inList } from './soql.js';

type Rec = Record<string, unknown>;

/** Runs `SELECT fields FROM rest`, dropping refused `optional` fields; undefined when it cannot be read. */
async function readSource(api: SfApi, what: string, fields: string[], optional: string[], rest: string, notes: string[]): Promise<Rec[] | undefined> {
  let asked = [...fields];
  for (;;) {
    try {
      return await api.queryAll(`SELECT ${asked.join(', ')} FROM ${rest}`);
    } catch (e) {
      if (e instanceof FieldRefusedError) {
        const field = e.fieldIn(asked);
        if (field && optional.includes(field) && asked.length > 1) {
          asked = asked.filter((f) => f !== field);
          notes.push(`${what}: ${field} is not readable; left out`);
          continue;
        }
      }
      if (e instanceof FieldRefusedError || isSalesforceRefusal(e)) {
        notes.push(`${what} could not be read (${e.message.split('\n')[0]})`);
        return undefined;
      }
      throw e;
    }
  }
}

export async function pullAccess(api: SfApi, objects: AccessRecords['objects']): Promise<{ access: AccessFileInput; notes: string[] }> {
  const notes: string[] = [];
  const names = inList(Object.keys(objects));
  const read = async (what: string, fields: string[], optional: string[], rest: string) => (await readSource(api, what, fields, optional, rest, notes)) ?? [];
  // The User fields differ between orgs' describe views (Name is always there in a real org).
  const userFields = new Set((await api.describe('User')).fields.map((f) => f.name));
  const wanted = ['Id', 'Name', 'FirstName', 'LastName', 'Username', 'Email', 'UserRoleId', 'ProfileId', 'IsActive'].filter((f) => userFields.has(f));
  const orgFields = Object.entries(ORG_DEFAULT_FIELDS).filter(([o]) => objects[o]).map(([, f]) => f);
  const covered = new Set(Object.keys(ORG_DEFAULT_FIELDS).filter((o) => objects[o]));
  const organization = orgFields.length ? (await readSource(api, 'Organization (org-wide defaults)', orgFields, orgFields, 'Organization', notes))?.[0] : undefined;
  // EntityDefinition does not support queryMore: the IN list keeps the answer to one page.
  const others = Object.keys(objects).filter((o) => !covered.has(o) || !organization);
  const records: AccessRecords = {
    users: await read('User', wanted, wanted.filter((f) => f !== 'Id' && f !== 'ProfileId'), 'User'),
    roles: await read('UserRole (role hierarchy)', ['Id', 'Name', 'ParentRoleId'], ['ParentRoleId'], 'UserRole'),
    profiles: await read('Profile', ['Id', 'Name', 'PermissionsViewAllData', 'PermissionsModifyAllData'], ['PermissionsViewAllData', 'PermissionsModifyAllData'], 'Profile'),
    permissionSets: await read('PermissionSet', ['Id', 'Name', 'Label', 'IsOwnedByProfile', 'ProfileId', 'PermissionsViewAllData', 'PermissionsModifyAllData'], ['Label', 'PermissionsViewAllData', 'PermissionsModifyAllData'], 'PermissionSet'),
    assignments: await read('PermissionSetAssignment', ['AssigneeId', 'PermissionSetId'], [], 'PermissionSetAssignment'),
    objectPermissions: await read('ObjectPermissions', ['ParentId', 'SobjectType', 'PermissionsCreate', 'PermissionsRead', 'PermissionsEdit', 'PermissionsDelete', 'PermissionsViewAllRecords', 'PermissionsModifyAllRecords'], ['PermissionsViewAllRecords', 'PermissionsModifyAllRecords'], `ObjectPermissions WHERE SobjectType IN (${names})`),
    fieldPermissions: await read('FieldPermissions', ['ParentId', 'SobjectType', 'Field', 'PermissionsRead', 'PermissionsEdit'], [], `FieldPermissions WHERE SobjectType IN (${names})`),
    sharing: others.length ? await read('EntityDefinition (sharing models)', ['QualifiedApiName', 'InternalSharingModel'], [], `EntityDefinition WHERE QualifiedApiName IN (${inList(others)})`) : [],
    organization,
    objects,
  };
  const built = buildAccess(records);
  return { access: built.access, notes: [...notes, ...built.notes] };
}
