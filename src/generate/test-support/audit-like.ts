/**
 * Test support: runs the cheap checks of independent-checks.ts over every field of every record and
 * lists what they find as (object, id, field, code) — what an audit would report, minus duplicates.
 */
import type { FindingCode } from '../../core/codes.js';
import {
  countryField, countryOf, EMAIL_RE, inconsistentFields, isCanonicalCountry, isPlaceholderEmail, isPlaceholderText, isShortState,
  isStale, isValidPhoneFor, outOfRange, picklistViolation, URL_RE,
} from './independent-checks.js';
import type { ReadSnapshot } from './read-snapshot.js';

export interface Finding { object: string; id: string; field?: string; code: FindingCode }

export const RECORD_OBJECTS = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Task'];
const COUNTRY_FIELDS = new Set(['BillingCountry', 'ShippingCountry', 'MailingCountry', 'Country']);
const STATE_FIELDS: Record<string, string> = { BillingState: 'BillingCountry', ShippingState: 'ShippingCountry', MailingState: 'MailingCountry', State: 'Country' };

export function auditLike(s: ReadSnapshot): Finding[] {
  const out: Finding[] = [];
  const asOf = s.manifest.asOf;
  const users = s.byId.User;
  for (const object of RECORD_OBJECTS) {
    const fields = s.schema.objects[object].fields;
    const cf = countryField(object);
    for (const r of s.rows[object]) {
      const add = (code: FindingCode, field?: string) => out.push({ object, id: r.Id, field, code });
      const iso = cf ? countryOf(r[cf]) : undefined;
      for (const [name, f] of Object.entries(fields)) {
        const v = r[name];
        if (f.required && v === '') { add('missing_required', name); continue; }
        if (v === '') continue;
        if (picklistViolation(f, v)) add('invalid_picklist', name);
        if (f.type === 'email') {
          if (isPlaceholderEmail(v)) add('placeholder_value', name);
          else if (!EMAIL_RE.test(v)) add('invalid_format', name);
          else if (v !== v.toLowerCase()) add('non_normalised', name);
        } else if (f.type === 'phone') {
          if (isPlaceholderText(v)) add('placeholder_value', name);
          else if (!iso || !isValidPhoneFor(v, iso)) add('invalid_format', name);
        } else if (f.type === 'url') {
          if (isPlaceholderText(v)) add('placeholder_value', name);
          else if (!URL_RE.test(v)) add('invalid_format', name);
        } else if ((f.type === 'string' || f.type === 'textarea') && isPlaceholderText(v)) {
          add('placeholder_value', name);
        } else if (COUNTRY_FIELDS.has(name) && !isCanonicalCountry(v)) {
          add('non_normalised', name);
        } else if (STATE_FIELDS[name]) {
          const stateIso = countryOf(r[STATE_FIELDS[name]]);
          if (stateIso && isShortState(v, stateIso)) add('non_normalised', name);
        }
        if (outOfRange(object, name, v, asOf)) add('out_of_range', name);
        if (f.type === 'reference' && name !== 'OwnerId') {
          const targets = (f.referenceTo ?? []).filter((t) => s.byId[t]);
          if (targets.length && !targets.some((t) => s.byId[t].has(v))) add('orphan_reference', name);
        }
      }
      for (const field of inconsistentFields(object, r, s.schema, asOf)) add('inconsistent', field);
      if (users.get(r.OwnerId)?.IsActive === 'false') add('inactive_owner', 'OwnerId');
      if (isStale(object, r, s.schema, asOf)) add('stale');
    }
  }
  return out;
}

export const findingKey = (f: { object: string; id: string; field?: string; code: string }): string => `${f.object} ${f.id} ${f.field ?? ''} ${f.code}`;
