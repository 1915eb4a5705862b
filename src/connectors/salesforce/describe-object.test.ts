import { describe, expect, it } from 'vitest';
import { describeObject, HIDDEN_REASON, withoutField } from './describe-object.js';

const contact = {
  name: 'Contact', label: 'Contact',
  fields: [
    { name: 'Id', type: 'id', nillable: false },
    { name: 'LastName', type: 'string', length: 80, nillable: false, createable: true },
    { name: 'MailingStreet', type: 'textarea', length: 255, nillable: true, compoundFieldName: 'MailingAddress', permissionable: true },
    { name: 'MailingCity', type: 'string', length: 40, nillable: true, compoundFieldName: 'MailingAddress', permissionable: true },
    { name: 'MailingAddress', type: 'address', nillable: true },
    { name: 'Email', type: 'email', length: 80, nillable: true, permissionable: true },
    { name: 'LastModifiedDate', type: 'datetime', nillable: false },
  ],
};

describe('describe → what to pull', () => {
  it('selects mapped fields in describe order, compound fields replaced by their components', () => {
    const d = describeObject(contact);
    expect(d.fields).toEqual(['Id', 'LastName', 'MailingStreet', 'MailingCity', 'Email', 'LastModifiedDate']);
    expect(d.def.fields.LastName).toEqual({ type: 'string', maxLength: 80, required: true });
    expect(d.skipped.MailingAddress).toBeUndefined(); // its components carry it
    expect(d.permissionable).toEqual(['MailingStreet', 'MailingCity', 'Email']);
    expect(d.sinceField).toBe('LastModifiedDate');
  });
  it('notes canonical fields the describe does not show as not visible', () => {
    const d = describeObject(contact);
    expect(d.skipped.Birthdate).toBe(HIDDEN_REASON);
    expect(d.skipped.Phone).toBe(HIDDEN_REASON);
    expect(describeObject({ name: 'Thing__c', fields: [{ name: 'Id', type: 'id' }] }).skipped).toEqual({});
  });
  it('drops a field the query refused and records why', () => {
    const d = withoutField(describeObject(contact), 'Email', 'refused');
    expect(d.fields).not.toContain('Email');
    expect(d.def.fields.Email).toBeUndefined();
    expect(d.skipped.Email).toBe('refused');
  });
});
