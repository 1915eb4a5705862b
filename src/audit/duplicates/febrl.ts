/**
 * The Febrl benchmark (synthetic Australian person records with typos, swaps and missing values)
 * written as a snapshot of Contacts, for accuracy tests and the bench. Ground truth — records
 * `rec-N-org` and `rec-N-dup-k` are one person — is returned separately and never reaches the engine.
 *
 * Mapping: given_name→FirstName, surname→LastName, street_number + address_1 → MailingStreet with
 * address_2 as its second line (as Salesforce stores a two-line street), suburb→MailingCity,
 * postcode→MailingPostalCode, state→MailingState, "Australia"→MailingCountry,
 * date_of_birth→Birthdate (ISO; left blank when it is not a real date, as a CRM date field would
 * be). soc_sec_id is kept as the custom text field Soc_Sec_Id__c, which the engine ignores like
 * any custom field.
 */
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeId } from '../../core/salesforce-id.js';
import { canonicalSchema } from '../../snapshot/canonical/index.js';
import { SnapshotWriter } from '../../snapshot/snapshot-writer.js';

export const FEBRL_SETS: Record<string, string[]> = {
  dataset1: ['dataset1.csv'],
  dataset2: ['dataset2.csv'],
  dataset3: ['dataset3.csv'],
  dataset4: ['dataset4a.csv', 'dataset4b.csv'],
};

/** ../shared/datasets/febrl next to the repository, or undefined when it is not there. */
export function febrlDir(repoRoot: string): string | undefined {
  const dir = resolve(repoRoot, '../shared/datasets/febrl');
  return existsSync(join(dir, 'dataset1.csv')) ? dir : undefined;
}

export interface FebrlRecord {
  rec_id: string; given_name: string; surname: string; street_number: string; address_1: string; address_2: string;
  suburb: string; postcode: string; state: string; date_of_birth: string; soc_sec_id: string;
}

export function readFebrl(dir: string, files: string[]): FebrlRecord[] {
  return files.flatMap((f) => parse(readFileSync(join(dir, f)), { columns: true, trim: true, skip_empty_lines: true }) as FebrlRecord[]);
}

/** YYYYMMDD → YYYY-MM-DD when it is a real calendar date, else ''. */
export function febrlDate(s: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : '';
}

/** The true entity of a Febrl record id: "rec-12-dup-3" → "12". */
export const febrlEntity = (recId: string): string => recId.split('-')[1];

const HEADER = ['Id', 'FirstName', 'LastName', 'MailingStreet', 'MailingCity', 'MailingPostalCode', 'MailingState', 'MailingCountry', 'Birthdate', 'Soc_Sec_Id__c'];

/** Writes the records as a snapshot; returns Contact Id → true entity. */
export function writeFebrlSnapshot(records: FebrlRecord[], dir: string): Map<string, string> {
  const w = new SnapshotWriter(dir, { replace: true });
  const out = w.object('Contact', HEADER);
  const truth = new Map<string, string>();
  records.forEach((r, i) => {
    const id = makeId('Contact', i + 1);
    truth.set(id, febrlEntity(r.rec_id));
    const line1 = [r.street_number, r.address_1].filter(Boolean).join(' ');
    const street = [line1, r.address_2].filter(Boolean).join('\n');
    out.writeRow([id, r.given_name, r.surname, street, r.suburb, r.postcode, r.state.toUpperCase(), 'Australia', febrlDate(r.date_of_birth), r.soc_sec_id]);
  });
  const schema = canonicalSchema(['Contact']);
  schema.objects.Contact.fields.Soc_Sec_Id__c = { type: 'string', label: 'Social Security Id', maxLength: 20 };
  w.commit(
    { name: 'febrl', asOf: '2025-01-01', capturedAt: '2025-01-01T00:00:00Z', source: { kind: 'csv' } },
    { schema, access: { orgDefaults: { Contact: 'ReadWrite' }, roles: [], profiles: [], users: [] } },
  );
  return truth;
}
