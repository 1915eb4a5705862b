import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

describe('normalisation', () => {
  it('flags country and state variants and email case, and proposes fixes', async () => {
    const r = await auditFixture({ Contact: [
      { Id: '003000000000001AAA', LastName: 'a', MailingCountry: 'United States', MailingState: 'California', Email: 'a@acme.com', Phone: '(415) 555-0134' },
      { Id: '003000000000002AAA', LastName: 'b', MailingCountry: 'USA', MailingState: 'CA', Email: 'B.Smith@Acme.com', Phone: '+1 415 555 0134' },
      { Id: '003000000000003AAA', LastName: 'c', MailingCountry: 'Australia', MailingState: 'NSW', Email: 'c@acme.com.au', Phone: '02 9876 5432' },
      { Id: '003000000000004AAA', LastName: 'd', MailingCountry: 'Deutschland', MailingState: 'Bayern', Email: 'not an email', Phone: '' },
      { Id: '003000000000005AAA', LastName: 'e', MailingCountry: 'Narnia', MailingState: 'Cair', Email: '', Phone: '' },
    ] }, '  - {kind: normalisation, object: Contact}\n');
    expect(flagged(r)).toEqual([
      'Contact.Email=B.Smith@Acme.com', 'Contact.MailingCountry=Deutschland', 'Contact.MailingCountry=USA',
      'Contact.MailingState=CA', 'Contact.MailingState=NSW',
    ]);
    const fixes = readFileSync(join(r.out, 'fixes/Contact.csv'), 'utf8').trim().split('\n');
    expect(fixes[0]).toBe('Id,MailingCountry,MailingState,Email,Phone');
    expect(fixes).toContain('003000000000002AAA,United States,California,b.smith@acme.com,+14155550134');
    expect(fixes).toContain('003000000000003AAA,,New South Wales,,+61298765432');
    expect(fixes).toContain('003000000000001AAA,,,,+14155550134');
  });
  it('proposes no E.164 form that would lose an extension or guess a country the record does not name', async () => {
    const r = await auditFixture({ Contact: [
      { Id: '003000000000001AAA', LastName: 'a', MailingCountry: 'United States', Phone: '(212) 555-0100' },
      { Id: '003000000000002AAA', LastName: 'b', MailingCountry: 'United States', Phone: '(212) 555-0100 x204' },
      { Id: '003000000000003AAA', LastName: 'c', MailingCountry: 'United States', Phone: '(212) 555-0101' },
      { Id: '003000000000004AAA', LastName: 'd', MailingCountry: 'Narnia', Phone: '33 12 34 56' },
      { Id: '003000000000005AAA', LastName: 'e', MailingCountry: 'Danmark', Phone: '33 12 34 57' },
      { Id: '003000000000006AAA', LastName: 'f', MailingCountry: 'United\u00a0States', Phone: '(415) 555-0100' },
      { Id: '003000000000007AAA', LastName: 'g', MailingCountry: '', Phone: '(415) 555-0101' },
    ] }, '  - {kind: normalisation, object: Contact}\n');
    const fixes = readFileSync(join(r.out, 'fixes/Contact.csv'), 'utf8').trim().split('\n');
    const phoneOf = (id: string) => fixes.find((l) => l.startsWith(id))?.split(',').at(-1);
    expect(phoneOf('003000000000001AAA')).toBe('+12125550100');
    expect(phoneOf('003000000000002AAA')).toBeUndefined(); // the extension would be lost
    expect(phoneOf('003000000000004AAA')).toBeUndefined(); // Narnia: no country to dial from, not the org's default
    expect(phoneOf('003000000000005AAA')).toBe('+4533123457'); // Danish names are known
    expect(phoneOf('003000000000006AAA')).toBe('+14155550100'); // a no-break space is still the United States
    expect(phoneOf('003000000000007AAA')).toBe('+14155550101'); // no country named: the org's most common one
    expect(flagged(r)).toContain('Contact.MailingCountry=United\u00a0States');
    expect(flagged(r)).toContain('Contact.MailingCountry=Danmark');
  });
});
