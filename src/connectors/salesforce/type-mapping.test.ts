import { describe, expect, it } from 'vitest';
import { mapField } from './type-mapping.js';

describe('describe field → schema field', () => {
  it('maps types, lengths, references and precision', () => {
    expect(mapField({ name: 'Id', type: 'id', label: 'Account ID', nillable: false, createable: false })).toEqual({ def: { type: 'id', label: 'Account ID' } });
    expect(mapField({ name: 'Name', type: 'string', label: 'Name', length: 255, nillable: false, createable: true, defaultedOnCreate: false })).toEqual({ def: { type: 'string', label: 'Name', required: true, maxLength: 255 } });
    expect(mapField({ name: 'ParentId', type: 'reference', nillable: true, referenceTo: ['Account'] })).toEqual({ def: { type: 'reference', referenceTo: ['Account'] } });
    expect(mapField({ name: 'NumberOfEmployees', type: 'int', precision: 8, scale: 0 })).toEqual({ def: { type: 'number', precision: 8, scale: 0 } });
    expect(mapField({ name: 'Amount', type: 'currency', precision: 18, scale: 2 })).toMatchObject({ def: { type: 'currency', precision: 18, scale: 2 } });
    expect(mapField({ name: 'X__c', type: 'combobox', length: 40 })).toEqual({ def: { type: 'string', maxLength: 40 } });
  });
  it('is required only when Salesforce enforces it on insert', () => {
    expect(mapField({ name: 'IsActive', type: 'boolean', nillable: false, createable: true, defaultedOnCreate: true })).toEqual({ def: { type: 'boolean' } });
    expect(mapField({ name: 'CreatedDate', type: 'datetime', nillable: false, createable: false })).toEqual({ def: { type: 'datetime' } });
  });
  it('keeps only active picklist values', () => {
    const f = mapField({ name: 'Rating', type: 'picklist', length: 40, picklistValues: [{ value: 'Hot', active: true }, { value: 'Old', active: false }] });
    expect(f).toEqual({ def: { type: 'picklist', maxLength: 40, values: ['Hot'] } });
  });
  it('marks the org’s default picklist value, which the sandbox fills in on create', () => {
    const f = mapField({ name: 'Priority', type: 'picklist', length: 40, picklistValues: [{ value: 'High', active: true }, { value: 'Normal', active: true, defaultValue: true }] });
    expect(f).toEqual({ def: { type: 'picklist', maxLength: 40, values: ['High', 'Normal'], valueMeta: { Normal: { default: true } } } });
  });
  it('skips compound, binary and unknown types with a reason', () => {
    expect(mapField({ name: 'BillingAddress', type: 'address' })).toMatchObject({ skip: expect.stringMatching(/component fields/) });
    expect(mapField({ name: 'Body', type: 'base64' })).toMatchObject({ skip: expect.stringMatching(/binary/) });
    expect(mapField({ name: 'X', type: 'anyType' })).toMatchObject({ skip: expect.stringMatching(/anyType/) });
  });
});
