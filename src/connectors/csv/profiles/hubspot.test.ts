import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../index.js';
import { contractCheck, csvRows, folderWith, tempDir } from '../test-helpers.js';
import { hubspot } from './hubspot.js';

// Header sets as HubSpot's "Export" writes them (property labels), with typical values.
const CONTACTS = [
  'Record ID,First Name,Last Name,Email,Phone Number,Job Title,Street Address,City,State/Region,Postal Code,Country/Region,Lifecycle Stage,Lead Status,Contact owner,Create Date,Last Activity Date,Associated Company IDs (Primary),Original Source',
  '51,Maria,Johnson,maria@globex.com,+1 617 555 0100,VP Sales,1 Main St,Boston,MA,02110,United States,Customer,Connected,Ada Admin,2024-03-05 14:22,2024-06-01 09:00,1001,Organic Search',
  '52,Brian,Halligan,,,CEO,,,,,,Lead,,,2023-12-31 23:59,,1002;1003,Direct Traffic',
].join('\n');
const COMPANIES = [
  'Record ID,Company name,Company Domain Name,Phone Number,Industry,Type,Annual Revenue,Number of Employees,City,Country/Region,Company owner,Create Date',
  '1001,Globex,globex.com,(617) 555-0199,COMPUTER_SOFTWARE,PROSPECT,"$1,200,000.00",250,Boston,United States,Ada Admin,2024-01-02 08:00',
].join('\n');
const DEALS = [
  'Record ID,Deal Name,Amount,Close Date,Deal Stage,Pipeline,Deal Type,Deal owner,Create Date,Associated Company IDs',
  '9001,Globex renewal,50000,2024-09-30 00:00,Contract Sent,Sales Pipeline,existingbusiness,Ada Admin,2024-03-05 14:22,1001',
  '9002,Globex upsell,12000,2024-05-01,closedwon,Sales Pipeline,newbusiness,Ada Admin,2024-02-01 10:00,1001',
].join('\n');

describe('hubspot profile', () => {
  it('finds contacts, companies and deals from HubSpot export file names', () => {
    expect(hubspot.objectForFile('hubspot-crm-exports-all-contacts-2024-03-05.csv')).toBe('Contact');
    expect(hubspot.objectForFile('all-companies.csv')).toBe('Account');
    expect(hubspot.objectForFile('hubspot-crm-exports-all-deals-2024-03-05.csv')).toBe('Opportunity');
    expect(hubspot.objectForFile('tickets.csv')).toBeUndefined();
    expect(hubspot.objectForFile('contacts.xlsx')).toBeUndefined();
  });
  it('maps property labels and internal names onto the canonical model, the rest to custom fields', () => {
    expect(hubspot.fieldName('Contact', 'Record ID')).toBe('Id');
    expect(hubspot.fieldName('Contact', 'firstname')).toBe('FirstName');
    expect(hubspot.fieldName('Contact', 'Country/Region')).toBe('MailingCountry');
    expect(hubspot.fieldName('Account', 'Country/Region')).toBe('BillingCountry');
    expect(hubspot.fieldName('Opportunity', 'Deal Stage')).toBe('StageName');
    expect(hubspot.fieldName('Contact', 'Lifecycle Stage')).toBe('Lifecycle_Stage__c');
    expect(hubspot.fieldName('Contact', 'Contact owner')).toBe('Contact_owner__c'); // an owner's name, not an Id
  });
  it('converts HubSpot values: dates, money, deal stage ids, primary associations', () => {
    const v = (o: string, f: string, x: string) => hubspot.value?.(o, f, x);
    expect(v('Contact', 'CreatedDate', '2024-03-05 14:22')).toBe('2024-03-05T14:22:00.000Z');
    expect(v('Opportunity', 'CloseDate', '2024-09-30 00:00')).toBe('2024-09-30');
    expect(v('Account', 'AnnualRevenue', '$1,200,000.00')).toBe('1200000.00');
    expect(v('Opportunity', 'StageName', 'closedwon')).toBe('Closed Won');
    expect(v('Opportunity', 'StageName', 'Contract Sent')).toBe('Contract Sent');
    expect(v('Contact', 'AccountId', '1002;1003')).toBe('1002');
    expect(v('Contact', 'Lifecycle_Stage__c', 'Customer')).toBe('Customer');
  });
  it('keeps HubSpot vocabularies as HubSpot has them', () => {
    expect(hubspot.fieldDef('Opportunity', 'StageName')).toMatchObject({ type: 'picklist', values: expect.arrayContaining(['Contract Sent']), valueMeta: { 'Closed Won': { won: true, closed: true } } });
    expect(hubspot.fieldDef('Account', 'Industry')).toEqual({ type: 'string', label: 'Industry' });
    expect(hubspot.fieldDef('Contact', 'Email')).toMatchObject({ type: 'email' });
    expect(hubspot.fieldDef('Contact', 'Lifecycle_Stage__c')).toBeUndefined();
  });
  it('imports a realistic export into a contract-valid snapshot', async () => {
    const src = folderWith({ 'hubspot-crm-exports-all-contacts-2024-06-30.csv': CONTACTS, 'hubspot-crm-exports-all-companies-2024-06-30.csv': COMPANIES, 'hubspot-crm-exports-all-deals-2024-06-30.csv': DEALS });
    const r = await importCsv({ src, profile: 'hubspot', out: join(tempDir(), 'snap') });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(Object.fromEntries(Object.entries(r.value.objects).map(([o, s]) => [o, s.loaded]))).toEqual({ Account: 1, Contact: 2, Opportunity: 2 });
    const deals = csvRows(join(r.value.out, 'data/Opportunity.csv'));
    expect(deals[0]).toEqual(['Id', 'Name', 'Amount', 'CloseDate', 'StageName', 'Pipeline__c', 'Type', 'Deal_owner__c', 'CreatedDate', 'AccountId']);
    expect(deals[2]).toEqual(['9002', 'Globex upsell', '12000', '2024-05-01', 'Closed Won', 'Sales Pipeline', 'newbusiness', 'Ada Admin', '2024-02-01T10:00:00.000Z', '1001']);
    const schema = JSON.parse(readFileSync(join(r.value.out, 'schema.json'), 'utf8'));
    expect(schema.objects.Opportunity.fields.CloseDate.type).toBe('date');
    expect(r.value.asOf).toBe('2024-03-05'); // the latest Create Date
    const check = contractCheck(r.value.out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);
  });
});
