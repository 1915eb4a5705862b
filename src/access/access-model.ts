/**
 * The access model of one snapshot, indexed once so that each decision is a few map lookups:
 * users, their profile and permission sets, and the role hierarchy (which roles sit below which).
 * Built from access.json (DESIGN "Snapshot › access.json") and schema.json; pure.
 */
import type { AccessFile, SnapshotSchema } from '../core/snapshot-files.js';
import { to18 } from '../core/salesforce-id.js';
import { deny, type Decision } from './decision.js';

export type ObjectOp = 'create' | 'read' | 'edit' | 'delete';
export type FieldOp = 'read' | 'edit';
export type SharingModel = 'Private' | 'Read' | 'ReadWrite' | 'ControlledByParent';

interface PermissionHolder {
  name: string;
  objects: Record<string, Partial<Record<ObjectOp, boolean>> & Record<string, unknown>>;
  fields: Record<string, { read?: boolean; edit?: boolean }>;
  [extra: string]: unknown;
}

/** A user the AI acts for, with everything a decision needs resolved. */
export interface Actor {
  id: string;
  name: string;
  active: boolean;
  roleId: string | null;
  roleName: string | null;
  profile: PermissionHolder;
  permissionSets: PermissionHolder[];
  /** Users (as idKey) whose records this actor sees through the role hierarchy (strictly below the actor's role). */
  subordinates: ReadonlySet<string>;
  /** "View All Data" / "Modify All Data" from the profile or a permission set (Salesforce keys). */
  viewAllData: boolean;
  modifyAllData: boolean;
}

export interface AccessModel {
  schema: SnapshotSchema;
  orgDefaults: Record<string, SharingModel>;
  actors: ReadonlyMap<string, Actor>;
  users: ReadonlyMap<string, { id: string; name: string; active: boolean; roleId: string | null }>;
}

export function buildAccessModel(access: AccessFile, schema: SnapshotSchema): AccessModel {
  const profiles = new Map(access.profiles.map((p) => [p.id, p as unknown as PermissionHolder]));
  const sets = new Map(access.permissionSets.map((p) => [p.id, p as unknown as PermissionHolder]));
  const roleNames = new Map(access.roles.map((r) => [r.id, r.name]));
  const children = new Map<string, string[]>();
  for (const r of access.roles) {
    if (!r.parentId) continue;
    children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  }
  const usersByRole = new Map<string, string[]>();
  for (const u of access.users) if (u.roleId) usersByRole.set(u.roleId, [...(usersByRole.get(u.roleId) ?? []), u.id]);

  const below = new Map<string, Set<string>>();
  const subordinateUsers = (roleId: string): Set<string> => {
    const cached = below.get(roleId);
    if (cached) return cached;
    const out = new Set<string>();
    const seen = new Set<string>([roleId]);
    const queue = [...(children.get(roleId) ?? [])];
    while (queue.length) {
      const r = queue.shift()!;
      if (seen.has(r)) continue; // a cycle in a hand-edited file must not loop forever
      seen.add(r);
      for (const u of usersByRole.get(r) ?? []) out.add(idKey(u));
      queue.push(...(children.get(r) ?? []));
    }
    below.set(roleId, out);
    return out;
  };

  const actors = new Map<string, Actor>();
  for (const u of access.users) {
    const profile = profiles.get(u.profileId) ?? { name: `(missing profile ${u.profileId})`, objects: {}, fields: {} };
    const permissionSets = access.assignments.filter((a) => a.userId === u.id).map((a) => sets.get(a.permissionSetId)).filter((p): p is PermissionHolder => !!p);
    const holders = [profile, ...permissionSets];
    actors.set(u.id, {
      id: u.id, name: u.name, active: u.active !== false,
      roleId: u.roleId ?? null, roleName: u.roleId ? roleNames.get(u.roleId) ?? null : null,
      profile, permissionSets,
      subordinates: u.roleId ? subordinateUsers(u.roleId) : new Set(),
      viewAllData: holders.some((h) => h.viewAllData === true || h.modifyAllData === true),
      modifyAllData: holders.some((h) => h.modifyAllData === true),
    });
  }
  const users = new Map(access.users.map((u) => [idKey(u.id), { id: u.id, name: u.name, active: u.active !== false, roleId: u.roleId ?? null }]));
  return { schema, orgDefaults: access.orgDefaults as Record<string, SharingModel>, actors, users };
}

/** A comparable form of an Id: 15- and 18-character Salesforce Ids of one record agree. */
export function idKey(id: string): string {
  return /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id) ? to18(id.slice(0, 15)) : id;
}

/** A user by Id, 15- or 18-character (Salesforce treats both as the same record). */
export function findActor(model: AccessModel, userId: string): Actor | undefined {
  const exact = model.actors.get(userId);
  if (exact) return exact;
  const key = idKey(userId);
  for (const a of model.actors.values()) if (idKey(a.id) === key) return a;
  return undefined;
}

/** The actor for a user Id, or the denial a tool call returns for an unknown or inactive user. */
export function resolveActor(model: AccessModel, userId: string): { actor: Actor } | { denial: Decision } {
  const actor = findActor(model, userId);
  if (!actor) return { denial: deny('unknown_actor', `user ${userId} is not in access.json`) };
  if (!actor.active) return { denial: deny('inactive_user', `user ${actor.name} (${actor.id}) is inactive and has no access`) };
  return { actor };
}
