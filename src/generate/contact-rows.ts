/**
 * Contact.csv: the people at each account, named for the account's country, with the company's email
 * convention and phones in local formats. Duplicates re-enter a person just written at the same
 * account with a nickname, typo or swapped name and the phone/email typed differently. People that
 * later writers need (leads copy them, cases quote their email) are remembered in ContactMemo.
 */
import { accountName, type AccountName } from './account-names.js';
import { addressFor, type Address } from './addresses.js';
import { dayString } from './calendar.js';
import { malformedEmail, NAME_PLACEHOLDERS, PHONE_PLACEHOLDERS, placeholderEmail, upperCaseEmail } from './corrupt.js';
import { DEPARTMENTS } from './data/jobs.js';
import type { DefectSink } from './defect-log.js';
import { DUPLICATE_RATE, INACTIVE_OWNER_RATE } from './defect-rates.js';
import { personVariant } from './duplicates.js';
import { FieldDefects } from './field-defects.js';
import { deletedId, inactiveOwnerId, type OrgContext } from './org-context.js';
import { emailLocal, emailLocalOf, emailToken, Lookalikes, personName } from './people.js';
import { formatPhone, landline, malformedPhone, mobile, styleCount, type PhoneNumber } from './phones.js';
import { BAD_PICKLIST } from './picklist-noise.js';
import { cell, type RowSink } from './csv-file.js';
import { Rng } from './prng.js';
import { rowDates } from './row-dates.js';
import { ACCOUNT_TOP, CASE_CONTACT, KEEP_CLEAN, STALE } from './skeleton.js';
import { LEAD_SOURCE } from '../snapshot/canonical/index.js';

export const CONTACT_HEADER = ['Id', 'AccountId', 'Salutation', 'FirstName', 'LastName', 'Title', 'Department', 'Email', 'Phone',
  'MobilePhone', 'HomePhone', 'Birthdate', 'MailingStreet', 'MailingCity', 'MailingState', 'MailingPostalCode', 'MailingCountry',
  'LeadSource', 'ReportsToId', 'HasOptedOutOfEmail', 'Description', 'OwnerId', 'LastActivityDate', 'CreatedDate', 'LastModifiedDate'];

/** A clean contact as later writers copy it (converted and duplicate leads). */
export interface RememberedContact {
  first: string; last: string; salutation: string; title: string; email: string;
  phone?: PhoneNumber; phoneStyle: number; mobile?: PhoneNumber;
  /** The address as addressFor(country, city, addressSeed): plain numbers travel between threads cheaply. */
  country: number; city: number; addressSeed: number;
}

/** What one chunk of contacts hands on: [contact index, data] pairs (cloneable to another thread). */
export interface ContactMemo {
  forLeads: [number, RememberedContact][];
  /** Clean email of each case's contact. */
  caseEmails: [number, string][];
}

interface ContactDraft {
  accountId: string; salutation: string; first: string; last: string; title: string; department: string;
  email: string; phone: string; phoneNumber?: PhoneNumber; phoneStyle: number; mobileNumber?: PhoneNumber; mobile: string;
  home: string; birthdate: string; address: Address; street: string; state: string; country: string; leadSource: string;
  reportsTo: string; optOut: string; description: string; label: string;
}

function copyDraft(p: ContactDraft): ContactDraft {
  return {
    accountId: p.accountId, salutation: p.salutation, first: p.first, last: p.last, title: p.title, department: p.department,
    email: p.email, phoneNumber: p.phoneNumber, phoneStyle: p.phoneStyle, phone: p.phone, mobileNumber: p.mobileNumber, mobile: p.mobile,
    home: p.home, birthdate: p.birthdate, address: p.address, street: p.street, state: p.state, country: p.country,
    leadSource: p.leadSource, reportsTo: p.reportsTo, optOut: p.optOut, description: p.description, label: p.label,
  };
}

const NOTES = ['Prefers email over calls.', 'Decision maker for renewals, budget holder.', 'Met at the user conference; asked for a demo.',
  'Champion. Introduced us to procurement.', 'On leave until next quarter.', 'Technical evaluator, "hands-on" with the trial.'];

const defects = new FieldDefects<ContactDraft>('Contact', {
  'lastname-blank': { apply: (d) => { d.last = ''; } },
  'email-malformed': { eligible: (d) => d.email !== '', apply: (d, rng) => { d.email = malformedEmail(rng, d.email); } },
  'phone-malformed': { eligible: (d) => d.phoneNumber !== undefined, apply: (d, rng) => { d.phone = malformedPhone(rng, d.phoneNumber!); } },
  'email-placeholder': { apply: (d, rng) => { d.email = placeholderEmail(rng, emailToken(d.first), d.label); } },
  'lastname-placeholder': { apply: (d, rng) => { d.last = rng.pick(NAME_PLACEHOLDERS); } },
  'phone-placeholder': { apply: (d, rng) => { d.phone = rng.pick(PHONE_PLACEHOLDERS); } },
  'country-variant': { apply: (d, rng) => { d.country = rng.pick(d.address.country.variants); } },
  'state-short': { eligible: (d) => d.address.city.stateShort !== '', apply: (d) => { d.state = d.address.city.stateShort; } },
  'email-case': { eligible: (d) => d.email !== '', apply: (d, rng) => { d.email = upperCaseEmail(rng, d.email); } },
  'leadsource-unknown': { apply: (d, rng) => { d.leadSource = rng.pick(BAD_PICKLIST.leadSource); } },
  'salutation-unknown': { apply: (d, rng) => { d.salutation = rng.pick(BAD_PICKLIST.salutation); } },
  'birthdate-impossible': {
    apply: (d, rng, ctx) => { d.birthdate = dayString(rng.chance(0.5) ? ctx.asOfDay + rng.between(1, 3000) : -rng.between(36_600, 60_000)); },
  },
  'account-deleted': { apply: (d, rng, ctx) => { d.accountId = deletedId(ctx, 'Account', rng); } },
  'reportsto-deleted': { apply: (d, rng, ctx) => { d.reportsTo = deletedId(ctx, 'Contact', rng); } },
});

/** Per-hierarchy memory that keeps two clean people at one company from looking alike. */
class Company {
  readonly people = new Lookalikes();
  readonly emails = new Set<string>();
  clear(): void { this.people.clear(); this.emails.clear(); }
}

/**
 * Only the "firstl" convention (EMAIL_STYLES[3]) can give two people the same address once
 * Lookalikes has made their names distinct; those fall back to first.last, which cannot collide.
 */
const AMBIGUOUS_STYLE = 3;

function newPerson(rng: Rng, country: string, names: AccountName, company: Company): { first: string; last: string; female: boolean; email: string } {
  for (let tries = 0; ; tries++) {
    const p = personName(rng, country);
    if (tries < 30 && company.people.conflicts(p.f, p.l)) continue;
    company.people.add(p.f, p.l);
    let email = `${emailLocalOf(names.emailStyle, p.f, p.l)}@${names.domain}`;
    if (names.emailStyle === AMBIGUOUS_STYLE) {
      if (company.emails.has(email)) email = `${emailLocalOf(0, p.f, p.l)}@${names.domain}`;
      company.emails.add(email);
    }
    return { first: p.first, last: p.last, female: p.female, email };
  }
}

export function writeContactChunk(ctx: OrgContext, chunk: number, sink: RowSink, log: DefectSink): ContactMemo {
  const { sk, ids, userIds, asOfDay } = ctx;
  const rng = new Rng(ctx.seed, `Contact#${chunk}`);
  const memo: ContactMemo = { forLeads: [], caseEmails: [] };
  const company = new Company();
  for (let a = sk.contactChunks[chunk], end = sk.contactChunks[chunk + 1]; a < end; a++) {
    const c0 = sk.contactStart[a], c1 = sk.contactStart[a + 1];
    if (sk.acctKind[a] === ACCOUNT_TOP) company.clear();
    if (c0 === c1) continue;
    const names = accountName(sk, a);
    const accountId = ids.Account.id(a + 1);
    const accountAddress = addressFor(sk.acctCountry[a], sk.acctCity[a], sk.acctAddr[a]);
    const code = accountAddress.country.code;
    let dupOf = -1, prev: ContactDraft | undefined, firstId = '';
    for (let c = c0; c < c1; c++) {
      const id = ids.Contact.id(c + 1);
      const flags = sk.contFlags[c];
      let d: ContactDraft;
      let created = sk.contCreated[c];
      let state: 'open' | 'stale' = flags & STALE ? 'stale' : 'open';
      let owner = userIds[sk.contOwner[c]];
      if (dupOf >= 0 && prev && !(flags & KEEP_CLEAN)) {
        const v = personVariant(rng, prev.first, prev.last);
        const r = rng.next();
        let email = prev.email;
        if (r < 0.15) email = upperCaseEmail(rng, prev.email);
        else if (r < 0.3 && v.how === 'nickname') email = `${emailLocal(names.emailStyle, v.first, v.last)}@${names.domain}`;
        else if (r < 0.5) email = '';
        const phoneStyle = (prev.phoneStyle + 1 + rng.below(styleCount(code) - 1)) % styleCount(code);
        // Field by field, not a spread: every draft keeps one hidden class (a spread can change it).
        d = copyDraft(prev);
        d.first = v.first; d.last = v.last; d.email = email;
        if (!rng.chance(0.6)) d.salutation = '';
        if (!rng.chance(0.6)) d.title = '';
        d.phone = prev.phoneNumber && rng.chance(0.8) ? formatPhone(prev.phoneNumber, rng.chance(0.75) ? phoneStyle : prev.phoneStyle) : '';
        if (!rng.chance(0.5)) d.mobile = '';
        d.home = ''; d.birthdate = ''; d.reportsTo = ''; d.description = '';
        d.leadSource = rng.chance(0.5) ? rng.pick(LEAD_SOURCE) : '';
        log.add(id, 'duplicate', undefined, ids.Contact.id(dupOf + 1));
        if (email !== prev.email && email.toLowerCase() === prev.email) log.add(id, 'non_normalised', 'Email');
        // A duplicate is entered after its original: a later day, so no time of day can reverse them.
        created = rng.between(Math.min(asOfDay, Math.max(created, sk.contCreated[dupOf] + 1)), asOfDay);
        state = 'open';
        dupOf = -1;
      } else {
        dupOf = -1;
        const p = newPerson(rng, code, names, company);
        const addressSeed = rng.chance(0.75) ? sk.acctAddr[a] : rng.u32();
        const address = addressSeed === sk.acctAddr[a] ? accountAddress : addressFor(sk.acctCountry[a], sk.acctCity[a], addressSeed);
        const phoneNumber = rng.chance(0.85) ? landline(rng, code, address.city) : undefined;
        const phoneStyle = rng.below(styleCount(code));
        const mobileNumber = rng.chance(0.55) ? mobile(rng, code) : undefined;
        const dept = rng.pick(DEPARTMENTS);
        d = {
          accountId, salutation: rng.chance(0.7) ? (p.female ? rng.pick(['Ms.', 'Mrs.', 'Ms.', 'Dr.']) : rng.pick(['Mr.', 'Mr.', 'Dr.'])) : '',
          first: p.first, last: p.last, title: rng.chance(0.85) ? rng.pick(dept.titles) : '', department: rng.chance(0.7) ? dept.name : '',
          email: rng.chance(0.92) || flags & (KEEP_CLEAN | CASE_CONTACT) ? p.email : '',
          phoneNumber, phoneStyle, phone: phoneNumber ? formatPhone(phoneNumber, phoneStyle) : '',
          mobileNumber, mobile: mobileNumber ? formatPhone(mobileNumber, rng.below(styleCount(code))) : '',
          home: rng.chance(0.12) ? formatPhone(landline(rng, code, address.city), rng.below(styleCount(code))) : '',
          birthdate: rng.chance(0.25) ? dayString(asOfDay - rng.between(22 * 365, 66 * 365)) : '',
          address, street: address.street, state: address.city.state, country: address.country.name,
          leadSource: rng.chance(0.6) ? rng.pick(LEAD_SOURCE) : '',
          reportsTo: firstId && rng.chance(0.2) ? firstId : '',
          optOut: rng.chance(0.05) ? 'true' : 'false', description: rng.chance(0.08) ? rng.pick(NOTES) : '', label: names.company.label,
        };
        if (flags & KEEP_CLEAN) {
          memo.forLeads.push([c, {
            first: d.first, last: d.last, salutation: d.salutation, title: d.title, email: d.email, phone: phoneNumber, phoneStyle,
            mobile: mobileNumber, country: sk.acctCountry[a], city: sk.acctCity[a], addressSeed,
          }]);
        }
        if (flags & CASE_CONTACT) memo.caseEmails.push([c, d.email]);
        const spec = flags & KEEP_CLEAN ? undefined : defects.draw(rng, d, state === 'stale', ctx);
        if (spec) log.add(id, spec.code, spec.field);
        else if (rng.chance(DUPLICATE_RATE.Contact) && c + 1 < c1) dupOf = c;
        prev = d; // only used when no defect was drawn, i.e. while d is still clean
        if (!firstId) firstId = id;
        if (!(flags & KEEP_CLEAN) && rng.chance(INACTIVE_OWNER_RATE.Contact)) {
          owner = inactiveOwnerId(ctx, rng);
          log.add(id, 'inactive_owner', 'OwnerId');
        }
        if (state === 'stale') log.add(id, 'stale');
      }
      const dates = rowDates(rng, asOfDay, created, state);
      // Only street and description can hold commas, quotes or line breaks (defects-present.test.ts
      // parses every file and would catch a field that starts to).
      sink.add(`${id},${d.accountId},${d.salutation},${d.first},${d.last},${d.title},${d.department},${d.email},${d.phone},${d.mobile},${d.home},${d.birthdate},${cell(d.street)},${d.address.city.city},${d.state},${d.address.postal},${d.country},${d.leadSource},${d.reportsTo},${d.optOut},${cell(d.description)},${owner},${dates.lastActivity},${dates.created},${dates.modified}\n`);
    }
  }
  return memo;
}
