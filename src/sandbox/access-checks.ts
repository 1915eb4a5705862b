/**
 * The access questions every tool asks, answered against the sandbox's current state: may the
 * actor use this object, these fields, this record? Each returns a denial outcome or nothing, so a
 * tool reads as a list of checks and no check can be forgotten on one path.
 */
import type { Actor } from '../access/access-model.js';
import type { Decision } from '../access/decision.js';
import { fieldDecision, objectDecision, readableFields } from '../access/permissions.js';
import { recordDecision, type RecordLookup } from '../access/record-visibility.js';
import { parentFields } from '../access/record-visibility.js';
import { recordKey } from './record-key.js';
import type { RecordRow } from './record-store.js';
import { denied, type ToolOutcome, type ToolSession } from './tool-session.js';

const fromDecision = (d: Decision): ToolOutcome => denied(d.code, d.reason);

export function checkObject(s: ToolSession, actor: Actor, object: string, op: 'create' | 'read' | 'edit' | 'delete'): ToolOutcome | undefined {
  const d = objectDecision(s.access, actor, object, op);
  return d.allowed ? undefined : fromDecision(d);
}

export function checkFields(s: ToolSession, actor: Actor, object: string, fields: string[], op: 'read' | 'edit'): ToolOutcome | undefined {
  for (const f of fields) {
    const d = fieldDecision(s.access, actor, object, f, op);
    if (!d.allowed) return fromDecision(d);
  }
  return undefined;
}

const readableCache = new WeakMap<ToolSession, Map<string, string[]>>();
/** Fields the actor may read on an object (cached per session: the model does not change mid-run). */
export function readable(s: ToolSession, actor: Actor, object: string): string[] {
  let m = readableCache.get(s);
  if (!m) readableCache.set(s, (m = new Map()));
  const key = `${actor.id}\u0000${object}`;
  let fields = m.get(key);
  if (!fields) m.set(key, (fields = readableFields(s.access, actor, object)));
  return fields;
}

/** The parent records a ControlledByParent decision may need, fetched ahead so the decision stays pure. */
async function lineage(s: ToolSession, object: string, record: RecordRow, depth = 0, into = new Map<string, { object: string; record: RecordRow }>()): Promise<RecordLookup> {
  if (depth < 3) {
    for (const f of parentFields(s.access, object)) {
      const id = record[f];
      if (typeof id !== 'string' || !id || into.has(recordKey(id))) continue;
      const found = await s.sandbox.lookup(id);
      if (!found) continue;
      into.set(recordKey(id), found);
      await lineage(s, found.object, found.record, depth + 1, into);
    }
  }
  return (id) => into.get(recordKey(id));
}

export async function recordAllowed(s: ToolSession, actor: Actor, object: string, record: RecordRow, op: 'read' | 'edit'): Promise<Decision> {
  return recordDecision(s.access, actor, object, record, op, await lineage(s, object, record));
}

export async function checkRecord(s: ToolSession, actor: Actor, object: string, record: RecordRow, op: 'read' | 'edit'): Promise<ToolOutcome | undefined> {
  const d = await recordAllowed(s, actor, object, record, op);
  return d.allowed ? undefined : fromDecision(d);
}

/** Only the fields the actor may read — a hidden field is absent, not null. */
export function project(record: RecordRow, fields: string[]): RecordRow {
  const out: RecordRow = {};
  for (const f of fields) if (f in record) out[f] = record[f];
  return out;
}
