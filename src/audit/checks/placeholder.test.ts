import { describe, expect, it } from 'vitest';
import { openDuckDb, queryRows } from '../../snapshot/duckdb.js';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';
import { lit } from '../sql.js';
import { PHONE_DIGITS_RE, PHONE_PLACEHOLDER_RE } from './placeholder.js';

describe('placeholder', () => {
  it('flags whole-value placeholders, fake emails and dummy phones, not real values that contain them', async () => {
    const r = await auditFixture({ Lead: [
      { LastName: 'Tester', Company: '[not provided]', Email: 'philk@acme.com.test', Phone: '(555) 555-5555', Status: 'Open - Not Contacted' },
      { LastName: 'asdf', Company: 'N/A', Email: 'test@test.com', Phone: '0000000000', Status: 'Open - Not Contacted' },
      { LastName: 'Smith', Company: 'Unknown Worlds Ltd', Email: 'jo@example.com', Phone: '+1 415 555 0134', Status: 'Open - Not Contacted' },
      { LastName: 'Jones', Company: 'Acme', Email: 'jo@acme.invalid', Phone: 'TBD', Status: 'Open - Not Contacted' },
    ] }, '  - {kind: placeholder, object: Lead}\n');
    expect(flagged(r)).toEqual([
      'Lead.Company=N/A', 'Lead.Company=[not provided]', 'Lead.Email=jo@acme.invalid', 'Lead.Email=jo@example.com',
      'Lead.Email=philk@acme.com.test', 'Lead.Email=test@test.com', 'Lead.LastName=asdf', 'Lead.Phone=(555) 555-5555', 'Lead.Phone=0000000000', 'Lead.Phone=TBD',
    ]);
  });

  it('leaves people named Na, Nil or Bar alone, but not a company called "na"', async () => {
    const r = await auditFixture({ Lead: [
      { FirstName: 'Nil', LastName: 'Na', Company: 'na', Status: 'Open - Not Contacted' },
      { FirstName: 'Ada', LastName: 'Bar', Company: 'Acme', Status: 'Open - Not Contacted' },
      { FirstName: 'x', LastName: 'N/A', Company: 'Acme', Status: 'Open - Not Contacted' },
    ] }, '  - {kind: placeholder, object: Lead}\n');
    expect(flagged(r)).toEqual(['Lead.Company=na', 'Lead.FirstName=x', 'Lead.LastName=N/A']);
  });
  it('tests a phone as written exactly as its digits alone would test (RE2, random values)', async () => {
    // Seeded pseudo-random values over digits, separators, letters, whitespace and non-ASCII.
    const alphabet = ['0', '1', '1', '2', '3', '4', '5', '5', '6', '7', '8', '9', ' ', '-', '(', ')', '+', '.', 'x', 'E', '\t', 'é', '#'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const values = ['5555555555', '(555) 555-5555', '123-456-7890', '0123456789', '1234567890', '123456789', '12345678901', '+1 111 111 1111', 'ext 0', '', 'abc', '00 00', '1 2 3 4 5 6 7 8 9 0 0'];
    for (let i = 0; i < 3000; i++) {
      const repeat = next() < 0.3 ? String(Math.floor(next() * 10)) : '';
      values.push(Array.from({ length: 1 + Math.floor(next() * 16) }, () => (repeat && next() < 0.7 ? repeat : alphabet[Math.floor(next() * alphabet.length)])).join(''));
    }
    const { instance, db } = await openDuckDb();
    try {
      const rows = await queryRows<{ v: string; asWritten: boolean; digitsOnly: boolean }>(db, `SELECT v, regexp_full_match(v, ${lit(PHONE_PLACEHOLDER_RE)}) AS "asWritten",
        regexp_full_match(regexp_replace(v, '[^0-9]', '', 'g'), ${lit(PHONE_DIGITS_RE)}) AS "digitsOnly" FROM (SELECT unnest([${values.map(lit).join(', ')}]) AS v)`);
      expect(rows.filter((r) => r.asWritten !== r.digitsOnly)).toEqual([]);
      expect(rows.filter((r) => r.asWritten).length).toBeGreaterThan(300);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });
});
