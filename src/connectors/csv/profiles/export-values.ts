/**
 * Value conventions of CRM exports that are not Salesforce's, shared by the HubSpot and Dynamics 365
 * profiles: locale dates and times → ISO 8601 (UTC, as the exports carry no zone), money with symbols
 * and thousands separators → plain numbers, Yes/No → true/false, column labels → custom API names.
 * Values that do not match a convention are kept as written, for the audit to report. Pure.
 */
import type { FieldDef } from '../../../core/snapshot-files.js';
import { standardFieldDef } from '../standard-fields.js';

const pad = (n: string | number) => String(n).padStart(2, '0');

const ISO_SPACE = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

function hours(h: string, ampm: string | undefined): number {
  const n = Number(h) % 12;
  if (!ampm) return Number(h);
  return ampm.toLowerCase() === 'pm' ? n + 12 : n;
}

/** `2024-03-05 14:22`, `3/5/2024 2:22 PM` → `2024-03-05T14:22:00.000Z`. */
export function isoDateTime(v: string): string {
  const s = v.trim();
  let m = ISO_SPACE.exec(s);
  if (m) {
    if (m[5] && m[5] !== 'Z') return new Date(s.replace(' ', 'T')).toISOString();
    return `${m[1]}T${pad(m[2])}:${m[3]}:${m[4] ?? '00'}.000Z`;
  }
  m = US.exec(s);
  if (m) return `${m[3]}-${pad(m[1])}-${pad(m[2])}T${pad(m[4] ? hours(m[4], m[7]) : 0)}:${m[5] ?? '00'}:${m[6] ?? '00'}.000Z`;
  return v;
}

/** `2024-03-05 14:22`, `3/5/2024` → `2024-03-05`. */
export function isoDate(v: string): string {
  const s = v.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T].*)?$/.exec(s);
  if (iso) return iso[1];
  const us = US.exec(s);
  return us ? `${us[3]}-${pad(us[1])}-${pad(us[2])}` : v;
}

/** `$1,200,000.00`, `1 200 000 €` → `1200000.00`. */
export function plainNumber(v: string): string {
  const m = /^\s*[^\d\s.,-]*\s*(-?\d{1,3}(?:[, ]\d{3})+|-?\d+)(\.\d+)?\s*[^\d\s.,-]*\s*$/.exec(v);
  return m ? m[1].replace(/[, ]/g, '') + (m[2] ?? '') : v;
}

export function yesNo(v: string): string {
  return /^(yes|true)$/i.test(v.trim()) ? 'true' : /^(no|false)$/i.test(v.trim()) ? 'false' : v;
}

/** The first of `;`-separated associated Ids (the primary association comes first in exports). */
export const firstId = (v: string): string => v.split(/[;,]/)[0].trim();

/** A column label no mapping knows → a custom field API name: `Lifecycle Stage` → `Lifecycle_Stage__c`. */
export function customName(label: string): string {
  const base = label.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').replace(/^(\d)/, 'X$1');
  return `${base || 'Column'}__c`;
}

export type ValueKind = 'datetime' | 'date' | 'number' | 'boolean' | 'firstId';
export const CONVERT: Record<ValueKind, (v: string) => string> = { datetime: isoDateTime, date: isoDate, number: plainNumber, boolean: yesNo, firstId };

/** An export column: the canonical field it fills and how its values are written. */
export type Column = [field: string, kind?: ValueKind];

/**
 * What the HubSpot and Dynamics profiles share: a column lookup (per object, then common to all,
 * case-insensitive), a value converter by the column's kind, and standard fields typed by the
 * canonical model unless the export's own vocabulary says otherwise.
 */
export function exportColumns(columns: Record<string, Record<string, Column>>, common: Record<string, Column>, ownDefs: Record<string, FieldDef>) {
  const kinds = new Map(Object.entries(columns).flatMap(([o, cols]) => [...Object.values(cols), ...Object.values(common)].filter((c) => c[1]).map((c) => [`${o}.${c[0]}`, c[1] as ValueKind])));
  const column = (object: string, name: string): Column | undefined => {
    const key = name.trim().toLowerCase();
    return columns[object]?.[key] ?? common[key];
  };
  return {
    fieldName: (object: string, columnName: string) => column(object, columnName)?.[0] ?? customName(columnName),
    convert(object: string, field: string, value: string): string {
      const kind = kinds.get(`${object}.${field}`);
      return kind ? CONVERT[kind](value) : value;
    },
    fieldDef(object: string, field: string): FieldDef | undefined {
      const own = ownDefs[`${object}.${field}`];
      if (own) return structuredClone(own);
      return field.endsWith('__c') ? undefined : standardFieldDef(object, field);
    },
  };
}
