/**
 * Infers a field's type from its values, for columns no profile knows. Keeps only a few flags per
 * column (a value can only ever rule types out), so a million-row column costs the same as ten.
 * Never infers a picklist: a set of values seen is not the set of values allowed.
 */
import { isSalesforceId } from '../../core/salesforce-id.js';
import type { FieldDef } from '../../core/snapshot-files.js';

export interface ColumnStats {
  values: number; // non-empty values seen
  boolean: boolean;
  number: boolean;
  date: boolean;
  datetime: boolean;
  sfId: boolean;
  id18: boolean;
  email: boolean;
  url: boolean;
  phone: boolean;
  multiLine: boolean;
  maxLength: number;
  /** Key prefixes of the Id values (capped: a reference points to a handful of objects). */
  prefixes: Set<string>;
}

const MAX_PREFIXES = 16;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const LEADING_ZERO = /^[+-]?0\d/; // 00123 is a code (zip, account number), not a number
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[A-Za-z]{2,}$/;
const URL = /^(?:https?:\/\/|www\.)[^\s]+$/i;
const PHONE = /^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?)\s*\d+)?$/i;

export function newColumnStats(): ColumnStats {
  return {
    values: 0, boolean: true, number: true, date: true, datetime: true, sfId: true, id18: true,
    email: true, url: true, phone: true, multiLine: false, maxLength: 0, prefixes: new Set(),
  };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD naming a real day (runs once per cell of date columns: no Date objects). */
export function isCalendarDate(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS[mo - 1] + (leap ? 1 : 0);
}

function isPhone(v: string): boolean {
  if (!PHONE.test(v) || DATE.test(v)) return false;
  const ext = /(?:x|ext\.?)\s*\d+$/i.exec(v);
  const main = ext ? v.slice(0, ext.index) : v;
  let digits = 0;
  for (let i = 0; i < main.length; i++) if (main.charCodeAt(i) >= 48 && main.charCodeAt(i) <= 57) digits++;
  return digits >= 7 && digits <= 15;
}

/** Folds one value into the column's stats (mutates: this runs once per cell). */
export function observe(s: ColumnStats, value: string): void {
  if (value === '') return;
  s.values++;
  if (value.length > s.maxLength) s.maxLength = value.length;
  if (!s.multiLine && (value.includes('\n') || value.includes('\r'))) s.multiLine = true;
  if (s.boolean) s.boolean = /^(?:true|false)$/i.test(value);
  if (s.number) s.number = NUMBER.test(value) && !LEADING_ZERO.test(value);
  if (s.date) s.date = isCalendarDate(value);
  if (s.datetime) s.datetime = DATETIME.test(value) && isCalendarDate(value.slice(0, 10));
  if (s.sfId) {
    s.sfId = isSalesforceId(value);
    if (s.sfId && s.prefixes.size < MAX_PREFIXES) s.prefixes.add(value.slice(0, 3));
  }
  if (s.id18) s.id18 = value.length === 18 && s.sfId;
  if (s.email) s.email = EMAIL.test(value);
  if (s.url) s.url = URL.test(value);
  if (s.phone) s.phone = isPhone(value);
}

/**
 * The type the stats allow, most specific first (an empty column is a string, or a reference when its
 * name is `<KnownObject>Id`). `Id` holding Salesforce Ids is the record Id;
 * another `…Id` column (or a custom `…__c` one holding 18-char Ids, which carry a checksum) is a
 * reference, pointing to the objects its key prefixes name where `prefixIndex` knows them.
 */
export function inferFieldDef(column: string, s: ColumnStats, prefixIndex: ReadonlyMap<string, string>): FieldDef {
  if (s.values === 0) {
    // Nothing to go on but the name: `CampaignId` is, by Salesforce's naming, a lookup to Campaign.
    const target = /^(.+)Id$/.exec(column)?.[1];
    return target && [...prefixIndex.values()].includes(target) ? { type: 'reference', referenceTo: [target] } : { type: 'string' };
  }
  if (s.boolean) return { type: 'boolean' };
  if (s.sfId && column === 'Id') return { type: 'id' };
  if ((s.sfId && /Id$/.test(column)) || (s.id18 && /__c$/.test(column))) {
    const targets = [...new Set([...s.prefixes].map((p) => prefixIndex.get(p)).filter((o): o is string => !!o))].sort();
    return targets.length ? { type: 'reference', referenceTo: targets } : { type: 'reference' };
  }
  if (s.number) return { type: 'number' };
  if (s.date) return { type: 'date' };
  if (s.datetime) return { type: 'datetime' };
  if (s.email) return { type: 'email' };
  if (s.url) return { type: 'url' };
  if (s.phone) return { type: 'phone' };
  return { type: s.multiLine || s.maxLength > 255 ? 'textarea' : 'string' };
}

/** Convenience for tests and small callers: infer straight from a list of values. */
export function inferFromValues(column: string, values: string[], prefixIndex: ReadonlyMap<string, string> = new Map()): FieldDef {
  const s = newColumnStats();
  for (const v of values) observe(s, v);
  return inferFieldDef(column, s, prefixIndex);
}
