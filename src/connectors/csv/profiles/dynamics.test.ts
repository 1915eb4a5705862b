import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../index.js';
import { contractCheck, csvRows, folderWith, tempDir } from '../test-helpers.js';
import { dynamics } from './dynamics.js';

// "Export to Excel" views saved as CSV: display names, GUIDs in the (Do Not Modify) columns.
const CONTACTS = [
  '(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Full Name,First Name,Last Name,Email,Business Phone,Job Title,Company Name,Address 1: City,Address 1: Country/Region,Owner,Created On,Modified On,Email (Do Not Allow)',
  '{5A1C2E3F-0000-4D6B-9C1A-000000000001},abc123,3/5/2024 2:22 PM,Maria Johnson,Maria,Johnson,maria@fabrikam.com,425-555-0101,Purchasing Manager,Fabrikam,Redmond,United States,Ada Admin,1/2/2024 8:00 AM,3/5/2024 2:22 PM,Allow',
].join('\n');
// A Dataverse table export: logical names, GUID lookups.
const OPPORTUNITIES = [
  'opportunityid,name,customerid,estimatedclosedate,estimatedvalue,closeprobability,salesstage,statecode,ownerid,createdon,modifiedon',
  '7e0c2f7a-1111-4f00-8000-000000000001,Fabrikam expansion,a1b2c3d4-0000-4000-8000-000000000001,2024-09-30,125000.00,60,2,Open,0d2a0f5e-2222-4000-8000-000000000009,2024-03-01T10:00:00Z,2024-03-05T14:22:00Z',
].join('\n');
const ACCOUNTS = [
  '(Do Not Modify) Account,Account Name,Main Phone,Industry,Annual Revenue,Number of Employees,Address 1: Street 1,Address 1: City,Primary Contact,Owner,Created On',
  '{A1B2C3D4-0000-4000-8000-000000000001},Fabrikam,425-555-0100,Wholesale,"$1,200,000.00",250,1 Microsoft Way,Redmond,Maria Johnson,Ada Admin,1/2/2024 8:00 AM',
].join('\n');

describe('dynamics profile', () => {
  it('finds the object from Excel view names and Dataverse table names', () => {
    expect(dynamics.objectForFile('Active Contacts 3-5-2024 2-22-14 PM.csv')).toBe('Contact');
    expect(dynamics.objectForFile('My Active Accounts 3-5-2024.csv')).toBe('Account');
    expect(dynamics.objectForFile('Open Opportunities.csv')).toBe('Opportunity');
    expect(dynamics.objectForFile('opportunity.csv')).toBe('Opportunity');
    expect(dynamics.objectForFile('leads.csv')).toBeUndefined();
  });
  it('maps display and logical names; lookups shown as names stay text', () => {
    expect(dynamics.fieldName('Contact', '(Do Not Modify) Contact')).toBe('Id');
    expect(dynamics.fieldName('Contact', 'emailaddress1')).toBe('Email');
    expect(dynamics.fieldName('Contact', 'Address 1: City')).toBe('MailingCity');
    expect(dynamics.fieldName('Account', 'Address 1: City')).toBe('BillingCity');
    expect(dynamics.fieldName('Contact', 'Company Name')).toBe('Company_Name__c');
    expect(dynamics.fieldName('Contact', 'parentcustomerid')).toBe('AccountId');
    expect(dynamics.fieldName('Opportunity', 'Est. Close Date')).toBe('CloseDate');
    expect(dynamics.fieldName('Contact', '(Do Not Modify) Row Checksum')).toBe('Do_Not_Modify_Row_Checksum__c');
  });
  it('converts Dynamics values', () => {
    const v = (o: string, f: string, x: string) => dynamics.value?.(o, f, x);
    expect(v('Contact', 'Id', '{5A1C2E3F-0000-4D6B-9C1A-000000000001}')).toBe('5a1c2e3f-0000-4d6b-9c1a-000000000001');
    expect(v('Contact', 'CreatedDate', '1/2/2024 8:00 AM')).toBe('2024-01-02T08:00:00.000Z');
    expect(v('Opportunity', 'CloseDate', '9/30/2024')).toBe('2024-09-30');
    expect(v('Account', 'AnnualRevenue', '$1,200,000.00')).toBe('1200000.00');
    expect(v('Opportunity', 'StageName', '2')).toBe('Propose');
    expect(v('Opportunity', 'StageName', 'Develop')).toBe('Develop');
    expect(v('Contact', 'HasOptedOutOfEmail', 'Do Not Allow')).toBe('true');
  });
  it('imports realistic exports into a contract-valid snapshot', async () => {
    const src = folderWith({ 'Active Contacts 3-5-2024 2-22-14 PM.csv': CONTACTS, 'opportunity.csv': OPPORTUNITIES, 'My Active Accounts.csv': ACCOUNTS });
    const r = await importCsv({ src, profile: 'dynamics', out: join(tempDir(), 'snap') });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(Object.fromEntries(Object.entries(r.value.objects).map(([o, s]) => [o, s.loaded]))).toEqual({ Account: 1, Contact: 1, Opportunity: 1 });
    const opp = csvRows(join(r.value.out, 'data/Opportunity.csv'));
    expect(opp[0]).toEqual(['Id', 'Name', 'AccountId', 'CloseDate', 'Amount', 'Probability', 'StageName', 'statecode__c', 'OwnerId', 'CreatedDate', 'LastModifiedDate']);
    expect(opp[1]).toEqual(['7e0c2f7a-1111-4f00-8000-000000000001', 'Fabrikam expansion', 'a1b2c3d4-0000-4000-8000-000000000001', '2024-09-30', '125000.00', '60', 'Propose', 'Open', '0d2a0f5e-2222-4000-8000-000000000009', '2024-03-01T10:00:00.000Z', '2024-03-05T14:22:00.000Z']);
    const contacts = csvRows(join(r.value.out, 'data/Contact.csv'));
    expect(contacts[1][0]).toBe('5a1c2e3f-0000-4d6b-9c1a-000000000001');
    const check = contractCheck(r.value.out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);
  });
});
