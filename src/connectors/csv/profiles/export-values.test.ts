import { describe, expect, it } from 'vitest';
import { customName, firstId, isoDate, isoDateTime, plainNumber, yesNo } from './export-values.js';

describe('export value conventions', () => {
  it('reads export dates and times as ISO 8601', () => {
    expect(isoDateTime('2024-03-05 14:22')).toBe('2024-03-05T14:22:00.000Z');
    expect(isoDateTime('3/5/2024 2:22 PM')).toBe('2024-03-05T14:22:00.000Z');
    expect(isoDateTime('12/31/2023 12:05 AM')).toBe('2023-12-31T00:05:00.000Z');
    expect(isoDateTime('2024-03-05T14:22:00+02:00')).toBe('2024-03-05T12:22:00.000Z');
    expect(isoDateTime('yesterday')).toBe('yesterday');
    expect(isoDate('2024-03-05 00:00')).toBe('2024-03-05');
    expect(isoDate('3/5/2024')).toBe('2024-03-05');
  });
  it('reads money, flags and associations', () => {
    expect(plainNumber('$1,200,000.00')).toBe('1200000.00');
    expect(plainNumber('1 200 000 €')).toBe('1200000');
    expect(plainNumber('-42')).toBe('-42');
    expect(plainNumber('n/a')).toBe('n/a');
    expect(yesNo('Yes')).toBe('true');
    expect(yesNo('No')).toBe('false');
    expect(firstId('1001;1002')).toBe('1001');
  });
  it('names unknown columns as custom fields', () => {
    expect(customName('Lifecycle Stage')).toBe('Lifecycle_Stage__c');
    expect(customName('Est. Close Date')).toBe('Est_Close_Date__c');
    expect(customName('(Do Not Modify) Row Checksum')).toBe('Do_Not_Modify_Row_Checksum__c');
    expect(customName('3rd Party')).toBe('X3rd_Party__c');
  });
});
