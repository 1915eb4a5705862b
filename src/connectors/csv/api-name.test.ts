import { describe, expect, it } from 'vitest';
import { isApiName, isColumnName, suggestApiName } from './api-name.js';

describe('API names', () => {
  it('accepts standard, custom and namespaced names', () => {
    for (const n of ['Account', 'OpportunityContactRole', 'Guest_Review__c', 'ns__Thing__c', 'Product2', 'Event__e']) expect(isApiName(n), n).toBe(true);
  });
  it('rejects names Salesforce would refuse', () => {
    for (const n of ['My Object', '1Account', 'Account_', 'Bad__Name__x__c', '_x', '', 'Account-2', 'Guest___c']) expect(isApiName(n), n).toBe(false);
  });
  it('allows relationship paths as columns', () => {
    expect(isColumnName('Account.Name')).toBe(true);
    expect(isColumnName('First Name')).toBe(false);
  });
  it('suggests a usable name', () => {
    expect(suggestApiName('My Object')).toBe('My_Object__c');
    expect(isApiName(suggestApiName('2024 export (1)'))).toBe(true);
  });
});
