/**
 * A Salesforce describe field → a schema.json field definition, or the reason it is not pulled.
 * Required follows what Salesforce enforces on insert: not nillable, createable and not defaulted
 * (so checkboxes and auto-numbers are not "required"). Pure.
 */
import type { FieldType } from '../../core/codes.js';
import type { FieldDef } from '../../core/snapshot-files.js';

/** The part of a DescribeSObjectResult field this connector reads. */
export interface SfField {
  name: string;
  type: string;
  label?: string;
  length?: number;
  precision?: number;
  scale?: number;
  nillable?: boolean;
  createable?: boolean;
  defaultedOnCreate?: boolean;
  unique?: boolean;
  picklistValues?: { value: string; label?: string | null; active?: boolean; defaultValue?: boolean }[];
  referenceTo?: string[];
  compoundFieldName?: string | null;
  permissionable?: boolean;
}

const TYPES: Record<string, FieldType> = {
  id: 'id', string: 'string', combobox: 'string', encryptedstring: 'string', time: 'string', textarea: 'textarea',
  email: 'email', phone: 'phone', url: 'url', picklist: 'picklist', multipicklist: 'multipicklist',
  int: 'number', double: 'number', long: 'number', currency: 'currency', percent: 'percent',
  date: 'date', datetime: 'datetime', boolean: 'boolean', reference: 'reference',
};

/** Types whose values are carried by other fields, or cannot be read as CSV. */
const NOT_PULLED: Record<string, string> = {
  address: 'compound address: pulled as its component fields, as Data Loader does',
  location: 'compound geolocation: pulled as its __Latitude__s/__Longitude__s fields',
  base64: 'binary content: the Bulk API cannot export it',
};

const LENGTH_TYPES = new Set<FieldType>(['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'multipicklist']);

export type MappedField = { def: FieldDef } | { skip: string };

export function mapField(f: SfField): MappedField {
  if (NOT_PULLED[f.type]) return { skip: NOT_PULLED[f.type] };
  const type = TYPES[f.type];
  if (!type) return { skip: `field type "${f.type}" has no snapshot equivalent` };
  const def: FieldDef = { type };
  if (f.label) def.label = f.label;
  if (type !== 'id' && f.nillable === false && f.createable === true && f.defaultedOnCreate !== true) def.required = true;
  if (f.unique && type !== 'id') def.unique = true;
  if (LENGTH_TYPES.has(type) && f.length && f.length > 0) def.maxLength = f.length;
  if (type === 'picklist' || type === 'multipicklist') def.values = (f.picklistValues ?? []).filter((v) => v.active !== false).map((v) => v.value);
  // The org's default value is what a new record gets when a writer leaves the field empty (the sandbox does the same).
  const fallback = (f.picklistValues ?? []).find((v) => v.active !== false && v.defaultValue === true);
  if (fallback && def.values) def.valueMeta = { ...(def.valueMeta ?? {}), [fallback.value]: { ...(def.valueMeta?.[fallback.value] ?? {}), default: true } };
  if (type === 'reference') def.referenceTo = [...(f.referenceTo ?? [])];
  // Kept as facts for readers; not turned into min/max, which the audit would treat as business rules.
  if ((type === 'number' || type === 'currency' || type === 'percent') && f.precision) {
    def.precision = f.precision;
    def.scale = f.scale ?? 0;
  }
  return { def };
}
