/**
 * Which columns play which part in matching, from whatever standard Salesforce fields an object
 * has. Nothing here knows our generator: a CSV export with only LastName and Email still works,
 * and unknown custom columns (even id-like ones such as a national id) are never used, because a
 * generic engine cannot know whether a custom field is identifying, shared or junk.
 */
import type { DedupeObject } from './types.js';

export interface FieldRoles {
  object: DedupeObject;
  id: string;
  first?: string;
  last?: string;
  /** A single-field person name, used only when First/Last are absent. */
  fullName?: string;
  /** Account name. */
  name?: string;
  email?: string;
  phones: string[];
  street?: string;
  city?: string;
  postcode?: string;
  state?: string;
  country?: string;
  birthdate?: string;
  /** Free-text company (Lead.Company). */
  company?: string;
  /** Contact.AccountId, resolved to the Account's name when Accounts are given too. */
  accountId?: string;
  website?: string;
  created?: string;
  /** Lead.IsConverted / ConvertedContactId: a converted Lead is the Contact's history, not a duplicate. */
  converted?: string;
  convertedContact?: string;
}

const PHONES: Record<DedupeObject, string[]> = {
  Contact: ['Phone', 'MobilePhone', 'HomePhone', 'OtherPhone'],
  Lead: ['Phone', 'MobilePhone'],
  Account: ['Phone'],
};
/** Address prefixes in order of preference (Salesforce flattens compound addresses this way). */
const ADDRESS: Record<DedupeObject, string[]> = { Contact: ['Mailing', 'Other'], Lead: [''], Account: ['Billing', 'Shipping'] };

export function fieldRoles(object: DedupeObject, columns: readonly string[]): FieldRoles {
  // Exports from other tools sometimes change the case of API names; match case-insensitively.
  const byLower = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const col = (...names: string[]): string | undefined => names.map((n) => byLower.get(n.toLowerCase())).find((c) => c !== undefined);
  const addr = (part: string) => col(...ADDRESS[object].map((p) => `${p}${part}`));
  const person = object !== 'Account';
  const first = person ? col('FirstName') : undefined;
  const last = person ? col('LastName') : undefined;
  return {
    object,
    id: col('Id') ?? 'Id',
    first,
    last,
    fullName: person && !first && !last ? col('Name') : undefined,
    name: person ? undefined : col('Name'),
    email: person ? col('Email') : undefined,
    phones: PHONES[object].map((p) => col(p)).filter((c): c is string => c !== undefined),
    street: addr('Street'),
    city: addr('City'),
    postcode: addr('PostalCode'),
    state: addr('State'),
    country: addr('Country'),
    birthdate: object === 'Contact' ? col('Birthdate') : undefined,
    company: object === 'Lead' ? col('Company') : undefined,
    accountId: object === 'Contact' ? col('AccountId') : undefined,
    website: object === 'Contact' ? undefined : col('Website'),
    created: col('CreatedDate'),
    converted: object === 'Lead' ? col('IsConverted') : undefined,
    convertedContact: object === 'Lead' ? col('ConvertedContactId') : undefined,
  };
}

/** The columns a record's completeness is judged on when choosing the master. */
export function roleColumns(r: FieldRoles): string[] {
  const cols = [r.first, r.last, r.fullName, r.name, r.email, ...r.phones, r.street, r.city, r.postcode, r.state, r.country, r.birthdate, r.company, r.accountId, r.website];
  return cols.filter((c): c is string => c !== undefined);
}
