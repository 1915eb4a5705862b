/**
 * Hand-made cases through the whole engine: a small snapshot written with SnapshotWriter, loaded
 * like any other, deduplicated. Each case says what a RevOps person would call it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalSchema } from '../../snapshot/canonical/index.js';
import { loadSnapshot, type LoadedSnapshot } from '../../snapshot/load-snapshot.js';
import { SnapshotWriter } from '../../snapshot/snapshot-writer.js';
import { TINY_ACCESS } from '../../test-support/tiny-snapshot.js';
import { findDuplicates } from './find-duplicates.js';
import type { DuplicateFinding, DuplicateTable } from './types.js';

const ACCOUNT = ['Id', 'Name', 'Website', 'Phone', 'BillingCity', 'BillingCountry', 'CreatedDate'];
const CONTACT = ['Id', 'AccountId', 'FirstName', 'LastName', 'Email', 'Phone', 'MobilePhone', 'MailingCity', 'MailingCountry', 'CreatedDate'];
const LEAD = ['Id', 'FirstName', 'LastName', 'Company', 'Email', 'Phone', 'IsConverted', 'ConvertedContactId', 'CreatedDate'];

const accounts = [
  ['001A00000000001AAA', 'Acme Inc.', 'https://www.acme.com', '+1 415 555 0100', 'San Francisco', 'USA', '2020-01-01T00:00:00Z'],
  ['001A00000000002AAA', 'Initech', 'https://www.initech.com', '+1 512 555 0199', 'Austin', 'USA', '2020-01-02T00:00:00Z'],
  ['001A00000000003AAA', 'Globex Corporation', 'globex.com', '+1 212 555 0142', 'New York', 'USA', '2020-01-03T00:00:00Z'],
  ['001A00000000004AAA', 'Globex Corp.', '', '(212) 555-0142', 'New York', 'USA', '2023-05-01T00:00:00Z'],
  ['001A00000000005AAA', 'Initech LLC', 'initech.com/about', '', 'Austin', 'USA', '2023-06-01T00:00:00Z'],
  ['001A00000000006AAA', 'Umbrella Corporation', 'umbrella.com', '+44 20 7946 0000', 'London', 'United Kingdom', '2020-01-04T00:00:00Z'],
  ['001A00000000007AAA', 'Hooli (Lyon)', 'https://hooli.fr', '+33 4 72 00 00 00', 'Lyon', 'France', '2021-01-01T00:00:00Z'],
  ['001A00000000008AAA', 'Hooli', 'https://www.hooli.fr', '+33 1 40 00 00 00', 'Paris', 'France', '2020-01-01T00:00:00Z'],
];
const A = (i: number) => accounts[i - 1][0];

const contacts = [
  // nickname + phone typed two ways, same account
  ['003A00000000001AAA', A(1), 'Robert', 'Smith', 'robert.smith@acme.com', '(415) 555-0101', '', 'San Francisco', 'USA', '2020-02-01T00:00:00Z'],
  ['003A00000000002AAA', A(1), 'Bob', 'Smith', '', '+1 415 555 0101', '', 'San Francisco', '', '2024-02-01T00:00:00Z'],
  // swapped first/last name, same email
  ['003A00000000003AAA', A(6), 'Wei', 'Chen', 'wei.chen@umbrella.com', '', '', 'London', 'UK', '2020-03-01T00:00:00Z'],
  ['003A00000000004AAA', A(6), 'Chen', 'Wei', 'Wei.Chen@Umbrella.com', '', '', '', '', '2024-03-01T00:00:00Z'],
  // typo in the surname, same mobile written nationally and internationally
  ['003A00000000005AAA', A(6), 'Katherine', 'Johnson', 'kjohnson@umbrella.com', '', '+44 7700 900123', 'London', 'United Kingdom', '2020-04-01T00:00:00Z'],
  ['003A00000000006AAA', A(6), 'Katherine', 'Jonhson', '', '', '07700 900123', 'London', 'United Kingdom', '2024-04-01T00:00:00Z'],
  // email differing only in case, nickname
  ['003A00000000007AAA', A(3), 'Daniel', 'Ortiz', 'DOrtiz@Globex.com', '', '', 'New York', 'USA', '2020-05-01T00:00:00Z'],
  ['003A00000000008AAA', A(3), 'Dan', 'Ortiz', 'dortiz@globex.com', '', '', '', '', '2024-05-01T00:00:00Z'],
  // two different John Smiths: other companies, emails and phones
  ['003A00000000009AAA', A(1), 'John', 'Smith', 'john.smith@acme.com', '(415) 555-0177', '', 'San Francisco', 'USA', '2020-06-01T00:00:00Z'],
  ['003A00000000010AAA', A(2), 'John', 'Smith', 'jsmith@initech.com', '(512) 555-0123', '', 'Austin', 'USA', '2020-06-02T00:00:00Z'],
  // colleagues sharing the switchboard and a surname
  ['003A00000000011AAA', A(2), 'Anna', 'Lee', 'anna.lee@initech.com', '+1 512 555 0199', '', 'Austin', 'USA', '2020-07-01T00:00:00Z'],
  ['003A00000000012AAA', A(2), 'Brian', 'Lee', 'brian.lee@initech.com', '+1 512 555 0199', '', 'Austin', 'USA', '2020-07-02T00:00:00Z'],
  // the Contact two Leads below duplicate
  ['003A00000000013AAA', A(6), 'Samuel', 'Rivera', 'sam.rivera@umbrella.com', '+44 20 7946 0011', '', 'London', 'United Kingdom', '2020-08-01T00:00:00Z'],
];

const leads = [
  ['00QA00000000001AAA', 'Sam', 'Rivera', 'Umbrella Inc', 'Sam.Rivera@umbrella.com', '', 'false', '', '2024-09-01T00:00:00Z'],
  // converted: the Contact's own history, not a duplicate
  ['00QA00000000002AAA', 'Samuel', 'Rivera', 'Umbrella Corporation', 'sam.rivera@umbrella.com', '', 'true', '003A00000000013AAA', '2019-09-01T00:00:00Z'],
  ['00QA00000000003AAA', 'Grace', 'Hopper', 'Navy Labs', 'grace@navylabs.org', '', 'false', '', '2024-09-02T00:00:00Z'],
];

let snap: LoadedSnapshot;
let tables: DuplicateTable[];

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'crmready-dedupe-')), 'snap');
  const w = new SnapshotWriter(dir);
  for (const [name, header, rows] of [['Account', ACCOUNT, accounts], ['Contact', CONTACT, contacts], ['Lead', LEAD, leads]] as const) {
    const o = w.object(name, header);
    for (const r of rows) o.writeRow(r);
  }
  w.commit({ name: 'dedupe-cases', asOf: '2025-01-31', capturedAt: '2025-01-31T00:00:00Z', source: { kind: 'csv' } },
    { schema: canonicalSchema(['Account', 'Contact', 'Lead']), access: TINY_ACCESS });
  snap = await loadSnapshot(dir);
  tables = (['Account', 'Contact', 'Lead'] as const).map((o) => ({ object: o, table: snap.objects[o].table, columns: snap.objects[o].fileColumns }));
});
afterAll(() => snap?.close());

const pairOf = (findings: DuplicateFinding[], id: string) => findings.find((f) => f.id === id);

describe('findDuplicates', () => {
  let findings: DuplicateFinding[];
  beforeAll(async () => {
    findings = await findDuplicates(snap.db, tables);
  });

  it.each([
    ['nickname (Bob/Robert), phone in two formats', '003A00000000002AAA', '003A00000000001AAA', /nickname \(bob~robert\).*phone equal/],
    ['swapped first and last names, email case', '003A00000000004AAA', '003A00000000003AAA', /swapped.*same email/],
    ['surname typo, mobile national vs E.164', '003A00000000006AAA', '003A00000000005AAA', /last name jw 0\.9\d.*mobile\/home phone equal/],
    ['email case and nickname (Dan/Daniel)', '003A00000000008AAA', '003A00000000007AAA', /nickname \(dan~daniel\).*same email/],
  ])('finds %s', (_what, dup, master, reason) => {
    const f = pairOf(findings, dup);
    expect(f, dup).toBeDefined();
    expect(f).toMatchObject({ object: 'Contact', master, of: master, cluster: `dup-Contact-${master}` });
    expect(f!.reason).toMatch(reason);
    expect(f!.score).toBeGreaterThan(0.8);
    expect(f!.score).toBeLessThanOrEqual(1);
  });

  it('finds accounts whose names differ only in legal form, or whose websites differ only in www', () => {
    expect(pairOf(findings, A(4))).toMatchObject({ object: 'Account', master: A(3), reason: expect.stringMatching(/same name without legal form/) });
    expect(pairOf(findings, A(5))).toMatchObject({ object: 'Account', master: A(2), reason: expect.stringMatching(/same website domain/) });
  });

  it('does not merge a branch with its own account into the head office', () => {
    expect(pairOf(findings, A(7))).toBeUndefined();
    expect(pairOf(findings, A(8))).toBeUndefined();
  });

  it('keeps two different John Smiths apart', () => {
    expect(pairOf(findings, '003A00000000009AAA')).toBeUndefined();
    expect(pairOf(findings, '003A00000000010AAA')).toBeUndefined();
  });

  it('keeps colleagues who share a switchboard and a surname apart', () => {
    expect(pairOf(findings, '003A00000000011AAA')).toBeUndefined();
    expect(pairOf(findings, '003A00000000012AAA')).toBeUndefined();
  });

  it('reports a Lead duplicating a Contact as the Lead, with the Contact as master', () => {
    expect(pairOf(findings, '00QA00000000001AAA')).toMatchObject({
      object: 'Lead', of: '003A00000000013AAA', ofObject: 'Contact', master: '003A00000000013AAA', masterObject: 'Contact',
      cluster: 'dup-Contact-003A00000000013AAA',
    });
    expect(pairOf(findings, '003A00000000013AAA')).toBeUndefined();
  });

  it('ignores converted Leads and unrelated Leads', () => {
    expect(pairOf(findings, '00QA00000000002AAA')).toBeUndefined();
    expect(pairOf(findings, '00QA00000000003AAA')).toBeUndefined();
  });

  it('finds exactly the expected records, in a stable order', async () => {
    expect(findings.map((f) => f.id).sort()).toEqual(['001A00000000004AAA', '001A00000000005AAA', '003A00000000002AAA', '003A00000000004AAA', '003A00000000006AAA', '003A00000000008AAA', '00QA00000000001AAA'].sort());
    expect(await findDuplicates(snap.db, tables)).toEqual(findings);
  });

  it('leaves Lead↔Contact alone when crossObject is off', async () => {
    const without = await findDuplicates(snap.db, tables, undefined, { crossObject: false });
    expect(pairOf(without, '00QA00000000001AAA')).toBeUndefined();
    expect(pairOf(without, '003A00000000002AAA')).toBeDefined();
  });

  it('works with whatever columns exist: a Contact table with only Id, LastName and Email', async () => {
    const slim = [{ object: 'Contact' as const, table: snap.objects.Contact.table, columns: ['Id', 'LastName', 'Email'] }];
    const found = await findDuplicates(snap.db, slim);
    // Same email and surname: found. Wei Chen / Chen Wei now look like two surnames: not enough.
    expect(found.map((f) => f.id)).toEqual(['003A00000000008AAA']);
    expect(found[0].reason).toBe('last name equal, same email');
  });

  it('reads views as well as tables (rowid-less sources are copied once, so their rids stay put)', async () => {
    await snap.db.run(`CREATE OR REPLACE TEMP VIEW dup_test_contacts AS SELECT * FROM ${snap.objects.Contact.table}`);
    const viaView = await findDuplicates(snap.db, tables.map((t) => (t.object === 'Contact' ? { ...t, table: 'dup_test_contacts' } : t)));
    expect(viaView).toEqual(findings);
    await snap.db.run('DROP VIEW dup_test_contacts');
  });

  it('raises the bar with the threshold and leaves no tables behind', async () => {
    const strict = await findDuplicates(snap.db, tables, undefined, { threshold: 0.999999 });
    expect(strict.length).toBeLessThan(findings.length);
    const left = await snap.db.runAndReadAll(`SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'dup\\_%' ESCAPE '\\'`);
    expect(Number(left.getRows()[0][0])).toBe(0);
  });
});
