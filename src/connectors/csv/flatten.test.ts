import { describe, expect, it } from 'vitest';
import { flattenRecord } from './flatten.js';

describe('flattenRecord', () => {
  it('drops attributes and writes scalars as Salesforce CSV text', () => {
    const f = flattenRecord({ attributes: { type: 'Contact' }, LastName: 'Ng', IsX__c: true, N: 4.5, Gone: null });
    expect(f.values).toEqual([['LastName', 'Ng'], ['IsX__c', 'true'], ['N', '4.5'], ['Gone', '']]);
  });
  it('splits compound addresses and geolocations into their component fields', () => {
    const f = flattenRecord({ MailingAddress: { street: '1 Main', city: 'Oslo', postalCode: '0150' }, Address: { city: 'Rome' }, Loc__c: { latitude: 1, longitude: 2 } });
    expect(f.values).toEqual([['MailingStreet', '1 Main'], ['MailingCity', 'Oslo'], ['MailingPostalCode', '0150'], ['City', 'Rome'], ['Loc__Latitude__s', '1'], ['Loc__Longitude__s', '2']]);
  });
  it('writes parent records as dotted paths and hands back nested children', () => {
    const f = flattenRecord({ Account: { attributes: { type: 'Account' }, Name: 'Acme', Owner: { Name: 'Ann' } }, Contacts: { records: [{ LastName: 'Ng' }] } });
    expect(f.values).toEqual([['Account.Name', 'Acme'], ['Account.Owner.Name', 'Ann']]);
    expect(f.children).toEqual([{ relationship: 'Contacts', records: [{ LastName: 'Ng' }] }]);
  });
  it('joins arrays of scalars like multi-select values', () => {
    expect(flattenRecord({ Tags__c: ['a', 'b'] }).values).toEqual([['Tags__c', 'a;b']]);
  });
});
