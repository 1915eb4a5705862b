/**
 * One object's describe → what to pull and how to write it down: its schema.json definition, the
 * fields to query (in describe order, compound fields replaced by their components), the fields left
 * out and why, and the field that --where-since filters on. Pure.
 */
import type { FieldDef, ObjectDef } from '../../core/snapshot-files.js';
import { CANONICAL_OBJECTS } from '../../snapshot/canonical/index.js';
import { mapField, type SfField } from './type-mapping.js';

export interface SfDescribe {
  name: string;
  label?: string;
  queryable?: boolean;
  fields: SfField[];
}

export interface DescribedObject {
  object: string;
  def: ObjectDef;
  /** Fields to select, in order; the snapshot's CSV header. */
  fields: string[];
  /** Field → why it is not in the snapshot. */
  skipped: Record<string, string>;
  /** Fields whose visibility field-level security controls (FieldPermissions rows exist for them). */
  permissionable: string[];
  /** LastModifiedDate, else SystemModstamp, else undefined. */
  sinceField?: string;
}

export const HIDDEN_REASON = 'not visible to the integration user (field-level security), or not in this org';

export function describeObject(d: SfDescribe): DescribedObject {
  const fields: Record<string, FieldDef> = {};
  const skipped: Record<string, string> = {};
  const permissionable: string[] = [];
  for (const f of d.fields) {
    // A compound field is not missing from the snapshot: its components carry its values.
    if (f.type === 'address' || f.type === 'location') continue;
    const m = mapField(f);
    if ('skip' in m) skipped[f.name] = m.skip;
    else {
      fields[f.name] = m.def;
      if (f.permissionable) permissionable.push(f.name);
    }
  }
  // A standard field the canonical model expects but the describe lacks is, in practice, one the
  // integration user may not see: say so rather than leave a silent gap in the snapshot.
  for (const name of Object.keys(CANONICAL_OBJECTS[d.name]?.fields ?? {})) {
    if (!fields[name] && !skipped[name]) skipped[name] = HIDDEN_REASON;
  }
  const names = Object.keys(fields);
  const sinceField = ['LastModifiedDate', 'SystemModstamp'].find((f) => fields[f]?.type === 'datetime');
  const def: ObjectDef = d.label ? { label: d.label, fields } : { fields };
  return { object: d.name, def, fields: names, skipped, permissionable, sinceField };
}

/** Drops a field the query refused (e.g. INVALID_FIELD), recording why. */
export function withoutField(o: DescribedObject, field: string, reason: string): DescribedObject {
  const { [field]: _gone, ...fields } = o.def.fields;
  return {
    ...o,
    def: { ...o.def, fields },
    fields: o.fields.filter((f) => f !== field),
    skipped: { ...o.skipped, [field]: reason },
    permissionable: o.permissionable.filter((f) => f !== field),
  };
}
