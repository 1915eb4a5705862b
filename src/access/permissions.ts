/**
 * Object and field permissions (CRUD and field-level security) for an actor. Access is granted only
 * where the profile or a permission set lists it; permission sets only add. A field not listed
 * follows its object's read/edit permission; system fields are never editable (DESIGN "access.json").
 */
import { SYSTEM_FIELDS } from '../core/codes.js';
import type { AccessModel, Actor, FieldOp, ObjectOp } from './access-model.js';
import { allow, deny, type Decision } from './decision.js';

const SYSTEM = new Set<string>(SYSTEM_FIELDS);

function holders(actor: Actor) {
  return [{ kind: 'profile', h: actor.profile }, ...actor.permissionSets.map((h) => ({ kind: 'permission set', h }))];
}

function grantedBy(actor: Actor, object: string, op: ObjectOp): string | undefined {
  for (const { kind, h } of holders(actor)) if (h.objects[object]?.[op] === true) return `${kind} ${h.name}`;
  return undefined;
}

export function objectDecision(model: AccessModel, actor: Actor, object: string, op: ObjectOp): Decision {
  if (!model.schema.objects[object]) return deny('unknown_object', `object ${object} is not in this snapshot`);
  if (!actor.active) return deny('inactive_user', `user ${actor.name} is inactive and has no access`);
  const by = grantedBy(actor, object, op);
  if (by) return allow(`${by} grants ${op} on ${object}`);
  return deny('object_not_permitted', `profile ${actor.profile.name}${actor.permissionSets.length ? ' and its permission sets' : ''} do not grant ${op} on ${object}`);
}

/** Field-level security: explicit entries first (any holder granting wins), else the object's permission. */
export function fieldDecision(model: AccessModel, actor: Actor, object: string, field: string, op: FieldOp): Decision {
  const def = model.schema.objects[object];
  if (!def) return deny('unknown_object', `object ${object} is not in this snapshot`);
  if (!def.fields[field]) return deny('unknown_field', `field ${object}.${field} does not exist`);
  if (op === 'edit' && SYSTEM.has(field)) return deny('system_field', `field ${object}.${field} is a system field and is never editable`);
  const objectOp: ObjectOp = op === 'read' ? 'read' : 'edit';
  const object_ = objectDecision(model, actor, object, objectOp);
  if (!object_.allowed) return object_;
  const key = `${object}.${field}`;
  let listed = false;
  for (const { kind, h } of holders(actor)) {
    const entry = h.fields[key];
    if (!entry) continue;
    listed = true;
    if (entry[op] === true) return allow(`${kind} ${h.name} grants ${op} on field ${key}`);
  }
  if (listed) return deny(op === 'read' ? 'field_not_readable' : 'field_not_editable', `field ${key} is not ${op === 'read' ? 'readable' : 'editable'} by profile ${actor.profile.name}`);
  return allow(`field ${key} follows ${object}'s ${objectOp} permission`);
}

/** Fields of `object` the actor may read, in schema order; cached per actor and object by callers. */
export function readableFields(model: AccessModel, actor: Actor, object: string): string[] {
  const def = model.schema.objects[object];
  if (!def) return [];
  return Object.keys(def.fields).filter((f) => fieldDecision(model, actor, object, f, 'read').allowed);
}
