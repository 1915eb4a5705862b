/**
 * An account's clean name, domain and email convention as pure functions of the skeleton, so the
 * contact, lead and opportunity writers (on any thread) can name an account without the account
 * row being kept. Subsidiaries share the parent's stem ("Norvale Logistics Australia Pty Ltd"),
 * by design not a duplicate.
 */
import { companyName, type CompanyName } from './companies.js';
import { COUNTRIES } from './countries.js';
import { CITIES } from './data/places.js';
import { EMAIL_STYLES } from './people.js';
import { ACCOUNT_CHILD, ACCOUNT_DUP, CITY_NAMED, type Skeleton } from './skeleton.js';

export interface AccountName {
  company: CompanyName;
  /** Legal form in the name, '' when the name has none. */
  legal: string;
  name: string;
  domain: string;
  emailStyle: number;
}

/** A small integer hash: stable per-company choices that need no stored state. */
export function hash2(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h ^= h >>> 12; h = Math.imul(h, 0x297a2d39); h ^= h >>> 15;
  return h >>> 0;
}

/** Legal form a company of this country uses in its name, or '' (about 45% of names carry none). */
export function legalForm(k: number, countryIndex: number, offset: number): string {
  const h = hash2(k, offset);
  const legal = COUNTRIES[countryIndex].legal;
  return h % 100 < 55 ? legal[(h >>> 8) % legal.length] : '';
}

export function emailStyleOf(k: number, offset: number): number {
  return hash2(k, offset ^ 0x5bd1e995) % EMAIL_STYLES.length;
}

export function accountName(sk: Skeleton, a: number): AccountName {
  const row = sk.acctKind[a] === ACCOUNT_DUP ? sk.acctRef[a] : a;
  const k = sk.acctCompany[row];
  const company = companyName(k, sk.nameOffset);
  const country = sk.acctCountry[row];
  let legal = '', name: string;
  if (sk.acctKind[row] === ACCOUNT_CHILD) {
    if (sk.acctFlags[row] & CITY_NAMED) {
      name = `${company.base} (${CITIES[COUNTRIES[country].code][sk.acctCity[row]].city})`;
    } else {
      legal = legalForm(k * 7 + country, country, sk.nameOffset);
      name = `${company.base} ${COUNTRIES[country].name}${legal ? ` ${legal}` : ''}`;
    }
  } else {
    legal = legalForm(k, country, sk.nameOffset);
    name = legal ? `${company.base} ${legal}` : company.base;
  }
  return { company, legal, name, domain: `${company.label}.${COUNTRIES[sk.acctTld[row]].tld}`, emailStyle: emailStyleOf(k, sk.nameOffset) };
}

/** Lead companies live above the accounts' range of the name space: never an account's name. */
export function leadCompanyName(sk: Skeleton, l: number): AccountName {
  const k = sk.leadCompany[l];
  const company = companyName(k, sk.nameOffset);
  const country = sk.leadCountry[l];
  const legal = legalForm(k, country, sk.nameOffset);
  return { company, legal, name: legal ? `${company.base} ${legal}` : company.base, domain: `${company.label}.${COUNTRIES[country].tld}`, emailStyle: emailStyleOf(k, sk.nameOffset) };
}
