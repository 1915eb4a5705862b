/**
 * The org's structure, decided before any row is written: which account each contact, opportunity
 * and case belongs to, who owns what, when records were created, which are open, stale or closed.
 * It is all numbers in typed arrays on SharedArrayBuffers (~30 bytes a contact), so the row writers
 * — including the one on a worker thread — share it without copying, and no row is held in memory.
 *
 * Owners here are always active users: inactive_owner is a defect a row writer adds on top, so
 * child records never inherit it by accident.
 */
import { COUNTRIES, type Region } from './countries.js';
import { CITIES } from './data/places.js';
import { STALE_MIN_AGE_DAYS } from './defect-rules.js';
import { DUPLICATE_RATE, STALE_RATE } from './defect-rates.js';
import type { Plan } from './plan.js';
import { Rng, WeightedTable } from './prng.js';
import type { OrgPeople } from './users.js';

export const STALE = 1;
/** Account: a duplicate row of it follows its hierarchy. Contact: a lead copies it (keep it clean). */
export const KEEP_CLEAN = 2;
/** Contact: some case's contact (its email is kept for the case's SuppliedEmail). */
export const CASE_CONTACT = 4;
/** Lead/Opportunity/Case: closed. */
export const CLOSED = 8;
/** Lead: converted into the contact in leadContact. */
export const CONVERTED = 16;
/** Lead: re-entry of the contact in leadContact (a duplicate). */
export const DUP_OF_CONTACT = 32;
/** Account (subsidiary): named after its city ("Acme (Lyon)") rather than its country ("Acme France SAS"). */
export const CITY_NAMED = 64;

export const ACCOUNT_TOP = 0, ACCOUNT_CHILD = 1, ACCOUNT_DUP = 2;
/** Share of leads converted into contacts (not a defect: a converted lead mirrors its contact). */
export const LEAD_CONVERTED_SHARE = 0.15;

const sharedOf = <T>(Ctor: new (b: SharedArrayBuffer) => T, bytes: number, n: number): T => new Ctor(new SharedArrayBuffer(Math.max(1, n) * bytes));
const i32 = (n: number) => sharedOf(Int32Array, 4, n);
const u16 = (n: number) => sharedOf(Uint16Array, 2, n);
const u8 = (n: number) => sharedOf(Uint8Array, 1, n);
const u32 = (n: number) => sharedOf(Uint32Array, 4, n);

export interface Skeleton {
  asOfDay: number;
  accounts: number;
  /** Offset that shuffles the company name space for this seed. */
  nameOffset: number;
  accountCompanies: number;
  acctCompany: Int32Array; acctKind: Uint8Array; acctRef: Int32Array; acctCountry: Uint8Array; acctCity: Uint8Array;
  acctTld: Uint8Array; acctOwner: Uint16Array; acctCreated: Uint16Array; acctFlags: Uint8Array; acctAddr: Uint32Array;
  contactStart: Int32Array; oppStart: Int32Array;
  /** Contact chunk k covers accounts [contactChunks[k], contactChunks[k + 1]); each starts a hierarchy. */
  contactChunks: Int32Array;
  contAccount: Int32Array; contOwner: Uint16Array; contCreated: Uint16Array; contFlags: Uint8Array;
  leadCompany: Int32Array; leadCountry: Uint8Array; leadOwner: Uint16Array; leadCreated: Uint16Array; leadFlags: Uint8Array; leadContact: Int32Array;
  oppAccount: Int32Array; oppOwner: Uint16Array; oppCreated: Uint16Array; oppClose: Uint16Array; oppFlags: Uint8Array;
  caseAccount: Int32Array; caseContact: Int32Array; caseOwner: Uint16Array; caseCreated: Uint16Array; caseClosed: Uint16Array; caseFlags: Uint8Array;
}

const countryTable = new WeightedTable(COUNTRIES.map((c, i) => [i, c.weight] as const));

/** Integer starts of `total` items spread over slots in proportion to `weights`; sums exactly. */
export function distribute(total: number, weights: Float64Array): Int32Array {
  const start = i32(weights.length + 1);
  let sum = 0;
  for (const w of weights) sum += w;
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    start[i + 1] = sum > 0 ? Math.round((total * acc) / sum) : 0;
  }
  start[weights.length] = total;
  return start;
}

export function buildSkeleton(plan: Plan, people: OrgPeople, seed: number, asOfDay: number): Skeleton {
  const rng = new Rng(seed, 'skeleton');
  const old = asOfDay - STALE_MIN_AGE_DAYS;
  const repIn = (country: number): number => rng.pick(people.repsByRegion[COUNTRIES[country].region as Region]);

  // Accounts: companies with 0-4 subsidiaries, then now and then a duplicate row of the parent.
  const A = plan.accounts + 8; // groups may overshoot the target by a few rows
  const acctCompany = i32(A), acctKind = u8(A), acctRef = i32(A), acctCountry = u8(A), acctCity = u8(A), acctTld = u8(A);
  const acctOwner = u16(A), acctCreated = u16(A), acctFlags = u8(A), acctAddr = u32(A);
  const weight = new Float64Array(A);
  let rows = 0, company = 0;
  const addAccount = (kind: number, ref: number, country: number, tld: number, w: number, notBefore = 0): number => {
    const i = rows++;
    acctCompany[i] = company; acctKind[i] = kind; acctRef[i] = ref; acctCountry[i] = country; acctTld[i] = tld;
    acctCity[i] = rng.below(CITIES[COUNTRIES[country].code].length);
    acctOwner[i] = repIn(country);
    acctAddr[i] = rng.u32();
    weight[i] = w;
    // Stale needs room: created (not before `notBefore`) at least STALE_MIN_AGE_DAYS ago.
    const stale = kind !== ACCOUNT_DUP && notBefore <= old && rng.chance(STALE_RATE.Account);
    acctFlags[i] = stale ? STALE : 0;
    acctCreated[i] = Math.max(notBefore, stale ? asOfDay - rng.between(STALE_MIN_AGE_DAYS, 2190) : asOfDay - rng.between(30, 2190));
    return i;
  };
  while (rows < plan.accounts) {
    const hq = countryTable.pick(rng);
    const children = rng.chance(0.12) ? rng.between(1, 4) : 0;
    const parent = addAccount(ACCOUNT_TOP, -1, hq, hq, (0.3 + rng.next() * 2.7) * (children ? 2 : 1));
    // Every account of a hierarchy gets its own city, and a subsidiary its own name: "Acme France SAS"
    // for the first one in a country, "Acme (Lyon)" otherwise. Two of them alike would be duplicates.
    const cityKey = (i: number) => `${acctCountry[i]}:${CITIES[COUNTRIES[acctCountry[i]].code][acctCity[i]].city}`;
    const usedCities = new Set([cityKey(parent)]);
    const usedCountries = new Set([hq]);
    for (let c = 0; c < children; c++) {
      const country = rng.chance(0.5) ? hq : countryTable.pick(rng);
      // A subsidiary is set up after its parent.
      const child = addAccount(ACCOUNT_CHILD, parent, country, rng.chance(0.5) ? country : hq, 0.3 + rng.next() * 1.2, acctCreated[parent]);
      const n = CITIES[COUNTRIES[country].code].length;
      for (let tries = 0; tries < n && usedCities.has(cityKey(child)); tries++) acctCity[child] = (acctCity[child] + 1) % n;
      usedCities.add(cityKey(child));
      if (country === hq || usedCountries.has(country)) acctFlags[child] |= CITY_NAMED;
      usedCountries.add(country);
    }
    if (rng.chance(DUPLICATE_RATE.Account)) {
      acctFlags[parent] |= KEEP_CLEAN;
      const dup = addAccount(ACCOUNT_DUP, parent, hq, hq, 0);
      acctOwner[dup] = rng.chance(0.7) ? acctOwner[parent] : repIn(hq);
      // Entered after the original, on a later day, so the oldest record is the original.
      acctCreated[dup] = rng.between(Math.min(asOfDay - 1, acctCreated[parent] + 1), asOfDay - 1);
    }
    company++;
  }
  const accounts = rows;
  const w = weight.subarray(0, accounts);

  // Contacts.
  const N = plan.contacts;
  const contactStart = distribute(N, w);
  const contAccount = i32(N), contOwner = u16(N), contCreated = u16(N), contFlags = u8(N);
  for (let a = 0; a < accounts; a++) {
    for (let c = contactStart[a]; c < contactStart[a + 1]; c++) {
      contAccount[c] = a;
      contOwner[c] = rng.chance(0.92) ? acctOwner[a] : repIn(acctCountry[a]);
      const stale = acctCreated[a] <= old && rng.chance(STALE_RATE.Contact);
      contFlags[c] = stale ? STALE : 0;
      contCreated[c] = stale ? rng.between(acctCreated[a], old) : rng.between(acctCreated[a], asOfDay - 1);
    }
  }

  // Opportunities.
  const O = plan.opportunities;
  const oppStart = distribute(O, w);
  const oppAccount = i32(O), oppOwner = u16(O), oppCreated = u16(O), oppClose = u16(O), oppFlags = u8(O);
  for (let a = 0; a < accounts; a++) {
    for (let o = oppStart[a]; o < oppStart[a + 1]; o++) {
      oppAccount[o] = a;
      oppOwner[o] = rng.chance(0.9) ? acctOwner[a] : repIn(acctCountry[a]);
      if (acctCreated[a] <= old && rng.chance(STALE_RATE.Opportunity)) {
        oppFlags[o] = STALE;
        oppCreated[o] = rng.between(acctCreated[a], old);
        oppClose[o] = asOfDay + rng.between(7, 300);
        continue;
      }
      const created = rng.between(acctCreated[a], asOfDay - 2);
      const age = asOfDay - created;
      oppCreated[o] = created;
      if (rng.chance(age > 200 ? 0.88 : age > 60 ? 0.45 : 0.1)) {
        oppFlags[o] = CLOSED;
        oppClose[o] = rng.between(created + 1, Math.min(created + 240, asOfDay - 1));
      } else {
        oppClose[o] = asOfDay + rng.between(7, 300);
      }
    }
  }

  // Cases: on customers' accounts, raised by one of their contacts where they have any.
  const C = plan.cases;
  const caseStart = distribute(C, w);
  const caseAccount = i32(C), caseContact = i32(C), caseOwner = u16(C), caseCreated = u16(C), caseClosed = u16(C), caseFlags = u8(C);
  for (let a = 0; a < accounts; a++) {
    const c0 = contactStart[a], n = contactStart[a + 1] - c0;
    for (let k = caseStart[a]; k < caseStart[a + 1]; k++) {
      caseAccount[k] = a;
      const contact = n > 0 ? c0 + rng.below(n) : -1;
      caseContact[k] = contact;
      if (contact >= 0) contFlags[contact] |= CASE_CONTACT;
      caseOwner[k] = rng.pick(people.agents);
      const from = Math.max(acctCreated[a], contact >= 0 ? contCreated[contact] : 0);
      if (from <= old && rng.chance(STALE_RATE.Case)) {
        caseFlags[k] = STALE;
        caseCreated[k] = rng.between(from, old);
        continue;
      }
      const created = rng.between(from, asOfDay);
      caseCreated[k] = created;
      if (rng.chance(asOfDay - created > 30 ? 0.85 : 0.3)) {
        caseFlags[k] = CLOSED;
        caseClosed[k] = rng.between(created, Math.min(created + 45, asOfDay));
      }
    }
  }

  // Leads: prospects at their own companies (1-3 per company), a share converted into contacts,
  // a share re-entering people who already are contacts.
  const L = plan.leads;
  const leadCompany = i32(L), leadCountry = u8(L), leadOwner = u16(L), leadCreated = u16(L), leadFlags = u8(L), leadContact = i32(L);
  const usedContacts = new Set<number>();
  const freshContact = (): number => {
    for (let tries = 0; tries < 20; tries++) {
      const c = rng.below(N);
      if (!usedContacts.has(c)) { usedContacts.add(c); return c; }
    }
    return -1;
  };
  let leadCompanyNext = company, groupLeft = 0, groupCountry = 0, groupOwner = 0;
  for (let l = 0; l < L; l++) {
    leadContact[l] = -1;
    const created = asOfDay - rng.between(1, 1100);
    const r = rng.next();
    const dup = r < DUPLICATE_RATE.LeadOfContact;
    const converted = !dup && asOfDay - created > 30 && r < DUPLICATE_RATE.LeadOfContact + LEAD_CONVERTED_SHARE;
    const c = dup || converted ? freshContact() : -1;
    if (c >= 0) {
      const a = contAccount[c];
      contFlags[c] |= KEEP_CLEAN;
      leadContact[l] = c;
      leadCompany[l] = acctCompany[a];
      leadCountry[l] = acctCountry[a];
      if (dup) {
        leadFlags[l] = DUP_OF_CONTACT;
        leadOwner[l] = repIn(acctCountry[a]);
        leadCreated[l] = rng.between(contCreated[c] + 1, asOfDay);
      } else {
        // The lead came first; converting it created the contact.
        leadFlags[l] = CONVERTED | CLOSED;
        leadOwner[l] = contOwner[c];
        leadCreated[l] = Math.max(0, contCreated[c] - rng.between(3, 90));
      }
      continue;
    }
    if (groupLeft === 0) {
      groupLeft = rng.chance(0.7) ? 1 : rng.between(2, 3);
      groupCountry = countryTable.pick(rng);
      groupOwner = repIn(groupCountry);
      leadCompanyNext++;
    }
    groupLeft--;
    leadCompany[l] = leadCompanyNext - 1;
    leadCountry[l] = groupCountry;
    leadOwner[l] = groupOwner;
    if (rng.chance(STALE_RATE.Lead)) {
      leadFlags[l] = STALE;
      leadCreated[l] = asOfDay - rng.between(STALE_MIN_AGE_DAYS, 1100);
    } else {
      leadCreated[l] = created;
      if (asOfDay - created > 30 && rng.chance(0.55)) leadFlags[l] = CLOSED;
    }
  }

  return {
    contactChunks: contactChunkBounds(contactStart, acctKind, accounts),
    asOfDay, accounts, nameOffset: rng.u32(), accountCompanies: company,
    acctCompany, acctKind, acctRef, acctCountry, acctCity, acctTld, acctOwner, acctCreated, acctFlags, acctAddr,
    contactStart, oppStart,
    contAccount, contOwner, contCreated, contFlags,
    leadCompany, leadCountry, leadOwner, leadCreated, leadFlags, leadContact,
    oppAccount, oppOwner, oppCreated, oppClose, oppFlags,
    caseAccount, caseContact, caseOwner, caseCreated, caseClosed, caseFlags,
  };
}

/** Contacts per chunk (about): small enough that two threads finish the object close together. */
export const CONTACT_CHUNK = 8192;

/**
 * Chunk boundaries for contacts: a chunk closes once it holds CONTACT_CHUNK contacts, but only in
 * front of a top-level account, so a company hierarchy (whose people must not look alike) and every
 * duplicate with its original stay inside one chunk.
 */
function contactChunkBounds(contactStart: Int32Array, acctKind: Uint8Array, accounts: number): Int32Array {
  const bounds = [0];
  for (let a = 1; a < accounts; a++) {
    if (acctKind[a] === ACCOUNT_TOP && contactStart[a] - contactStart[bounds[bounds.length - 1]] >= CONTACT_CHUNK) bounds.push(a);
  }
  bounds.push(accounts);
  const out = i32(bounds.length);
  out.set(bounds);
  return out;
}
