import { describe, expect, it } from 'vitest';
import { canonicalSchema } from '../../snapshot/canonical/index.js';
import { auditFixture, flagged } from '../../test-support/audit-fixture.js';

describe('required', () => {
  it('flags blank and whitespace values of the fields schema.json marks required', async () => {
    const r = await auditFixture({ Contact: [{ LastName: 'Smith' }, { LastName: '' }, { LastName: '   ' }, { LastName: 'N/A' }] }, '  - kind: required\n');
    expect(flagged(r, 'missing_required')).toEqual(['Contact.LastName=', 'Contact.LastName=   ']);
    expect(r.checks.find((c) => c.id === 'required.Contact.LastName')).toMatchObject({ evaluated: 4, failed: 2 });
  });
  it('counts configured tokens as missing and takes explicit fields', async () => {
    const r = await auditFixture({ Contact: [{ LastName: 'Smith', Title: '-' }, { LastName: 'Jones', Title: 'CEO' }] }, '  - {kind: required, object: Contact, fields: [Title], missing_tokens: ["-"]}\n');
    expect(flagged(r)).toEqual(['Contact.Title=-']);
  });
  it('suggests real field names for a typo', async () => {
    const r = await auditFixture({ Contact: [{ LastName: 'Smith' }] }, '  - {kind: required, object: Contact, fields: [LastNme]}\n');
    expect(r.problems?.[0]).toMatchObject({ code: 'unknown_field', field: 'Contact.LastNme', line: 3 });
    expect(r.problems?.[0].hint).toMatch(/did you mean LastName/);
  });
  it('skips an object of schema.json missing from the snapshot with a warning', async () => {
    const r = await auditFixture({ Contact: [{ LastName: 'Smith' }] }, '  - {kind: required, object: Lead}\n', { schema: canonicalSchema(['Contact', 'Lead']) });
    expect(r.problems).toBeUndefined();
    expect(r.warnings[0]).toMatchObject({ code: 'object_not_in_snapshot', field: 'Lead' });
  });
  it('makes an object the snapshot does not know an error in a --audits pack', async () => {
    const r = await auditFixture({ Contact: [{ LastName: 'Smith' }] }, '  - {kind: required, object: Contatc, fields: [LastName]}\n');
    expect(r.problems).toMatchObject([{ code: 'unknown_object', field: 'Contatc', line: 3 }]);
    expect(r.problems?.[0].hint).toMatch(/did you mean Contact/);
  });
  it('warns that a required field whose column is not in the export is not checked', async () => {
    const r = await auditFixture({ Contact: [{ LastName: 'Smith' }] }, '  - kind: required\n');
    expect(r.problems).toBeUndefined();
    expect(r.warnings.filter((w) => w.code === 'field_not_in_export').map((w) => w.field)).toEqual(['Contact.OwnerId']);
  });
});
