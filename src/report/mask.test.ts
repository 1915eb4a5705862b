import { describe, expect, it } from 'vitest';
import { isPersonalField, makeMasker, maskText, maskValue } from './mask.js';

describe('masking personal data', () => {
  it.each([
    ['Contact', 'Email', 'liam.holmes@callooptransit..com.au', 'l***@c***.au'],
    ['Case', 'SuppliedEmail', 'dorothy_li @berlogiccloud.co.uk', 'd***@b***.uk'],
    ['Contact', 'Phone', '+1 213 393 0614', '+•••••••••14'],
    ['Account', 'Phone', '02 894', '•••94'],
    ['Contact', 'LastName', 'Ferguson', 'F.'],
    ['Lead', 'Name', 'Thomas Ferguson', 'T. F.'],
    ['Contact', 'Birthdate', '1980-02-03', '••••-••-••'],
  ])('%s.%s %s → %s', (o, f, v, want) => expect(maskValue(o, f, v)).toBe(want));

  it('keeps company names, Ids, dates and amounts', () => {
    expect(isPersonalField('Account', 'Name')).toBe(false);
    expect(maskValue('Account', 'Name', 'Globex Corp')).toBe('Globex Corp');
    const plain = '0035g000000000jAAA closed 2026-06-30 for 1500000 (85200), 1 500 000 EUR';
    expect(maskText(plain)).toBe(plain);
    expect(maskText('call (213) 732-9387 or 213.944.8255')).toBe('call ••••••••87 or ••••••••55');
  });

  it('masks emails, phones and known names inside free text', () => {
    const m = makeMasker(true, ['Peter Li']);
    expect(m.text('Thursday demo with Peter Li, call +1 213 555 0188 or p.li@acme.com')).toBe('Thursday demo with P. L., call +•••••••••88 or p***@a***.com');
    expect(makeMasker(false, ['Peter Li']).text('Peter Li')).toBe('Peter Li');
  });
});
