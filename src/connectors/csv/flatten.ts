/**
 * Flattens one JSON record the way Data Loader writes records as CSV rows: compound addresses become
 * their component fields (`MailingAddress.city` → `MailingCity`), geolocations their `__Latitude__s`
 * and `__Longitude__s` fields, parent records dotted paths (`Account.Name`), and nested child lists
 * (`{"records": [...]}`) are handed back to be imported as records of their own. Pure.
 */
export interface Flattened {
  values: [string, string][];
  /** Nested child records, by the relationship that held them. */
  children: { relationship: string; records: unknown[] }[];
}

const ADDRESS_PARTS: Record<string, string> = {
  street: 'Street', city: 'City', state: 'State', postalCode: 'PostalCode', country: 'Country', stateCode: 'StateCode',
  countryCode: 'CountryCode', latitude: 'Latitude', longitude: 'Longitude', geocodeAccuracy: 'GeocodeAccuracy',
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOnly = (o: Record<string, unknown>, allowed: Record<string, unknown>) => Object.keys(o).every((k) => k in allowed);

export function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // Multi-select values come as `a;b` already; an array of scalars is joined the same way.
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return v.map(scalarText).join(';');
  return JSON.stringify(v);
}

function flattenInto(out: Flattened, key: string, value: unknown): void {
  if (!isPlainObject(value)) {
    out.values.push([key, scalarText(value)]);
    return;
  }
  if (Array.isArray(value.records)) {
    out.children.push({ relationship: key, records: value.records });
    return;
  }
  if (/Address$/.test(key) && !('attributes' in value) && hasOnly(value, ADDRESS_PARTS)) {
    const prefix = key.slice(0, -'Address'.length);
    for (const [part, v] of Object.entries(value)) out.values.push([prefix + ADDRESS_PARTS[part], scalarText(v)]);
    return;
  }
  if (key.endsWith('__c') && hasOnly(value, { latitude: 1, longitude: 1 })) {
    const base = key.slice(0, -'__c'.length);
    for (const [part, v] of Object.entries(value)) out.values.push([`${base}__${part === 'latitude' ? 'Latitude' : 'Longitude'}__s`, scalarText(v)]);
    return;
  }
  for (const [sub, v] of Object.entries(value)) if (sub !== 'attributes') flattenInto(out, `${key}.${sub}`, v);
}

export function flattenRecord(record: Record<string, unknown>): Flattened {
  const out: Flattened = { values: [], children: [] };
  for (const [key, value] of Object.entries(record)) if (key !== 'attributes') flattenInto(out, key, value);
  return out;
}
