/**
 * access.json → the setup objects a real org answers queries about: Profile and the permission set
 * each profile owns, PermissionSet, PermissionSetAssignment (profile-owned ones included, as in a real
 * org), ObjectPermissions, FieldPermissions (a row only where a field is readable), EntityDefinition
 * sharing models, the Organization record's Default<Object>Access fields, plus OpportunityStage from the StageName value metadata. Rows are string cells,
 * typed by `types`, the same as data objects.
 */
import { makeId } from '../../../core/salesforce-id.js';
import type { AccessFile, SnapshotSchema } from '../../../core/snapshot-files.js';

export interface SetupTable { name: string; columns: string[]; types: Record<string, string>; rows: string[][] }

const b = (v: unknown): string => (v === true ? 'true' : 'false');
const table = (name: string, columns: string[], booleans: string[], rows: string[][], numbers: string[] = []): SetupTable => ({
  name, columns, rows, types: Object.fromEntries([...booleans.map((c) => [c, 'boolean']), ...numbers.map((c) => [c, 'number'])]),
});

/** The Id of the permission set a profile owns. */
export const ownedSetId = (profileId: string): string => `0PS${'Pr'}${profileId.slice(5)}`;

export function setupTables(access: AccessFile, schema: SnapshotSchema, permissionable: (object: string) => string[], objects: string[]): SetupTable[] {
  const profiles = table('Profile', ['Id', 'Name', 'PermissionsViewAllData', 'PermissionsModifyAllData'], ['PermissionsViewAllData', 'PermissionsModifyAllData'],
    access.profiles.map((p) => [p.id, p.name, b(p.viewAllData), b(p.modifyAllData)]));
  const psCols = ['Id', 'Name', 'Label', 'IsOwnedByProfile', 'ProfileId', 'PermissionsViewAllData', 'PermissionsModifyAllData'];
  const permissionSets = table('PermissionSet', psCols, ['IsOwnedByProfile', 'PermissionsViewAllData', 'PermissionsModifyAllData'], [
    ...access.profiles.map((p) => [ownedSetId(p.id), `X${p.id}`, p.name, 'true', p.id, b(p.viewAllData), b(p.modifyAllData)]),
    ...access.permissionSets.map((ps) => [ps.id, ps.name.replace(/[^A-Za-z0-9]+/g, '_'), ps.name, 'false', '', b(ps.viewAllData), b(ps.modifyAllData)]),
  ]);
  const profileOf = new Map(access.users.map((u) => [u.id, u.profileId]));
  const assignments = table('PermissionSetAssignment', ['Id', 'AssigneeId', 'PermissionSetId'], [], [
    ...[...profileOf].map(([user, profile]) => [user, ownedSetId(profile)]),
    ...access.assignments.map((a) => [a.userId, a.permissionSetId]),
  ].map((r, i) => [makeId('0Pa', i + 1), ...r]));

  const objRows: string[][] = [];
  const fieldRows: string[][] = [];
  const holders = [...access.profiles.map((p) => ({ ...p, parent: ownedSetId(p.id), profile: true })), ...access.permissionSets.map((p) => ({ ...p, parent: p.id, profile: false }))];
  for (const h of holders) {
    for (const [object, crud] of Object.entries(h.objects)) {
      objRows.push([makeId('110', objRows.length + 1), h.parent, object, b(crud.create), b(crud.read), b(crud.edit), b(crud.delete), b(crud.viewAll), b(crud.modifyAll)]);
    }
    for (const object of objects) {
      const crud = h.objects[object];
      for (const field of permissionable(object)) {
        const listed = h.fields[`${object}.${field}`];
        // Profiles: a field not listed follows its object; permission sets only add what they list.
        const eff = listed ?? (h.profile && crud?.read ? { read: true, edit: crud.edit } : undefined);
        if (eff?.read) fieldRows.push([makeId('01k', fieldRows.length + 1), h.parent, object, `${object}.${field}`, 'true', b(eff.edit)]);
      }
    }
  }
  const crudCols = ['PermissionsCreate', 'PermissionsRead', 'PermissionsEdit', 'PermissionsDelete', 'PermissionsViewAllRecords', 'PermissionsModifyAllRecords'];
  // The Organization record: the standard objects' defaults in its own vocabulary (None/Read/Edit…).
  const orgValue = (object: string, field: string): string => {
    const model = access.orgDefaults[object] ?? 'ReadWrite';
    if (model === 'Private') return 'None';
    if (model === 'ReadWrite') return field === 'DefaultLeadAccess' || field === 'DefaultCaseAccess' ? 'ReadEditTransfer' : 'Edit';
    return model; // Read, ControlledByParent
  };
  const orgFields: [string, string][] = [['Account', 'DefaultAccountAccess'], ['Contact', 'DefaultContactAccess'], ['Opportunity', 'DefaultOpportunityAccess'], ['Lead', 'DefaultLeadAccess'], ['Case', 'DefaultCaseAccess'], ['Campaign', 'DefaultCampaignAccess']];
  const organization = table('Organization', ['Id', 'Name', ...orgFields.map(([, f]) => f)], [], [['00D5g0000000001EAA', 'Acme', ...orgFields.map(([o, f]) => orgValue(o, f))]]);
  const entity = table('EntityDefinition', ['QualifiedApiName', 'InternalSharingModel', 'ExternalSharingModel'], [],
    objects.map((o) => [o, access.orgDefaults[o] ?? 'ReadWrite', 'Private']));
  const stageMeta = schema.objects.Opportunity?.fields.StageName?.valueMeta ?? {};
  const stages = table('OpportunityStage', ['Id', 'ApiName', 'MasterLabel', 'IsActive', 'IsClosed', 'IsWon', 'DefaultProbability', 'ForecastCategoryName'], ['IsActive', 'IsClosed', 'IsWon'],
    Object.entries(stageMeta).map(([v, m], i) => [makeId('01J', i + 1), v, v, 'true', b(m.closed), b(m.won), String(m.probability ?? ''), String(m.forecastCategory ?? '')]), ['DefaultProbability']);
  return [
    profiles, permissionSets, assignments,
    table('ObjectPermissions', ['Id', 'ParentId', 'SobjectType', ...crudCols], crudCols, objRows),
    table('FieldPermissions', ['Id', 'ParentId', 'SobjectType', 'Field', 'PermissionsRead', 'PermissionsEdit'], ['PermissionsRead', 'PermissionsEdit'], fieldRows),
    entity, organization, stages,
    table('UserRole', ['Id', 'Name', 'ParentRoleId'], [], access.roles.map((r) => [r.id, r.name, r.parentId ?? ''])),
    table('User', ['Id', 'Name', 'Email', 'UserRoleId', 'ProfileId', 'IsActive'], ['IsActive'],
      access.users.map((u) => [u.id, u.name, u.email ?? '', u.roleId ?? '', u.profileId, b(u.active)])),
  ];
}
