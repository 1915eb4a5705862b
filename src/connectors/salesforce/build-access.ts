/**
 * access.json from the org's own permission records (DESIGN "access.json"). Salesforce keeps a
 * profile's object and field permissions on a permission set it owns (IsOwnedByProfile), and writes
 * a FieldPermissions row only where a field is readable: no row means hidden. access.json lists a
 * profile field only where it is narrower than the object permission (the contract's default), and a
 * permission set field only where it grants something, since permission sets only add. Pure.
 */
import type { SharingModel } from '../../core/codes.js';
import type { AccessFileInput } from '../../core/snapshot-files.js';

type Rec = Record<string, unknown>;

export interface AccessRecords {
  users: Rec[];
  roles: Rec[];
  profiles: Rec[];
  permissionSets: Rec[];
  assignments: Rec[];
  objectPermissions: Rec[];
  fieldPermissions: Rec[];
  /** EntityDefinition rows: QualifiedApiName, InternalSharingModel. */
  sharing: Rec[];
  /** The Organization record's Default<Object>Access fields (DefaultAccountAccess, …), when readable. */
  organization?: Rec;
  /** Pulled objects → their fields that field-level security governs. */
  objects: Record<string, { permissionable: string[] }>;
}

/**
 * Salesforce sharing models → the four the contract knows; the safe reading when unsure. Two
 * vocabularies: EntityDefinition.InternalSharingModel (Private, Read, ReadWrite, ReadWriteTransfer,
 * FullAccess, ControlledByParent…) and the Organization's Default<Object>Access picklists (None, Read,
 * Edit, ReadEditTransfer, ReadSelect, ControlledByParent).
 */
const SHARING: Record<string, SharingModel> = {
  None: 'Private', Private: 'Private', Read: 'Read', ReadSelect: 'Read', ReadWrite: 'ReadWrite', ReadWriteTransfer: 'ReadWrite',
  Edit: 'ReadWrite', ReadEditTransfer: 'ReadWrite', ReadEdit: 'ReadWrite', All: 'ReadWrite',
  FullAccess: 'ReadWrite', ControlledByParent: 'ControlledByParent', ControlledByCampaign: 'ControlledByParent', ControlledByLeadOrContact: 'ControlledByParent',
};

/** The Organization fields that hold org-wide defaults, by the object they govern. */
export const ORG_DEFAULT_FIELDS: Record<string, string> = {
  Account: 'DefaultAccountAccess', Contact: 'DefaultContactAccess', Opportunity: 'DefaultOpportunityAccess', Lead: 'DefaultLeadAccess',
  Case: 'DefaultCaseAccess', Campaign: 'DefaultCampaignAccess', Pricebook2: 'DefaultPricebookAccess',
};

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const yes = (v: unknown): boolean => v === true || v === 'true';

type Crud = { create: boolean; read: boolean; edit: boolean; delete: boolean; viewAll?: boolean; modifyAll?: boolean };
type FieldPerm = { read: boolean; edit: boolean };

function objectPerms(rows: Rec[], pulled: Set<string>): Map<string, Record<string, Crud>> {
  const byParent = new Map<string, Record<string, Crud>>();
  for (const r of rows) {
    const object = str(r.SobjectType);
    if (!pulled.has(object)) continue;
    const crud: Crud = { create: yes(r.PermissionsCreate), read: yes(r.PermissionsRead), edit: yes(r.PermissionsEdit), delete: yes(r.PermissionsDelete) };
    if (yes(r.PermissionsViewAllRecords)) crud.viewAll = true;
    if (yes(r.PermissionsModifyAllRecords)) crud.modifyAll = true;
    const perms = byParent.get(str(r.ParentId)) ?? {};
    perms[object] = crud;
    byParent.set(str(r.ParentId), perms);
  }
  return byParent;
}

function fieldPerms(rows: Rec[]): Map<string, Map<string, FieldPerm>> {
  const byParent = new Map<string, Map<string, FieldPerm>>();
  for (const r of rows) {
    const perms = byParent.get(str(r.ParentId)) ?? new Map<string, FieldPerm>();
    perms.set(str(r.Field), { read: yes(r.PermissionsRead), edit: yes(r.PermissionsEdit) });
    byParent.set(str(r.ParentId), perms);
  }
  return byParent;
}

/** A profile's fields narrower than its object permissions (no FieldPermissions row = hidden). */
function profileFields(objects: Record<string, Crud>, granted: Map<string, FieldPerm> | undefined, pulled: AccessRecords['objects']): Record<string, FieldPerm> {
  const out: Record<string, FieldPerm> = {};
  for (const [object, crud] of Object.entries(objects)) {
    if (!crud.read) continue;
    for (const field of pulled[object]?.permissionable ?? []) {
      const key = `${object}.${field}`;
      const eff = granted?.get(key) ?? { read: false, edit: false };
      if ((crud.read && !eff.read) || (crud.edit && !eff.edit)) out[key] = { read: eff.read, edit: eff.edit && eff.read };
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function extraFlags(r: Rec): Record<string, boolean> {
  return { ...(yes(r.PermissionsViewAllData) ? { viewAllData: true } : {}), ...(yes(r.PermissionsModifyAllData) ? { modifyAllData: true } : {}) };
}

export function buildAccess(rec: AccessRecords): { access: AccessFileInput; notes: string[] } {
  const notes: string[] = [];
  const pulled = new Set(Object.keys(rec.objects));
  const objs = objectPerms(rec.objectPermissions, pulled);
  const fields = fieldPerms(rec.fieldPermissions);
  const ownedBy = new Map<string, string>(); // profile Id → its permission set Id
  for (const ps of rec.permissionSets) if (yes(ps.IsOwnedByProfile) && ps.ProfileId) ownedBy.set(str(ps.ProfileId), str(ps.Id));

  const profiles = rec.profiles.map((p) => {
    const psId = ownedBy.get(str(p.Id));
    const objects = (psId && objs.get(psId)) || {};
    return { id: str(p.Id), name: str(p.Name), objects, fields: profileFields(objects, psId ? fields.get(psId) : undefined, rec.objects), ...extraFlags(p) };
  });
  const permissionSets = rec.permissionSets.filter((ps) => !yes(ps.IsOwnedByProfile)).map((ps) => {
    const granted = [...(fields.get(str(ps.Id)) ?? new Map<string, FieldPerm>())].filter(([k, v]) => v.read && pulled.has(k.split('.')[0]));
    return {
      id: str(ps.Id), name: str(ps.Label) || str(ps.Name), objects: objs.get(str(ps.Id)) ?? {},
      fields: Object.fromEntries(granted.sort(([a], [b]) => (a < b ? -1 : 1))), ...extraFlags(ps),
    };
  });
  const setIds = new Set(permissionSets.map((p) => p.id));
  const assignments = rec.assignments
    .filter((a) => setIds.has(str(a.PermissionSetId)))
    .map((a) => ({ userId: str(a.AssigneeId), permissionSetId: str(a.PermissionSetId) }));

  const profileIds = new Set(profiles.map((p) => p.id));
  const roleIds = new Set(rec.roles.map((r) => str(r.Id)));
  const users = rec.users.flatMap((u) => {
    if (!profileIds.has(str(u.ProfileId))) {
      notes.push(`user ${str(u.Id)} left out: their profile ${str(u.ProfileId) || '(none)'} is not readable`);
      return [];
    }
    const name = str(u.Name) || [str(u.FirstName), str(u.LastName)].filter(Boolean).join(' ') || str(u.Username) || str(u.Id);
    const roleId = roleIds.has(str(u.UserRoleId)) ? str(u.UserRoleId) : null;
    return [{ id: str(u.Id), name, ...(u.Email ? { email: str(u.Email) } : {}), roleId, profileId: str(u.ProfileId), active: yes(u.IsActive) }];
  });

  const orgDefaults: Record<string, SharingModel> = {};
  const setDefault = (object: string, value: string) => {
    const model = SHARING[value];
    if (!model) notes.push(`${object}: sharing model "${value}" is unknown; read as Private`);
    orgDefaults[object] = model ?? 'Private';
  };
  // The Organization record is the documented home of the standard objects' defaults; EntityDefinition
  // covers the rest (custom objects, Task, User).
  for (const [object, field] of Object.entries(ORG_DEFAULT_FIELDS)) {
    const value = str(rec.organization?.[field]);
    if (pulled.has(object) && value) setDefault(object, value);
  }
  for (const e of rec.sharing) {
    const object = str(e.QualifiedApiName);
    if (!pulled.has(object) || orgDefaults[object] || !str(e.InternalSharingModel)) continue;
    setDefault(object, str(e.InternalSharingModel));
  }
  for (const object of pulled) {
    if (!orgDefaults[object]) {
      notes.push(`${object}: no org-wide default found; read as Private`);
      orgDefaults[object] = 'Private';
    }
  }
  return {
    access: {
      orgDefaults: Object.fromEntries(Object.entries(orgDefaults).sort(([a], [b]) => (a < b ? -1 : 1))),
      roles: rec.roles.map((r) => ({ id: str(r.Id), name: str(r.Name), parentId: str(r.ParentRoleId) || null })),
      profiles, permissionSets, assignments, users,
    },
    notes,
  };
}
