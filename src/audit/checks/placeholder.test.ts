import { describe, expect, it } from 'vitest';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

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
});
