/**
 * Test support: the finding codes' rules (defect-rules.ts) re-implemented directly against CSV values
 * with off-the-shelf tools (libphonenumber-js, i18n names from countries.ts, regular expressions),
 * deliberately not through the generator's own helpers. Each check answers: does this field of this
 * record break the rule? The tests then compare those answers with defects.json.
 */
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import { isValidPhoneNumber as isValidPhoneMin } from 'libphonenumber-js';
import { isSalesforceId } from '../../core/salesforce-id.js';
import type { FieldDef, SnapshotSchema } from '../../core/snapshot-files.js';
import { COUNTRIES, COUNTRY_SPELLINGS } from '../countries.js';
import { CITIES } from '../data/places.js';
import { AMOUNT_OUTLIER_MIN, BIRTHDATE_MIN, FAR_DATE_YEARS, PLACEHOLDER_EMAIL_DOMAINS, PLACEHOLDER_EMAILS, PLACEHOLDER_TEXT, RESERVED_TLDS, STALE_DAYS } from '../defect-rules.js';
import type { Row } from './read-snapshot.js';

const DAY = 86_400_000;
const day = (iso: string): number => Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY);

export const EMAIL_RE = /^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
export const URL_RE = /^(https?:\/\/)?([A-Za-z0-9-]+\.)+[A-Za-z]{2,}(\/\S*)?$/;

export function isPlaceholderText(v: string): boolean {
  const t = v.trim().toLowerCase();
  return t !== '' && PLACEHOLDER_TEXT.some((p) => p.toLowerCase() === t);
}

export function isPlaceholderEmail(v: string): boolean {
  const e = v.trim().toLowerCase();
  if (PLACEHOLDER_EMAILS.includes(e)) return true;
  const domain = e.slice(e.lastIndexOf('@') + 1);
  return PLACEHOLDER_EMAIL_DOMAINS.includes(domain) || RESERVED_TLDS.includes(domain.slice(domain.lastIndexOf('.') + 1));
}

/** ISO code of a record's country, whatever spelling it uses. */
export function countryOf(value: string): string | undefined {
  return COUNTRY_SPELLINGS.get(value);
}

const COUNTRY_FIELD: Record<string, string> = { Account: 'BillingCountry', Contact: 'MailingCountry', Lead: 'Country' };
export const countryField = (object: string): string | undefined => COUNTRY_FIELD[object];

export function isValidPhoneFor(value: string, iso: string): boolean {
  return isValidPhoneNumber(value, iso as CountryCode) && isValidPhoneMin(value, iso as CountryCode);
}

export function isCanonicalCountry(v: string): boolean {
  return COUNTRIES.some((c) => c.name === v);
}

export function isShortState(v: string, iso: string): boolean {
  return CITIES[iso]?.some((c) => c.stateShort !== '' && c.stateShort === v && c.state !== v) ?? false;
}

export function isCanonicalStateOrBlank(v: string, iso: string): boolean {
  return v === '' || (CITIES[iso]?.some((c) => c.state === v) ?? false);
}

function yearsFromAsOf(iso: string, asOf: string): number {
  return Math.abs(day(iso) - day(asOf)) / 365.25;
}

export function outOfRange(object: string, field: string, v: string, asOf: string): boolean {
  if (v === '') return false;
  switch (field) {
    case 'Amount': return Number(v) < 0 || Number(v) >= AMOUNT_OUTLIER_MIN;
    case 'NumberOfEmployees': case 'AnnualRevenue': return Number(v) < 0;
    case 'CloseDate': case 'ActivityDate': return yearsFromAsOf(v, asOf) >= FAR_DATE_YEARS;
    case 'Birthdate': return day(v) > day(asOf) || v < BIRTHDATE_MIN;
    default: return false;
  }
}

type StageMeta = { probability: number; closed: boolean; won: boolean; forecastCategory: string };

/** Which inconsistency fields an opportunity/case/lead/task row violates (only between valid values). */
export function inconsistentFields(object: string, r: Row, schema: SnapshotSchema, asOf: string): string[] {
  const out: string[] = [];
  if (object === 'Opportunity') {
    const meta = schema.objects.Opportunity.fields.StageName.valueMeta?.[r.StageName] as StageMeta | undefined;
    if (!meta) return out;
    if (r.Probability !== '' && Number(r.Probability) !== meta.probability) out.push('Probability');
    if (r.IsClosed !== String(meta.closed)) out.push('IsClosed');
    if (r.IsWon !== String(meta.won)) out.push('IsWon');
    if (r.ForecastCategoryName !== meta.forecastCategory) out.push('ForecastCategoryName');
    if (!meta.closed && r.IsClosed === 'false' && r.CloseDate !== '' && day(r.CloseDate) < day(asOf)) out.push('CloseDate');
    if (meta.won && r.Amount === '') out.push('Amount');
  } else if (object === 'Case') {
    if (r.Status === 'Closed' && r.ClosedDate === '') out.push('ClosedDate');
    if (r.Status !== '' && schema.objects.Case.fields.Status.values!.includes(r.Status) && (r.IsClosed === 'true') !== (r.Status === 'Closed')) out.push('IsClosed');
  } else if (object === 'Lead') {
    if (schema.objects.Lead.fields.Status.values!.includes(r.Status) && (r.IsConverted === 'true') !== (r.Status === 'Closed - Converted')) out.push('IsConverted');
  } else if (object === 'Task') {
    if (schema.objects.Task.fields.Status.values!.includes(r.Status) && (r.IsClosed === 'true') !== (r.Status === 'Completed')) out.push('IsClosed');
  }
  return out;
}

/** Open/closed read from the status field; undefined when that field holds no valid value. */
export function isOpen(object: string, r: Row, schema: SnapshotSchema): boolean | undefined {
  const status = (field: string) => {
    const f = schema.objects[object].fields[field];
    return f.values!.includes(r[field]) ? r[field] : undefined;
  };
  switch (object) {
    case 'Account': case 'Contact': return true;
    case 'Lead': { const s = status('Status'); return s === undefined ? undefined : !s.startsWith('Closed'); }
    case 'Opportunity': {
      const s = status('StageName');
      return s === undefined ? undefined : !(schema.objects.Opportunity.fields.StageName.valueMeta![s] as StageMeta).closed;
    }
    case 'Case': { const s = status('Status'); return s === undefined ? undefined : s !== 'Closed'; }
    default: return undefined;
  }
}

export function isStale(object: string, r: Row, schema: SnapshotSchema, asOf: string): boolean {
  const limit = STALE_DAYS[object];
  if (limit === undefined || isOpen(object, r, schema) !== true) return false;
  const old = (v: string | undefined) => v === undefined || v === '' || day(asOf) - day(v) > limit;
  return day(asOf) - day(r.LastModifiedDate) > limit && old(r.LastActivityDate);
}

export function picklistViolation(f: FieldDef, v: string): boolean {
  return (f.type === 'picklist') && v !== '' && !f.values!.includes(v);
}

export function isWellFormedId(v: string): boolean {
  return isSalesforceId(v);
}

/** Lower-case ASCII letters only: for comparing names across spellings. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
