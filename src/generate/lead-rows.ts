/**
 * Lead.csv: prospects at their own companies (never an account's name), some converted into the
 * contact they became (IsConverted, Converted*Id), some re-entering a person who is already a
 * contact or already a lead — the duplicates an SDR team creates.
 */
import { accountName, hash2, leadCompanyName, type AccountName } from './account-names.js';
import { addressFor, type Address } from './addresses.js';
import { dayString } from './calendar.js';
import { CITIES } from './data/places.js';
import { COUNTRIES } from './countries.js';
import { website, websiteVariant, WEBSITE_STYLES } from './companies.js';
import type { RememberedContact } from './contact-rows.js';
import { COMPANY_PLACEHOLDERS, malformedEmail, malformedWebsite, NAME_PLACEHOLDERS, placeholderEmail, upperCaseEmail } from './corrupt.js';
import { LEAD_SOURCE } from '../snapshot/canonical/index.js';
import { DEPARTMENTS } from './data/jobs.js';
import type { DefectSink } from './defect-log.js';
import { DUPLICATE_RATE, INACTIVE_OWNER_RATE } from './defect-rates.js';
import { companyVariant, personVariant } from './duplicates.js';
import { FieldDefects } from './field-defects.js';
import { deletedId, inactiveOwnerId, type OrgContext } from './org-context.js';
import { emailLocalOf, emailToken, Lookalikes, personName } from './people.js';
import { formatPhone, landline, malformedPhone, mobile, styleCount, type PhoneNumber } from './phones.js';
import { BAD_PICKLIST } from './picklist-noise.js';
import { cell, type RowSink } from './csv-file.js';
import { Rng } from './prng.js';
import { rowDates } from './row-dates.js';
import { CLOSED, CONVERTED, DUP_OF_CONTACT, STALE } from './skeleton.js';

export const LEAD_HEADER = ['Id', 'Salutation', 'FirstName', 'LastName', 'Title', 'Company', 'Email', 'Phone', 'MobilePhone', 'Website',
  'Street', 'City', 'State', 'PostalCode', 'Country', 'Status', 'LeadSource', 'Industry', 'Rating', 'AnnualRevenue', 'NumberOfEmployees',
  'IsConverted', 'ConvertedAccountId', 'ConvertedContactId', 'ConvertedOpportunityId', 'ConvertedDate', 'Description', 'OwnerId',
  'LastActivityDate', 'CreatedDate', 'LastModifiedDate'];

interface LeadDraft {
  salutation: string; first: string; last: string; title: string; company: string; email: string; phone: string;
  phoneNumber?: PhoneNumber; phoneStyle: number; mobile: string; domain: string; websiteStyle: number; website: string; address: Address;
  street: string; state: string; country: string; status: string; source: string; industry: string; rating: string;
  revenue: string; employees: string; converted: boolean; convertedAccountId: string; convertedContactId: string;
  convertedOpportunityId: string; convertedDate: string; description: string; label: string;
}

const isOpen = (d: LeadDraft) => !d.converted && !d.status.startsWith('Closed');

const defects = new FieldDefects<LeadDraft>('Lead', {
  'lastname-blank': { apply: (d) => { d.last = ''; } },
  'company-blank': { apply: (d) => { d.company = ''; } },
  'email-malformed': { eligible: (d) => d.email !== '', apply: (d, rng) => { d.email = malformedEmail(rng, d.email); } },
  'phone-malformed': { eligible: (d) => d.phoneNumber !== undefined, apply: (d, rng) => { d.phone = malformedPhone(rng, d.phoneNumber!); } },
  'website-malformed': { apply: (d, rng) => { d.website = malformedWebsite(rng, d.domain); } },
  'company-placeholder': { apply: (d, rng) => { d.company = rng.pick(COMPANY_PLACEHOLDERS); } },
  'email-placeholder': { apply: (d, rng) => { d.email = placeholderEmail(rng, emailToken(d.first), d.label); } },
  'lastname-placeholder': { apply: (d, rng) => { d.last = rng.pick(NAME_PLACEHOLDERS); } },
  'country-variant': { apply: (d, rng) => { d.country = rng.pick(d.address.country.variants); } },
  'state-short': { eligible: (d) => d.address.city.stateShort !== '', apply: (d) => { d.state = d.address.city.stateShort; } },
  'email-case': { eligible: (d) => d.email !== '', apply: (d, rng) => { d.email = upperCaseEmail(rng, d.email); } },
  'status-unknown': { touchesStatus: true, apply: (d, rng) => { d.status = rng.pick(BAD_PICKLIST.leadStatus); } },
  'industry-unknown': { apply: (d, rng) => { d.industry = rng.pick(BAD_PICKLIST.industry); } },
  'leadsource-unknown': { apply: (d, rng) => { d.source = rng.pick(BAD_PICKLIST.leadSource); } },
  'employees-negative': { apply: (d, rng) => { d.employees = String(-rng.between(1, 2000)); } },
  'revenue-negative': { apply: (d, rng) => { d.revenue = String(-rng.between(10, 20_000) * 1000); } },
  'converted-mismatch': { touchesStatus: true, eligible: isOpen, apply: (d) => { d.converted = true; } },
  'converted-account-deleted': { eligible: (d) => d.converted, apply: (d, rng, ctx) => { d.convertedAccountId = deletedId(ctx, 'Account', rng); } },
});

/** Copies a remembered contact's person and address onto a lead draft (assignments keep one hidden class). */
function takeContact(d: LeadDraft, m: RememberedContact, company: string, domain: string, label: string): void {
  d.salutation = m.salutation; d.first = m.first; d.last = m.last; d.title = m.title; d.company = company; d.email = m.email;
  d.phoneNumber = m.phone; d.phoneStyle = m.phoneStyle; d.phone = m.phone ? formatPhone(m.phone, m.phoneStyle) : '';
  const address = addressFor(m.country, m.city, m.addressSeed);
  d.mobile = m.mobile ? formatPhone(m.mobile, 0) : ''; d.domain = domain; d.address = address; d.street = address.street;
  d.state = address.city.state; d.country = address.country.name; d.label = label;
}

function copyDraft(p: LeadDraft): LeadDraft {
  return {
    salutation: p.salutation, first: p.first, last: p.last, title: p.title, company: p.company, email: p.email, phone: p.phone,
    phoneNumber: p.phoneNumber, phoneStyle: p.phoneStyle, mobile: p.mobile, domain: p.domain, websiteStyle: p.websiteStyle,
    website: p.website, address: p.address, street: p.street, state: p.state, country: p.country, status: p.status, source: p.source,
    industry: p.industry, rating: p.rating, revenue: p.revenue, employees: p.employees, converted: p.converted,
    convertedAccountId: p.convertedAccountId, convertedContactId: p.convertedContactId,
    convertedOpportunityId: p.convertedOpportunityId, convertedDate: p.convertedDate, description: p.description, label: p.label,
  };
}

export function writeLeads(ctx: OrgContext, memo: Map<number, RememberedContact>, sink: RowSink, log: DefectSink, progress?: (rows: number) => void): void {
  const { sk, ids, userIds, asOfDay } = ctx;
  const rng = new Rng(ctx.seed, 'Lead');
  const people = new Lookalikes();
  let groupCompany = -1;
  let prev: LeadDraft | undefined, prevIndex = -1, prevOwner = '', dupNext = false;
  let cachedCompany = -1, cachedNames: AccountName | undefined, cachedAddress: Address | undefined;
  for (let l = 0; l < ctx.plan.leads; l++) {
    const id = ids.Lead.id(l + 1);
    const flags = sk.leadFlags[l];
    const c = sk.leadContact[l];
    const remembered = c >= 0 ? memo.get(c) : undefined;
    let state: 'open' | 'stale' | number = flags & STALE ? 'stale' : 'open';
    let created = sk.leadCreated[l];
    let owner = userIds[sk.leadOwner[l]];
    let d: LeadDraft;
    let fieldDefectsAllowed = true;
    const base = (): LeadDraft => {
      // One name and address per lead company, however many of its leads are written.
      const k = sk.leadCompany[l];
      if (k !== cachedCompany) {
        cachedCompany = k;
        const country = sk.leadCountry[l];
        cachedNames = leadCompanyName(sk, l);
        cachedAddress = addressFor(country, hash2(k, 1) % CITIES[COUNTRIES[country].code].length, hash2(k, 2));
      }
      const names = cachedNames!, address = cachedAddress!;
      const websiteStyle = rng.below(WEBSITE_STYLES.length);
      const phoneNumber = rng.chance(0.85) ? landline(rng, address.country.code, address.city) : undefined;
      const phoneStyle = rng.below(styleCount(address.country.code));
      const employees = Math.round(10 ** (0.7 + rng.next() * 3));
      return {
        salutation: '', first: '', last: '', title: rng.chance(0.8) ? rng.pick(rng.pick(DEPARTMENTS).titles) : '', company: names.name, email: '',
        phoneNumber, phoneStyle, phone: phoneNumber ? formatPhone(phoneNumber, phoneStyle) : '',
        mobile: rng.chance(0.3) ? formatPhone(mobile(rng, address.country.code), 0) : '', domain: names.domain, websiteStyle,
        website: rng.chance(0.6) ? website(names.domain, websiteStyle) : '', address, street: rng.chance(0.6) ? address.street : '',
        state: address.city.state, country: address.country.name, status: '', source: rng.chance(0.8) ? rng.pick(LEAD_SOURCE) : '',
        industry: rng.chance(0.6) ? names.company.industry : '', rating: rng.chance(0.4) ? rng.pick(['Hot', 'Warm', 'Cold']) : '',
        revenue: rng.chance(0.4) ? String(employees * rng.between(8, 30) * 10_000) : '', employees: rng.chance(0.5) ? String(employees) : '',
        converted: false, convertedAccountId: '', convertedContactId: '', convertedOpportunityId: '', convertedDate: '',
        description: '', label: names.company.label,
      };
    };
    if (remembered && flags & CONVERTED) {
      // The lead this contact was converted from: same person, same company, closed as converted.
      const a = sk.contAccount[c];
      const names = accountName(sk, a);
      d = base();
      takeContact(d, remembered, names.name, names.domain, names.company.label);
      d.status = 'Closed - Converted';
      d.converted = true;
      d.convertedAccountId = ids.Account.id(a + 1);
      d.convertedContactId = ids.Contact.id(c + 1);
      const o0 = sk.oppStart[a];
      d.convertedOpportunityId = sk.oppStart[a + 1] > o0 && rng.chance(0.5) ? ids.Opportunity.id(o0 + 1) : '';
      d.convertedDate = dayString(sk.contCreated[c]);
      state = sk.contCreated[c];
      dupNext = false;
    } else if (remembered && flags & DUP_OF_CONTACT) {
      // Someone already in the CRM as a contact, entered again as a lead (a list import, a web form).
      const a = sk.contAccount[c];
      const names = accountName(sk, a);
      const v = personVariant(rng, remembered.first, remembered.last);
      // The company as the person typed it: the account's own name (a subsidiary's included), legal form varied.
      const stem = names.legal ? names.name.slice(0, -names.legal.length - 1) : names.name;
      d = base();
      takeContact(d, remembered, companyVariant(rng, stem, names.legal, sk.acctCountry[a]), names.domain, names.company.label);
      d.first = v.first;
      d.last = v.last;
      if (remembered.phone && rng.chance(0.7)) d.phone = formatPhone(remembered.phone, remembered.phoneStyle + 1 + rng.below(styleCount(remembered.phone.country) - 1));
      d.status = 'Open - Not Contacted';
      log.add(id, 'duplicate', undefined, ids.Contact.id(c + 1));
      state = 'open';
      fieldDefectsAllowed = false;
      dupNext = false;
    } else if (dupNext && prev) {
      // The same prospect entered twice.
      const v = personVariant(rng, prev.first, prev.last);
      const alt = rng.next();
      const names = leadCompanyName(sk, prevIndex);
      d = copyDraft(prev);
      d.first = v.first;
      d.last = v.last;
      if (!rng.chance(0.5)) d.company = companyVariant(rng, names.company.base, names.legal, sk.leadCountry[prevIndex]);
      d.email = alt < 0.15 ? upperCaseEmail(rng, prev.email) : alt < 0.35 ? '' : prev.email;
      if (prev.phoneNumber && rng.chance(0.7)) d.phone = formatPhone(prev.phoneNumber, prev.phoneStyle + 1 + rng.below(styleCount(prev.phoneNumber.country) - 1));
      d.website = prev.website ? websiteVariant(prev.domain, prev.websiteStyle) : '';
      d.status = 'Open - Not Contacted';
      log.add(id, 'duplicate', undefined, ids.Lead.id(prevIndex + 1));
      if (d.email !== prev.email && d.email.toLowerCase() === prev.email) log.add(id, 'non_normalised', 'Email');
      state = 'open';
      // Entered after the original, on a later day (see contact-rows.ts).
      created = Math.min(asOfDay, Math.max(created, sk.leadCreated[prevIndex] + 1));
      owner = prevOwner;
      fieldDefectsAllowed = false;
      dupNext = false;
    } else {
      d = base();
      if (sk.leadCompany[l] !== groupCompany) { people.clear(); groupCompany = sk.leadCompany[l]; }
      let p = personName(rng, d.address.country.code);
      for (let tries = 0; tries < 30 && people.conflicts(p.f, p.l); tries++) p = personName(rng, d.address.country.code);
      people.add(p.f, p.l);
      d.first = p.first;
      d.last = p.last;
      d.salutation = rng.chance(0.5) ? (p.female ? 'Ms.' : 'Mr.') : '';
      d.email = rng.chance(0.9) ? `${emailLocalOf(rng.below(3), p.f, p.l)}@${d.domain}` : '';
      if (flags & CLOSED) {
        d.status = 'Closed - Not Converted';
        state = Math.min(asOfDay, created + rng.between(5, 120));
      } else {
        d.status = rng.chance(0.5) ? 'Open - Not Contacted' : 'Working - Contacted';
      }
    }
    if (fieldDefectsAllowed) {
      const spec = defects.draw(rng, d, state !== 'open', ctx);
      if (spec) log.add(id, spec.code, spec.field);
      // A duplicate copies a clean plain lead only.
      dupNext = !spec && !d.converted && rng.chance(DUPLICATE_RATE.Lead);
      prev = d; // only copied from when no defect was drawn
      prevIndex = l;
      prevOwner = owner;
      if (rng.chance(INACTIVE_OWNER_RATE.Lead)) {
        owner = inactiveOwnerId(ctx, rng);
        log.add(id, 'inactive_owner', 'OwnerId');
      }
      if (state === 'stale') log.add(id, 'stale');
    }
    const dates = rowDates(rng, asOfDay, created, state, 0.5);
    sink.add(`${id},${d.salutation},${d.first},${d.last},${d.title},${d.company},${d.email},${d.phone},${d.mobile},${cell(d.website)},${cell(d.street)},${d.address.city.city},${d.state},${d.address.postal},${d.country},${d.status},${d.source},${d.industry},${d.rating},${d.revenue},${d.employees},${d.converted},${d.convertedAccountId},${d.convertedContactId},${d.convertedOpportunityId},${d.convertedDate},${cell(d.description)},${owner},${dates.lastActivity},${dates.created},${dates.modified}\n`);
    if (progress && (l & 0xffff) === 0xffff) progress(l + 1);
  }
  progress?.(ctx.plan.leads);
}
