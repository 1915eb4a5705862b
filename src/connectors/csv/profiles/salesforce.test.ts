import { describe, expect, it } from 'vitest';
import { salesforce } from './salesforce.js';

describe('salesforce profile', () => {
  it('takes the object from the file name, repairing case, and skips other files', () => {
    expect(salesforce.objectForFile('Account.csv')).toBe('Account');
    expect(salesforce.objectForFile('opportunitycontactrole.CSV')).toBe('OpportunityContactRole');
    expect(salesforce.objectForFile('Guest_Review__c.csv')).toBe('Guest_Review__c');
    expect(salesforce.objectForFile('LICENSE')).toBeUndefined();
  });
  it('repairs upper-case Data Loader headers to API names and keeps unknown columns as written', () => {
    expect(salesforce.fieldName('Contact', 'ACCOUNTID')).toBe('AccountId');
    expect(salesforce.fieldName('OpportunityContactRole', 'SYSTEMMODSTAMP')).toBe('SystemModstamp');
    expect(salesforce.fieldName('Contact', 'Custom_Field__c')).toBe('Custom_Field__c');
  });
  it('gives canonical fields their canonical type, system fields theirs, and leaves the rest to inference', () => {
    expect(salesforce.fieldDef('Opportunity', 'StageName')).toMatchObject({ type: 'picklist', required: true });
    expect(salesforce.fieldDef('OpportunityContactRole', 'IsDeleted')).toMatchObject({ type: 'boolean' });
    expect(salesforce.fieldDef('Account', 'MasterRecordId')).toMatchObject({ type: 'reference', referenceTo: ['Account'] });
    expect(salesforce.fieldDef('Account', 'SicDesc')).toBeUndefined();
  });
  it('keeps values exactly as exported', () => {
    expect(salesforce.value).toBeUndefined();
  });
});
