/**
 * schema.json field definitions → the describe results a real org would give for them: Salesforce
 * type names, lengths, nillable/createable/defaulted as Salesforce sets them, picklist entries,
 * permissionable flags, and compound address fields beside their components (as real describes
 * list them), so the connector has to skip them as it must in a real org.
 */
import type { FieldDef } from '../../../core/snapshot-files.js';
import type { SfField } from '../type-mapping.js';

const SF_TYPE: Record<string, string> = { number: 'double' };
const DEFAULT_LENGTH: Record<string, number> = { string: 255, textarea: 32000, email: 80, phone: 40, url: 255, picklist: 255, multipicklist: 4099, id: 18, reference: 18 };
const DEFAULT_PRECISION: Record<string, [number, number]> = { number: [18, 0], currency: [18, 2], percent: [3, 0] };
/** Fields Salesforce always shows (no field-level security on them). */
const ALWAYS_VISIBLE = new Set(['Id', 'IsDeleted', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'OwnerId', 'LastActivityDate', 'LastViewedDate', 'LastReferencedDate']);
const SYSTEM = new Set(['Id', 'IsDeleted', 'CreatedDate', 'CreatedById', 'LastModifiedDate', 'LastModifiedById', 'SystemModstamp', 'LastActivityDate']);
const ADDRESS_PARTS = ['Street', 'City', 'State', 'PostalCode', 'Country', 'StateCode', 'CountryCode', 'Latitude', 'Longitude', 'GeocodeAccuracy'];
const ADDRESS_PREFIXES = ['Billing', 'Shipping', 'Mailing', 'Other', ''];

export function describeField(name: string, def: FieldDef | undefined): SfField {
  const type = def?.type ?? 'string';
  const [precision, scale] = DEFAULT_PRECISION[type] ?? [0, 0];
  const required = def?.required === true;
  return {
    name, type: SF_TYPE[type] ?? type, label: def?.label ?? name,
    length: def?.maxLength ?? DEFAULT_LENGTH[type] ?? 0,
    precision: (def?.precision as number | undefined) ?? precision, scale: (def?.scale as number | undefined) ?? scale,
    nillable: !required && type !== 'id' && type !== 'boolean',
    createable: !SYSTEM.has(name),
    defaultedOnCreate: type === 'boolean' || SYSTEM.has(name),
    unique: def?.unique === true,
    picklistValues: (def?.values ?? []).map((value) => ({ value, label: value, active: true })),
    referenceTo: def?.referenceTo ?? [],
    compoundFieldName: null,
    permissionable: !required && type !== 'id' && !ALWAYS_VISIBLE.has(name),
  };
}

/** The describe field list: the given fields in order, each compound address after its last part. */
export function describeFields(columns: string[], defs: Record<string, FieldDef>): SfField[] {
  const fields = columns.map((c) => describeField(c, defs[c]));
  for (const prefix of ADDRESS_PREFIXES) {
    const parts = fields.filter((f) => ADDRESS_PARTS.some((p) => f.name === prefix + p));
    if (parts.length < 2) continue;
    const compound = `${prefix}Address`;
    for (const p of parts) p.compoundFieldName = compound;
    const last = fields.indexOf(parts[parts.length - 1]);
    fields.splice(last + 1, 0, { name: compound, type: 'address', label: `${prefix || 'Lead'} Address`, nillable: true, createable: false, permissionable: true, compoundFieldName: null });
  }
  return fields;
}
