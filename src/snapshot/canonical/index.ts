/**
 * The canonical CRM model: standard Salesforce API names, types, required fields and picklists for
 * the objects the default access model covers. Generators and import profiles produce it; other
 * objects load as-is with the types their schema.json gives.
 */
import type { ObjectDef, SnapshotSchema } from '../../core/snapshot-files.js';
import { Account } from './account.js';
import { Case } from './case.js';
import { Contact } from './contact.js';
import { Lead } from './lead.js';
import { Opportunity } from './opportunity.js';
import { Task } from './task.js';
import { User, UserRole } from './user.js';

export const CANONICAL_OBJECTS: Record<string, ObjectDef> = { Account, Contact, Lead, Opportunity, Case, Task, User, UserRole };

/** A deep copy, so callers can trim or extend it without touching the shared definition. */
export function canonicalSchema(objects: string[] = Object.keys(CANONICAL_OBJECTS)): SnapshotSchema {
  return { objects: Object.fromEntries(objects.filter((o) => CANONICAL_OBJECTS[o]).map((o) => [o, structuredClone(CANONICAL_OBJECTS[o])])) };
}

export { STAGES } from './opportunity.js';
export { LEAD_STATUS } from './lead.js';
export { CASE_STATUS } from './case.js';
export { TASK_STATUS } from './task.js';
export { INDUSTRY, LEAD_SOURCE } from './fields.js';
