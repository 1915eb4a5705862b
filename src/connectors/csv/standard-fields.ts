/**
 * What the Salesforce-shaped profiles (Data Loader CSV, tree JSON) know about fields: the canonical
 * model first, then the system fields every Salesforce object carries. Names are matched without
 * regard to case because older Data Loader versions write headers in upper case (`ID`, `ACCOUNTID`).
 */
import type { FieldDef } from '../../core/snapshot-files.js';
import { CANONICAL_OBJECTS } from '../../snapshot/canonical/index.js';
import { KNOWN_PREFIXES } from './key-prefixes.js';

const datetime = (label: string): FieldDef => ({ type: 'datetime', label });
const userRef = (label: string): FieldDef => ({ type: 'reference', label, referenceTo: ['User'] });

/** Fields every object has (or may have), whatever its kind. */
const SYSTEM_FIELDS: Record<string, (object: string) => FieldDef> = {
  Id: () => ({ type: 'id', label: 'Record ID' }),
  IsDeleted: () => ({ type: 'boolean', label: 'Deleted' }),
  CreatedDate: () => datetime('Created Date'),
  CreatedById: () => userRef('Created By ID'),
  LastModifiedDate: () => datetime('Last Modified Date'),
  LastModifiedById: () => userRef('Last Modified By ID'),
  SystemModstamp: () => datetime('System Modstamp'),
  LastViewedDate: () => datetime('Last Viewed Date'),
  LastReferencedDate: () => datetime('Last Referenced Date'),
  // Outside the canonical model an owner may be a queue, so the reference is not required.
  OwnerId: () => ({ type: 'reference', label: 'Owner ID', referenceTo: ['Group', 'User'] }),
  RecordTypeId: () => ({ type: 'reference', label: 'Record Type ID', referenceTo: ['RecordType'] }),
  MasterRecordId: (object) => ({ type: 'reference', label: 'Master Record ID', referenceTo: [object] }),
};

const lower = (names: Iterable<string>) => new Map([...names].map((n) => [n.toLowerCase(), n]));
const OBJECT_NAMES = lower([...Object.keys(CANONICAL_OBJECTS), ...Object.keys(KNOWN_PREFIXES)]);
const SYSTEM_NAMES = lower(Object.keys(SYSTEM_FIELDS));
const FIELD_NAMES = new Map(Object.entries(CANONICAL_OBJECTS).map(([o, def]) => [o, lower(Object.keys(def.fields))]));

/** `account` → `Account`; unknown names are kept as written. */
export function standardObjectName(name: string): string {
  return OBJECT_NAMES.get(name.toLowerCase()) ?? name;
}

/** `ACCOUNTID` on Contact → `AccountId`; unknown names are kept as written. */
export function standardFieldName(object: string, name: string): string {
  const key = name.toLowerCase();
  return FIELD_NAMES.get(object)?.get(key) ?? SYSTEM_NAMES.get(key) ?? name;
}

/** A copy of the canonical or system definition of a field, or undefined when neither knows it. */
export function standardFieldDef(object: string, field: string): FieldDef | undefined {
  const canonical = CANONICAL_OBJECTS[object]?.fields[field];
  if (canonical) return structuredClone(canonical);
  return SYSTEM_FIELDS[field]?.(object);
}

export function canonicalLabel(object: string): string | undefined {
  return CANONICAL_OBJECTS[object]?.label;
}

/**
 * The field through which a nested child record points at its parent. The canonical model knows it
 * for standard pairs (Contact → Account: AccountId; Task → Account: WhatId); otherwise Salesforce's
 * naming habit is followed — `AccountId` for a standard parent, `Experience__c` for a custom one —
 * and the caller warns that it is a guess.
 */
export function parentLookup(child: string, parent: string): { field: string; guessed: boolean } {
  const fields = CANONICAL_OBJECTS[child]?.fields ?? {};
  const known = Object.entries(fields).find(([, f]) => f.type === 'reference' && f.referenceTo?.includes(parent) && f.referenceTo.length <= 3);
  if (known) return { field: known[0], guessed: false };
  return { field: parent.endsWith('__c') ? parent : `${parent}Id`, guessed: true };
}
