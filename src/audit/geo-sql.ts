/** SQL for "which country is this record in", as constant CASE expressions built from the facts. */
import type { AuditContext } from './check-types.js';
import { isCountryField } from './facts.js';
import { lit, text } from './sql.js';

/** ISO code of the value in a country field, NULL when blank or not a country. */
export function countryIso(ctx: AuditContext, object: string, field: string): string {
  const spellings = Object.entries(ctx.facts.countrySpellings[`${object}.${field}`] ?? {}).filter(([, iso]) => iso);
  if (!spellings.length) return 'NULL';
  return `CASE lower(${text(field)}) ${spellings.map(([v, iso]) => `WHEN ${lit(v)} THEN ${lit(iso!)}`).join(' ')} END`;
}

/**
 * countryIso as a derived column (stage 1), for checks that read it in several places: a CASE over
 * a CASE repeats the inner one in every branch, per record. `sql` is the literal NULL when the field
 * holds no known country.
 */
export function countryIsoColumn(ctx: AuditContext, object: string, field: string): { sql: string; derive: Record<string, string> } {
  const iso = countryIso(ctx, object, field);
  if (iso === 'NULL') return { sql: iso, derive: {} };
  const name = `${field}__iso`;
  return { sql: `d."${name.replace(/"/g, '""')}"`, derive: { [name]: iso } };
}

const PREFERENCE = ['Mailing', 'Billing', '', 'Shipping', 'Other'];

/** The country field that goes with an address part: MailingState → MailingCountry, State → Country. */
export function countryFieldFor(ctx: AuditContext, object: string, field: string): string | undefined {
  const m = /^(.*?)(State|PostalCode|City|Street|StateCode)$/.exec(field);
  const candidate = m ? `${m[1]}Country` : undefined;
  return candidate && ctx.objects[object].fileColumns.includes(candidate) ? candidate : undefined;
}

/**
 * A record's country: the first of its address country fields (in order of preference) that names
 * a known country; the org's default only for a record that names no country at all. A record whose
 * country is written in a way the lookup does not know ("Danmark" to a lookup without Danish) has
 * an unknown country (NULL), not the default: guessing would turn its phones into wrong E.164 numbers.
 */
export function recordCountryIso(ctx: AuditContext, object: string): string {
  const fields = ctx.objects[object].fileColumns.filter(isCountryField)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (!fields.length) return lit(ctx.facts.defaultCountry);
  const parts = fields.map((f) => countryIso(ctx, object, f)).filter((s) => s !== 'NULL');
  const namesNone = `CASE WHEN ${fields.map((f) => `${text(f)} IS NULL`).join(' AND ')} THEN ${lit(ctx.facts.defaultCountry)} END`;
  return `COALESCE(${[...parts, namesNone].join(', ')})`;
}

function rank(field: string): number {
  const prefix = field.replace(/Country$/, '');
  const i = PREFERENCE.indexOf(prefix);
  return i < 0 ? PREFERENCE.length : i;
}
