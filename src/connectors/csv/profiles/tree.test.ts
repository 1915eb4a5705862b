import { describe, expect, it } from 'vitest';
import { tree } from './tree.js';

describe('tree profile', () => {
  it('takes the object from a data file name, never from a plan', () => {
    expect(tree.objectForFile('data-Contact-large.json')).toBe('Contact');
    expect(tree.objectForFile('data-Guest_Review__c.json')).toBe('Guest_Review__c');
    expect(tree.objectForFile('Account.json')).toBe('Account');
    expect(tree.objectForFile('data-plan-large.json')).toBeUndefined();
    expect(tree.objectForFile('notes.txt')).toBeUndefined();
  });
  it('knows the canonical fields like the Data Loader profile does', () => {
    expect(tree.reader).toBe('tree');
    expect(tree.fieldName('Case', 'contactid')).toBe('ContactId');
    expect(tree.fieldDef('Case', 'ContactId')).toMatchObject({ type: 'reference', referenceTo: ['Contact'] });
    expect(tree.fieldDef('Contact', 'Interest1__c')).toBeUndefined();
  });
});
