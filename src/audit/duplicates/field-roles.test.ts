import { describe, expect, it } from 'vitest';
import { fieldRoles, roleColumns } from './field-roles.js';

describe('fieldRoles', () => {
  it('uses whatever standard fields a Contact export has', () => {
    const r = fieldRoles('Contact', ['Id', 'LastName', 'email', 'MobilePhone', 'OtherCity', 'Custom_Id__c']);
    expect(r).toMatchObject({ id: 'Id', last: 'LastName', email: 'email', phones: ['MobilePhone'], city: 'OtherCity' });
    expect(r.first).toBeUndefined();
    expect(roleColumns(r)).not.toContain('Custom_Id__c');
  });

  it('prefers Mailing over Other address fields and Billing over Shipping', () => {
    expect(fieldRoles('Contact', ['Id', 'MailingCity', 'OtherCity']).city).toBe('MailingCity');
    expect(fieldRoles('Account', ['Id', 'Name', 'ShippingPostalCode', 'BillingPostalCode']).postcode).toBe('BillingPostalCode');
  });

  it('reads a one-field person name only when first and last are missing', () => {
    expect(fieldRoles('Lead', ['Id', 'Name']).fullName).toBe('Name');
    expect(fieldRoles('Lead', ['Id', 'Name', 'LastName']).fullName).toBeUndefined();
  });

  it('knows Lead conversion fields and the Account name', () => {
    expect(fieldRoles('Lead', ['Id', 'IsConverted', 'ConvertedContactId', 'Company'])).toMatchObject({ converted: 'IsConverted', convertedContact: 'ConvertedContactId', company: 'Company' });
    expect(fieldRoles('Account', ['Id', 'Name', 'Website'])).toMatchObject({ name: 'Name', website: 'Website', email: undefined });
  });
});
