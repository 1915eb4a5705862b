/**
 * Record-level access: who may see or edit one record. The owner; users above the owner in the role
 * hierarchy; everyone when the object's org-wide default is Read (read) or ReadWrite (read and
 * edit); and for `ControlledByParent` objects, whoever may see (or edit) the parent — the Account for
 * contacts, opportunities and cases, the WhatId/WhoId record for tasks. Pure: parents come from a
 * lookup the caller supplies (the sandbox, so records the AI created are judged the same way).
 */
import { idKey, type AccessModel, type Actor, type SharingModel } from './access-model.js';
import { allow, deny, type Decision } from './decision.js';

export type RecordValues = Readonly<Record<string, unknown>>;
/** Finds a record by Id in any object (polymorphic WhatId/WhoId) or in the given one. */
export type RecordLookup = (id: string, object?: string) => { object: string; record: RecordValues } | undefined;

const MAX_PARENT_DEPTH = 3;

export function sharingModel(model: AccessModel, object: string): SharingModel {
  const listed = model.orgDefaults[object];
  if (listed) return listed;
  // Not listed: an owned object is private (safe default); an unowned one is governed by object permissions alone.
  return model.schema.objects[object]?.fields.OwnerId ? 'Private' : 'ReadWrite';
}

/** The fields through which a ControlledByParent record inherits access. */
export function parentFields(model: AccessModel, object: string): string[] {
  const fields = model.schema.objects[object]?.fields ?? {};
  if (fields.WhatId || fields.WhoId) return ['WhatId', 'WhoId'].filter((f) => fields[f]);
  if (fields.AccountId) return ['AccountId'];
  return Object.entries(fields).filter(([, d]) => d.type === 'reference' && d.referenceTo?.includes('Account')).map(([f]) => f);
}

export function recordDecision(model: AccessModel, actor: Actor, object: string, record: RecordValues, op: 'read' | 'edit', lookup: RecordLookup, depth = 0): Decision {
  const label = `${object} ${String(record.Id ?? '(new)')}`;
  if (!actor.active) return deny('inactive_user', `user ${actor.name} is inactive and has no access`);
  if (actor.modifyAllData) return allow(`${actor.name} has Modify All Data`);
  if (op === 'read' && actor.viewAllData) return allow(`${actor.name} has View All Data`);
  const owner = typeof record.OwnerId === 'string' && record.OwnerId ? idKey(record.OwnerId) : undefined;
  if (owner && owner === idKey(actor.id)) return allow(`${actor.name} owns ${label}`);
  if (owner && actor.subordinates.has(owner)) {
    return allow(`${label} is owned by ${model.users.get(owner)?.name ?? owner}, below ${actor.roleName} in the role hierarchy`);
  }
  const sharing = sharingModel(model, object);
  if (sharing === 'ReadWrite') return allow(`${object}'s org-wide default is Public Read/Write`);
  if (sharing === 'Read') {
    return op === 'read' ? allow(`${object}'s org-wide default is Public Read Only`)
      : deny('record_not_editable', `${label} is read-only to ${actor.name}: ${object}'s org-wide default is Public Read Only and ${actor.name} neither owns it nor sits above its owner`);
  }
  if (sharing === 'ControlledByParent' && depth < MAX_PARENT_DEPTH) {
    for (const field of parentFields(model, object)) {
      const parentId = record[field];
      if (typeof parentId !== 'string' || !parentId) continue;
      const parent = lookup(parentId);
      if (!parent) continue;
      const d = recordDecision(model, actor, parent.object, parent.record, op, lookup, depth + 1);
      if (d.allowed) return allow(`${label} is controlled by its parent ${parent.object} ${parentId}, which ${actor.name} may ${op}`);
    }
  }
  const why = sharing === 'ControlledByParent' ? `${actor.name} may not ${op} its parent record` : `${object} is Private and ${actor.name} neither owns it nor sits above its owner in the role hierarchy`;
  return deny(op === 'read' ? 'record_not_visible' : 'record_not_editable', `${label} is not ${op === 'read' ? 'visible' : 'editable'} to ${actor.name}: ${why}`);
}
