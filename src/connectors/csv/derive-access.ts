/**
 * A permissive access.json for exports that carry no permissions: one "Imported (full access)"
 * profile with CRUD on every imported object, org-wide defaults as open as Salesforce allows for each
 * object, and a user per distinct owner/creator seen (names and emails from User.csv when imported),
 * or one placeholder admin. The import warns that permission checks mean nothing until a real
 * access.json is supplied.
 */
import { makeId, to18 } from '../../core/salesforce-id.js';
import type { AccessFileInput } from '../../core/snapshot-files.js';
import type { SharingModel } from '../../core/codes.js';

export interface SeenUser { id: string; name?: string; email?: string; active?: boolean }

/** Columns whose values are the users who own or created records. */
export const USER_COLUMNS: ReadonlySet<string> = new Set(['OwnerId', 'CreatedById']);

/**
 * Salesforce caps some objects' sharing: activities always follow their parent (and the contract
 * defines that for Task), users can at most be read by everyone. Everything else is ReadWrite.
 */
const SHARING_CAP: Record<string, SharingModel> = { Task: 'ControlledByParent', Event: 'ControlledByParent', User: 'Read' };

export const FULL_ACCESS_PROFILE_ID = makeId('Profile', 1);

export class UserTracker {
  private readonly users = new Map<string, SeenUser>();
  /** Raw values already handled: owner columns repeat a few Ids across millions of rows. */
  private readonly seen = new Set<string>();

  /** An owner or creator Id; queues (00G) own records but are not users. */
  sawOwner(id: string): void {
    if (this.seen.has(id)) return;
    this.seen.add(id);
    if (/^005[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/.test(id) && !this.users.has(to18(id))) this.users.set(to18(id), { id });
  }

  /** A row of User.csv: the user's name, email and active flag. */
  sawUserRow(row: Record<string, string>): void {
    if (!row.Id) return;
    const name = row.Name || [row.FirstName, row.LastName].filter(Boolean).join(' ') || row.Username || undefined;
    const active = row.IsActive ? /^true$/i.test(row.IsActive) : undefined;
    this.users.set(to18(row.Id), { id: row.Id, name, email: row.Email || undefined, active });
  }

  list(): SeenUser[] {
    return [...this.users.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

export function deriveAccess(objects: string[], users: SeenUser[]): AccessFileInput {
  const sorted = [...objects].sort();
  const all = users.length ? users : [{ id: makeId('User', 1), name: 'Imported admin (placeholder)' }];
  return {
    orgDefaults: Object.fromEntries(sorted.map((o) => [o, SHARING_CAP[o] ?? 'ReadWrite'])),
    roles: [],
    profiles: [{
      id: FULL_ACCESS_PROFILE_ID,
      name: 'Imported (full access)',
      objects: Object.fromEntries(sorted.map((o) => [o, { create: true, read: true, edit: true, delete: true }])),
      fields: {},
    }],
    permissionSets: [],
    assignments: [],
    users: all.map((u) => ({
      id: u.id,
      name: u.name ?? `Imported user ${u.id}`,
      ...(u.email ? { email: u.email } : {}),
      roleId: null,
      profileId: FULL_ACCESS_PROFILE_ID,
      active: u.active ?? true,
    })),
  };
}
