import { describe, expect, it } from 'vitest';
import { checkHeader } from './csv-header.js';
import { salesforce } from './profiles/salesforce.js';

const check = (cells: string[]) => checkHeader(cells, 'X.csv', 'Contact', salesforce);

describe('checkHeader', () => {
  it('maps names to API names, repairing case', () => {
    expect(check(['ID', 'ACCOUNTID', ' LastName ', 'Custom__c'])).toMatchObject({ header: ['Id', 'AccountId', 'LastName', 'Custom__c'], errors: [], warnings: [] });
  });
  it('reports empty and duplicate column names with their positions', () => {
    const { errors } = check(['Id', '', 'Email', 'EMAIL']);
    expect(errors.map((e) => [e.code, e.field])).toEqual([['empty_header', 'column 2'], ['duplicate_header', 'Email']]);
    expect(errors[1].message).toContain('columns 3 and 4');
  });
  it('spots a semicolon- or tab-separated file', () => {
    expect(check(['Id;Name;Email']).errors[0].code).toBe('wrong_delimiter');
  });
  it('warns about names that are not API names and about a missing Id', () => {
    const { warnings } = check(['First Name', 'LastName']);
    expect(warnings.map((w) => w.code)).toEqual(['column_not_api_name', 'no_id_column']);
  });
});
