import { describe, expect, it } from 'vitest';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

describe('format', () => {
  it('checks email syntax but leaves placeholders to the placeholder check', async () => {
    const emails = ['jo@acme.com', 'Jo.Smith@Acme.co.uk', 'john.smith@@acme.com', 'john at acme.com', 'a..b@acme.com', 'jo@acme', 'test@test.com', 'N/A'];
    const r = await auditFixture({ Contact: emails.map((Email) => ({ LastName: 'x', Email })) }, '  - {kind: format, object: Contact, fields: {Email: email}}\n');
    expect(flagged(r)).toEqual(['Contact.Email=a..b@acme.com', 'Contact.Email=jo@acme', 'Contact.Email=john at acme.com', 'Contact.Email=john.smith@@acme.com']);
  });
  it('checks phones for the record country, in any common formatting', async () => {
    const rows = [
      ['(415) 555-0134', 'United States'], ['+1 415 555 0134', 'United States'], ['415.555.0134 x22', 'USA'],
      ['02 9876 5432', 'Australia'], ['+61 2 9876 5432', ''], ['020 7946 0958', 'United Kingdom'],
      ['555-01', 'United States'], ['415 555 CALL', 'United States'], ['02 9876 54321', 'Australia'],
    ].map(([Phone, MailingCountry]) => ({ LastName: 'x', Phone, MailingCountry }));
    const r = await auditFixture({ Contact: rows }, '  - {kind: format, object: Contact, fields: {Phone: phone}}\n');
    expect(flagged(r)).toEqual(['Contact.Phone=02 9876 54321', 'Contact.Phone=415 555 CALL', 'Contact.Phone=555-01']);
  });
  it('checks websites, postal codes by country, and values that do not parse as their type', async () => {
    const r = await auditFixture({ Account: [
      { Name: 'a', Website: 'https://www.acme.com/about', BillingPostalCode: '94105', BillingCountry: 'United States', AnnualRevenue: '1000' },
      { Name: 'b', Website: 'http//acme.com', BillingPostalCode: '9410', BillingCountry: 'US', AnnualRevenue: 'lots' },
      { Name: 'c', Website: 'www.acme', BillingPostalCode: 'SW1A 1AA', BillingCountry: 'United Kingdom' },
      { Name: 'd', Website: 'acme dot com', BillingPostalCode: '2000', BillingCountry: 'Australia' },
    ] }, '  - {kind: format, object: Account}\n');
    expect(flagged(r)).toEqual(['Account.AnnualRevenue=lots', 'Account.BillingPostalCode=9410', 'Account.Website=acme dot com', 'Account.Website=http//acme.com', 'Account.Website=www.acme']);
  });
});
