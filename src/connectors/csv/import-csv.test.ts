import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSalesforceId } from '../../core/salesforce-id.js';
import { importCsv, type ImportOptions, type ImportSummary } from './index.js';
import { contractCheck, csvRows, datasets, fingerprint, folderWith, tempDir, testData } from './test-helpers.js';

const dataloader = join(datasets, 'salesforce-dataloader-export');
const treeContacts = join(datasets, 'salesforce-tree-contacts');
const haveDataloader = existsSync(dataloader);
const haveTree = existsSync(treeContacts);
if (!haveDataloader || !haveTree) console.warn(`[import-csv.test] shared datasets missing under ${datasets}: their tests are skipped`);

async function run(opts: Partial<ImportOptions> & { src: string }): Promise<ImportSummary> {
  const r = await importCsv({ profile: 'salesforce', out: join(tempDir(), 'snap'), ...opts });
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.value;
}
const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const codes = (s: ImportSummary) => s.warnings.map((w) => w.code);

describe('import: Salesforce Data Loader export', () => {
  it.skipIf(!haveDataloader)('loads all 5 objects with the row counts of the sources, values untouched', async () => {
    const before = fingerprint(dataloader);
    const s = await run({ src: dataloader });
    expect(Object.keys(s.objects)).toEqual(['Account', 'Contact', 'Lead', 'Opportunity', 'OpportunityContactRole']);
    for (const [object, o] of Object.entries(s.objects)) {
      const source = csvRows(join(dataloader, `${object}.csv`));
      expect(o, object).toMatchObject({ read: source.length - 1, loaded: source.length - 1, rejected: 0 });
      expect(csvRows(join(s.out, 'data', `${object}.csv`)), object).toEqual(source);
    }
    expect(s.asOf).toBe('2019-01-06'); // the latest SystemModstamp, not the clock
    expect(fingerprint(dataloader)).toEqual(before);
    const check = contractCheck(s.out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);
  });

  it.skipIf(!haveDataloader)('types canonical fields canonically and infers the rest', async () => {
    const s = await run({ src: dataloader });
    const { objects } = json(s.out, 'schema.json');
    expect(objects.Opportunity.fields.StageName).toMatchObject({ type: 'picklist', required: true });
    expect(objects.Account.fields.IsCustomerPortal).toEqual({ type: 'boolean' });
    expect(objects.OpportunityContactRole.fields.OpportunityId).toEqual({ type: 'reference', referenceTo: ['Opportunity'] });
    expect(objects.OpportunityContactRole.fields.IsPrimary).toEqual({ type: 'boolean' });
    expect(Object.keys(objects.Lead.fields)).toEqual(csvRows(join(dataloader, 'Lead.csv'))[0]); // only present columns
    expect(s.objects.OpportunityContactRole.unknownColumns).toEqual(['ContactId', 'IsPrimary', 'OpportunityId', 'Role']);
    expect(json(s.out, 'snapshot.json').name).toBe('snap'); // the output folder's name
    expect(json(s.out, 'snapshot.json').source).toEqual({ kind: 'csv', profile: 'salesforce', files: ['Account.csv', 'Contact.csv', 'Lead.csv', 'Opportunity.csv', 'OpportunityContactRole.csv'] });
  });

  it.skipIf(!haveDataloader)('derives a permissive access.json and says permission checks mean nothing yet', async () => {
    const s = await run({ src: dataloader });
    const access = json(s.out, 'access.json');
    expect(access.profiles[0].name).toBe('Imported (full access)');
    expect(Object.keys(access.profiles[0].objects)).toHaveLength(5);
    expect(access.users).toHaveLength(1); // no OwnerId/CreatedById in this export
    expect(codes(s)).toContain('access_derived');
  });

  it.skipIf(!haveDataloader)('gives identical bytes when the same files are imported twice', async () => {
    const a = await run({ src: dataloader });
    const b = await run({ src: dataloader });
    expect(fingerprint(b.out)).toEqual(fingerprint(a.out));
  });
});

describe('import: sf data tree JSON', () => {
  it.skipIf(!haveTree)('imports the plan: 992 Contacts, 2 Cases, 10 Guest_Review__c with refs resolved', async () => {
    const before = fingerprint(treeContacts);
    const s = await run({ src: treeContacts, profile: 'tree' });
    expect(Object.fromEntries(Object.entries(s.objects).map(([o, v]) => [o, [v.read, v.loaded, v.rejected]]))).toEqual({
      Case: [2, 2, 0], Contact: [992, 992, 0], Guest_Review__c: [10, 10, 0],
    });
    const contacts = csvRows(join(s.out, 'data', 'Contact.csv'));
    const contactIds = new Set(contacts.slice(1).map((r) => r[0]));
    expect(contactIds.size).toBe(992);
    for (const id of contactIds) expect(isSalesforceId(id) && id.startsWith('003')).toBe(true);
    const cases = csvRows(join(s.out, 'data', 'Case.csv'));
    for (const r of cases.slice(1)) expect(contactIds.has(r[cases[0].indexOf('ContactId')])).toBe(true);
    const reviews = csvRows(join(s.out, 'data', 'Guest_Review__c.csv'));
    for (const r of reviews.slice(1)) {
      expect(contactIds.has(r[reviews[0].indexOf('Contact__c')])).toBe(true);
      expect(r[reviews[0].indexOf('Experience__c')]).toBe('@Experience__cRef29'); // kept, not blanked
    }
    expect(fingerprint(treeContacts)).toEqual(before);
    const check = contractCheck(s.out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);
  });

  it.skipIf(!haveTree)('warns about the missing plan file and the references it leaves unresolved', async () => {
    const s = await run({ src: join(treeContacts, 'data-plan-large.json'), profile: 'tree' });
    const missing = s.warnings.find((w) => w.code === 'plan_file_missing');
    expect(missing?.message).toContain('data-Experience__c-large.json');
    const unresolved = s.warnings.find((w) => w.code === 'unresolved_reference');
    expect(unresolved).toMatchObject({ field: 'Guest_Review__c.Experience__c' });
    expect(unresolved?.message).toMatch(/^10 values .*missing/);
    expect(codes(s)).toContain('as_of_default'); // tree exports carry no system dates
    const { objects } = json(s.out, 'schema.json');
    expect(objects.Guest_Review__c.fields.Experience__c).toEqual({ type: 'reference', referenceTo: ['Experience__c'] });
    expect(objects.Guest_Review__c.fields.Contact__c).toEqual({ type: 'reference', referenceTo: ['Contact'] });
  });

  it('imports a lone data file with nested children, compound fields and forward references', async () => {
    const s = await run({ src: join(testData, 'tree-nested', 'data-Account.json'), profile: 'tree', asOf: '2024-05-01' });
    expect(Object.keys(s.objects)).toEqual(['Account', 'Contact']);
    const [accHeader, acc] = csvRows(join(s.out, 'data', 'Account.csv'));
    expect(accHeader).toEqual(['Id', 'Name', 'Owner.Name', 'BillingStreet', 'BillingCity', 'BillingPostalCode', 'BillingCountry', 'IsActive__c', 'NumberOfEmployees', 'Note__c']);
    expect(acc.slice(1)).toEqual(['Acme', 'Ann Admin', '1 Main St', 'Springfield', '12345', 'US', 'true', '42', '']);
    const [conHeader, ng, roe] = csvRows(join(s.out, 'data', 'Contact.csv'));
    expect(conHeader).toEqual(['Id', 'LastName', 'ReportsToId', 'AccountId']);
    expect(ng).toEqual([ng[0], 'Ng', roe[0], acc[0]]); // forward @ContactRef2 resolved; linked to its Account
    expect(roe[3]).toBe(acc[0]);
    expect(codes(s)).not.toContain('parent_field_guessed'); // Contact → Account is canonical
    expect(json(s.out, 'schema.json').objects.Account.fields.IsActive__c).toEqual({ type: 'boolean' });
  });
});

describe('import: messy CSV', () => {
  it('loads what it can and rejects the rest with source line numbers and reasons', async () => {
    const src = join(testData, 'messy');
    const before = fingerprint(src);
    const s = await run({ src, asOf: '2024-01-31' });
    expect(s.objects.Contact).toMatchObject({ read: 7, loaded: 4, rejected: 3, rejectsFile: join(s.out, 'rejects', 'Contact.csv') });
    const rejects = csvRows(join(s.out, 'rejects', 'Contact.csv'));
    expect(rejects[0]).toEqual(['line', 'reason', 'raw']);
    expect(rejects.slice(1).map((r) => r[0])).toEqual(['5', '6', '11']);
    expect(rejects[1][1]).toBe('the row has 4 fields, the header has 5');
    expect(rejects[2][1]).toBe('the row has 6 fields, the header has 5');
    expect(rejects[3][1]).toContain('never closed');
    expect(rejects[3][2]).toBe('0035g0000000006AAA,Roe,Jo,"unclosed,jo@example.com');
    const data = readFileSync(join(s.out, 'data', 'Contact.csv'), 'utf8');
    expect(data.startsWith('Id,LastName')).toBe(true); // no BOM
    expect(csvRows(join(s.out, 'data', 'Contact.csv')).slice(1).map((r) => [r[1], r[3]])).toEqual([
      ['Smith', 'Line one\r\nLine two'], ['O"Brien', 'He said "hi"'], ['Diaz', 'multi\r\nline\r\nnote'], ['Poe', 'ok'],
    ]);
    expect(data.replace(/"[^"]*"/g, '').includes('\r')).toBe(false); // LF between records; values keep theirs
    expect(s.warnings.find((w) => w.code === 'malformed_csv')).toMatchObject({ line: 11, file: join(src, 'Contact.csv') });
    expect(s.warnings.find((w) => w.code === 'rows_rejected')?.message).toContain('3 of 7 rows rejected (first: line 5');
    expect(fingerprint(src)).toEqual(before);
    const check = contractCheck(s.out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);
  });

  it('reads Windows-1252 text, says so, and writes UTF-8', async () => {
    const s = await run({ src: join(testData, 'cp1252', 'Account.csv') });
    expect(s.objects.Account).toMatchObject({ read: 2, loaded: 2, rejected: 0 });
    const rows = csvRows(join(s.out, 'data', 'Account.csv'));
    expect(rows[1].slice(1, 4)).toEqual(['Müller GmbH', 'München', 'Café – bistro']);
    expect(s.warnings.find((w) => w.code === 'encoding_guessed')).toMatchObject({ line: 2 });
    expect(s.asOf).toBe('2024-03-01');
  });

  it('is byte-for-byte reproducible, rejects included', async () => {
    const a = await run({ src: join(testData, 'messy') });
    const b = await run({ src: join(testData, 'messy') });
    expect(fingerprint(b.out)).toEqual(fingerprint(a.out));
    expect(Object.keys(fingerprint(a.out)).sort()).toEqual(['access.json', 'data/Contact.csv', 'rejects/Contact.csv', 'schema.json', 'snapshot.json']);
  });
});

describe('import: options', () => {
  it('makes a user per owner seen, copies a supplied access.json, reports progress and replaces on request', async () => {
    const src = folderWith({ 'Account.csv': 'Id,Name,OwnerId,CreatedDate\n0015g0000000001AAA,Acme,0055g0000000009AAA,2024-02-02T00:00:00.000+0000\n' });
    const out = join(tempDir(), 'snap');
    const s = await run({ src, out });
    expect(json(out, 'access.json').users.map((u: { id: string }) => u.id)).toEqual(['0055g0000000009AAA']);
    expect(s.asOf).toBe('2024-02-02');

    const access = folderWith({ 'access.json': JSON.stringify({ orgDefaults: { Account: 'Private' }, roles: [], profiles: [{ id: 'p1', name: 'Rep' }], users: [{ id: 'u1', name: 'Ann', profileId: 'p1' }] }) });
    const seen: [string, number][] = [];
    const again = await run({ src, out, replace: true, access: join(access, 'access.json'), name: 'acme', onProgress: (o, n) => seen.push([o, n]) });
    expect(json(out, 'access.json').orgDefaults).toEqual({ Account: 'Private' });
    expect(json(out, 'snapshot.json').name).toBe('acme');
    expect(again.warnings.map((w) => w.code)).not.toContain('access_derived');
    expect(seen).toEqual([['Account', 1]]);
  });
});
