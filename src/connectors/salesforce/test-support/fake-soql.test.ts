import { describe, expect, it } from 'vitest';
import { parseSoql, rowFilter } from './fake-soql.js';

describe('fake SOQL', () => {
  it('parses the queries the connector sends', () => {
    expect(parseSoql('SELECT Id, Name FROM Account')).toEqual({ fields: ['Id', 'Name'], object: 'Account', where: [], limit: undefined });
    expect(parseSoql('SELECT COUNT() FROM Contact WHERE LastModifiedDate >= 2026-01-01T00:00:00Z')).toMatchObject({
      fields: 'count', where: [{ field: 'LastModifiedDate', op: '>=', values: ['2026-01-01T00:00:00Z'] }],
    });
    expect(parseSoql("SELECT QualifiedApiName FROM EntityDefinition WHERE QualifiedApiName IN ('Account', 'O\\'Brien__c') LIMIT 5")).toMatchObject({
      where: [{ field: 'QualifiedApiName', op: 'IN', values: ['Account', "O'Brien__c"] }], limit: 5,
    });
    expect(() => parseSoql('DELETE FROM Account')).toThrow(/unexpected token/);
  });
  it('filters rows by dates, numbers and lists', () => {
    const cols = ['Id', 'LastModifiedDate', 'Amount'];
    const rows = [['1', '2025-12-31T23:59:59.000Z', '5'], ['2', '2026-01-01T00:00:00.000Z', '50'], ['3', '', '']];
    const since = rowFilter(parseSoql('SELECT Id FROM X WHERE LastModifiedDate >= 2026-01-01T00:00:00Z').where, cols);
    expect(rows.filter(since).map((r) => r[0])).toEqual(['2']);
    const big = rowFilter(parseSoql('SELECT Id FROM X WHERE Amount > 10 AND Id IN (\'1\',\'2\')').where, cols);
    expect(rows.filter(big).map((r) => r[0])).toEqual(['2']);
  });
});
