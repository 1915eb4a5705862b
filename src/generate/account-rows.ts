/**
 * Account.csv: companies with subsidiaries (ParentId), headquartered across seven countries, owned by
 * the reps of their region; seeded defects per defect-rates.ts; and duplicate rows that re-enter a
 * parent company with its legal form, website and phone written another way.
 */
import { accountName } from './account-names.js';
import { addressFor, type Address } from './addresses.js';
import { websiteVariant, website, WEBSITE_STYLES } from './companies.js';
import { malformedWebsite, PHONE_PLACEHOLDERS, STREET_PLACEHOLDERS, WEBSITE_PLACEHOLDERS } from './corrupt.js';
import type { DefectSink } from './defect-log.js';
import { INACTIVE_OWNER_RATE } from './defect-rates.js';
import { companyVariant } from './duplicates.js';
import { FieldDefects } from './field-defects.js';
import { deletedId, inactiveOwnerId, type OrgContext } from './org-context.js';
import { formatPhone, landline, malformedPhone, styleCount, type PhoneNumber } from './phones.js';
import { BAD_PICKLIST } from './picklist-noise.js';
import { cell, type RowSink } from './csv-file.js';
import { Rng } from './prng.js';
import { rowDates } from './row-dates.js';
import { ACCOUNT_CHILD, ACCOUNT_DUP, KEEP_CLEAN, STALE } from './skeleton.js';
import { LEAD_SOURCE } from '../snapshot/canonical/index.js';

export const ACCOUNT_HEADER = ['Id', 'Name', 'AccountNumber', 'Type', 'ParentId', 'Industry', 'AnnualRevenue', 'NumberOfEmployees',
  'Rating', 'AccountSource', 'Phone', 'Fax', 'Website', 'BillingStreet', 'BillingCity', 'BillingState', 'BillingPostalCode',
  'BillingCountry', 'ShippingStreet', 'ShippingCity', 'ShippingState', 'ShippingPostalCode', 'ShippingCountry', 'Description',
  'OwnerId', 'LastActivityDate', 'CreatedDate', 'LastModifiedDate'];

const TYPES: [string, number][] = [['Customer - Direct', 55], ['Prospect', 25], ['Customer - Channel', 8], ['Channel Partner / Reseller', 5], ['Technology Partner', 3], ['Installation Partner', 2], ['Other', 2]];
const DESCRIPTIONS = ['Key account, renewal due in Q4.', 'Referred by a partner; evaluating the platform.', 'Multi-site rollout, procurement via head office.',
  'Strategic account. Exec sponsor: CFO.', 'Uses a competitor for support, open to switching.', 'Long-standing customer, low engagement since the reorg.'];

interface AccountDraft {
  name: string; number: string; type: string; parentId: string; industry: string; revenue: string; employees: string;
  rating: string; source: string; phone: string; phoneNumber: PhoneNumber; phoneStyle: number; fax: string; domain: string; websiteStyle: number; website: string;
  address: Address; street: string; state: string; country: string; shipping: boolean; description: string;
}

const defects = new FieldDefects<AccountDraft>('Account', {
  'name-blank': { apply: (d) => { d.name = ''; } },
  'phone-malformed': { apply: (d, rng) => { d.phone = malformedPhone(rng, d.phoneNumber); } },
  'website-malformed': { apply: (d, rng) => { d.website = malformedWebsite(rng, d.domain); } },
  'industry-unknown': { apply: (d, rng) => { d.industry = rng.pick(BAD_PICKLIST.industry); } },
  'type-unknown': { apply: (d, rng) => { d.type = rng.pick(BAD_PICKLIST.accountType); } },
  'employees-negative': { apply: (d, rng) => { d.employees = String(-rng.between(1, 5000)); } },
  'revenue-negative': { apply: (d, rng) => { d.revenue = String(-rng.between(10, 50_000) * 1000); } },
  'country-variant': { apply: (d, rng) => { d.country = rng.pick(d.address.country.variants); } },
  'state-short': { eligible: (d) => d.address.city.stateShort !== '', apply: (d) => { d.state = d.address.city.stateShort; } },
  'phone-placeholder': { apply: (d, rng) => { d.phone = rng.pick(PHONE_PLACEHOLDERS); } },
  'website-placeholder': { apply: (d, rng) => { d.website = rng.pick(WEBSITE_PLACEHOLDERS); } },
  'street-placeholder': { apply: (d, rng) => { d.street = rng.pick(STREET_PLACEHOLDERS); } },
  'parent-deleted': { eligible: (d) => d.parentId === '', apply: (d, rng, ctx) => { d.parentId = deletedId(ctx, 'Account', rng); } },
});

function employeesAndRevenue(rng: Rng): [number, number] {
  const employees = Math.round(10 ** (1 + rng.next() * 3.7));
  return [employees, Math.round((employees * rng.between(60, 400)) / 10) * 10_000];
}

export function writeAccounts(ctx: OrgContext, sink: RowSink, log: DefectSink, progress?: (rows: number) => void): void {
  const { sk, ids, userIds, asOfDay } = ctx;
  const rng = new Rng(ctx.seed, 'Account');
  let lastTop: AccountDraft | undefined;
  for (let a = 0; a < sk.accounts; a++) {
    const kind = sk.acctKind[a];
    const id = ids.Account.id(a + 1);
    const names = accountName(sk, a);
    const address = addressFor(sk.acctCountry[a], sk.acctCity[a], sk.acctAddr[a]);
    let d: AccountDraft;
    if (kind === ACCOUNT_DUP && lastTop) {
      const orig = lastTop;
      const phoneNumber = orig.phoneNumber;
      d = { ...orig };
      d.name = companyVariant(rng, names.company.base, names.legal, sk.acctCountry[a]);
      d.number = ''; d.parentId = ''; d.rating = ''; d.fax = ''; d.shipping = false; d.description = '';
      if (!rng.chance(0.6)) d.industry = '';
      if (!rng.chance(0.5)) d.revenue = '';
      if (!rng.chance(0.5)) d.employees = '';
      d.source = rng.pick(LEAD_SOURCE);
      d.phone = rng.chance(0.75) ? formatPhone(phoneNumber, orig.phoneStyle + 1 + rng.below(styleCount(phoneNumber.country) - 1)) : '';
      d.website = rng.chance(0.8) ? websiteVariant(orig.domain, orig.websiteStyle) : '';
      if (!rng.chance(0.8)) d.state = '';
      log.add(id, 'duplicate', undefined, ids.Account.id(sk.acctRef[a] + 1));
    } else {
      const [employees, revenue] = employeesAndRevenue(rng);
      const phoneNumber = landline(rng, address.country.code, address.city);
      const websiteStyle = rng.below(WEBSITE_STYLES.length);
      const phoneStyle = rng.below(styleCount(address.country.code));
      d = {
        name: names.name,
        number: rng.chance(0.7) ? `ACC-${String(a + 1).padStart(7, '0')}` : '',
        type: pickWeighted(rng, TYPES),
        parentId: kind === ACCOUNT_CHILD ? ids.Account.id(sk.acctRef[a] + 1) : '',
        industry: rng.chance(0.9) ? names.company.industry : '',
        revenue: rng.chance(0.8) ? String(revenue) : '',
        employees: rng.chance(0.85) ? String(employees) : '',
        rating: rng.chance(0.6) ? rng.pick(['Hot', 'Warm', 'Cold']) : '',
        source: rng.chance(0.7) ? rng.pick(LEAD_SOURCE) : '',
        phoneNumber, phoneStyle, phone: formatPhone(phoneNumber, phoneStyle),
        fax: rng.chance(0.15) ? formatPhone(landline(rng, address.country.code, address.city), 0) : '',
        domain: names.domain, websiteStyle, website: rng.chance(0.92) ? website(names.domain, websiteStyle) : '',
        address, street: address.street, state: address.city.state, country: address.country.name,
        shipping: rng.chance(0.5), description: rng.chance(0.2) ? rng.pick(DESCRIPTIONS) : '',
      };
      // Duplicated parents are KEEP_CLEAN: no defect will touch d.
      if (kind !== ACCOUNT_CHILD) lastTop = d;
      if (!(sk.acctFlags[a] & KEEP_CLEAN)) {
        const spec = defects.draw(rng, d, (sk.acctFlags[a] & STALE) !== 0, ctx);
        if (spec) log.add(id, spec.code, spec.field);
      }
    }
    const stale = kind !== ACCOUNT_DUP && (sk.acctFlags[a] & STALE) !== 0;
    if (stale) log.add(id, 'stale');
    let owner = userIds[sk.acctOwner[a]];
    if (kind !== ACCOUNT_DUP && !(sk.acctFlags[a] & KEEP_CLEAN) && rng.chance(INACTIVE_OWNER_RATE.Account)) {
      owner = inactiveOwnerId(ctx, rng);
      log.add(id, 'inactive_owner', 'OwnerId');
    }
    const dates = rowDates(rng, asOfDay, sk.acctCreated[a], stale ? 'stale' : 'open');
    const ship = d.shipping;
    sink.add(`${id},${d.name},${d.number},${d.type},${d.parentId},${d.industry},${d.revenue},${d.employees},${d.rating},${d.source},${d.phone},${d.fax},${cell(d.website)},${cell(d.street)},${d.address.city.city},${d.state},${d.address.postal},${d.country},${ship ? cell(d.address.street) : ''},${ship ? d.address.city.city : ''},${ship ? d.address.city.state : ''},${ship ? d.address.postal : ''},${ship ? d.address.country.name : ''},${cell(d.description)},${owner},${dates.lastActivity},${dates.created},${dates.modified}\n`);
    if (progress && (a & 0xffff) === 0xffff) progress(a + 1);
  }
  progress?.(sk.accounts);
}

export function pickWeighted(rng: Rng, items: [string, number][]): string {
  let total = 0;
  for (const [, w] of items) total += w;
  let u = rng.next() * total;
  for (const [v, w] of items) { if ((u -= w) < 0) return v; }
  return items[items.length - 1][0];
}
