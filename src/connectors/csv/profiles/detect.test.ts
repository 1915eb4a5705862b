import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../cli/paths.js';
import { importCsv } from '../index.js';
import { folderWith, tempDir } from '../test-helpers.js';
import { detectProfile, sniffExport, type SniffedFile } from './detect.js';

const file = (name: string, header: string): SniffedFile => ({ name, header: header.split(',') });
const detected = (files: SniffedFile[]) => {
  const r = detectProfile(files);
  return r.ok ? r.value.profile : r.problems[0].code;
};

// Header sets as each CRM writes them (see each profile's test for rows).
const SF_CONTACT = file('Contact.csv', 'Id,AccountId,FirstName,LastName,Email,Phone,MailingCity,OwnerId,CreatedDate,LastModifiedDate');
const SF_OPP = file('Opportunity.csv', 'Id,AccountId,Name,Amount,StageName,CloseDate,Probability,OwnerId');
const HS_CONTACT = file('hubspot-crm-exports-all-contacts-2024-03-05.csv', 'Record ID,First Name,Last Name,Email,Phone Number,Job Title,City,Contact owner,Create Date,Associated Company IDs (Primary)');
const HS_DEALS = file('all-deals.csv', 'Record ID,Deal Name,Amount,Close Date,Deal Stage,Pipeline,Deal owner,Create Date');
const DYN_CONTACT = file('Active Contacts 3-5-2024.csv', '(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Full Name,First Name,Last Name,Email,Business Phone,Address 1: City,Owner,Created On');
const DYN_OPP = file('opportunity.csv', 'opportunityid,name,customerid,estimatedclosedate,estimatedvalue,closeprobability,salesstage,statecode,ownerid,createdon');

describe('detectProfile', () => {
  it('tells Data Loader, HubSpot and Dynamics exports apart by their Id column and known columns', () => {
    expect(detected([SF_CONTACT, SF_OPP])).toBe('salesforce');
    expect(detected([HS_CONTACT, HS_DEALS])).toBe('hubspot');
    expect(detected([DYN_CONTACT, DYN_OPP])).toBe('dynamics');
  });

  it('sf data tree JSON → tree', () => {
    expect(detected([{ name: 'data-plan.json', header: [] }, { name: 'data-Contact.json', header: [] }])).toBe('tree');
  });

  it('an export no profile recognises is a problem asking for --profile, not a guess', () => {
    const r = detectProfile([file('people.csv', 'name,age,town')]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'profile_not_detected', field: 'profile', hint: expect.stringContaining('--profile') });
    expect(detected([])).toBe('profile_not_detected');
  });

  it('reads header rows from disk (BOM, quoted labels) and imports without --profile', async () => {
    const src = folderWith({
      'Active Contacts.csv': '\uFEFF"(Do Not Modify) Contact","First Name","Last Name",Email\n{5A1C2E3F-0000-4D6B-9C1A-000000000001},Maria,Johnson,maria@fabrikam.com\n',
    });
    expect(sniffExport(src)).toEqual([{ name: 'Active Contacts.csv', header: ['(Do Not Modify) Contact', 'First Name', 'Last Name', 'Email'] }]);
    const r = await importCsv({ src, out: join(tempDir(), 'snap'), asOf: '2024-06-30' });
    expect(r.ok && r.value.profile).toBe('dynamics');
  });

  const dataLoader = join(PACKAGE_ROOT, '../shared/datasets/salesforce-dataloader-export');
  const treePlan = join(PACKAGE_ROOT, '../shared/datasets/salesforce-tree-contacts');
  if (!existsSync(dataLoader)) console.warn('skipped: ../shared/datasets is missing (real exports for profile detection)');
  it.skipIf(!existsSync(dataLoader))('detects the real Data Loader export and the real sf data tree export', () => {
    expect(detected(sniffExport(dataLoader))).toBe('salesforce');
    expect(detected(sniffExport(treePlan))).toBe('tree');
  });
});
