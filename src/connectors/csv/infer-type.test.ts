import { describe, expect, it } from 'vitest';
import { makeId } from '../../core/salesforce-id.js';
import { inferFromValues as infer } from './infer-type.js';
import { prefixIndex } from './key-prefixes.js';

const index = prefixIndex({ '00K': 'OpportunityContactRole' });

describe('type inference', () => {
  it('recognises booleans in any case, never 0/1', () => {
    expect(infer('IsPrimary', ['False', 'TRUE', 'true', '']).type).toBe('boolean');
    expect(infer('Flag', ['0', '1']).type).toBe('number');
  });
  it('recognises numbers but not codes with leading zeros', () => {
    expect(infer('Score', ['1', '-2.5', '3e4']).type).toBe('number');
    expect(infer('Zip', ['02134', '10001']).type).toBe('string');
  });
  it('tells dates from datetimes, in Salesforce formats', () => {
    expect(infer('D', ['2018-03-03', '2020-02-29']).type).toBe('date');
    expect(infer('D', ['2019-02-29']).type).toBe('string');
    expect(infer('T', ['2018-10-24T23:15:19.000+0000', '2018-10-24T23:15:19Z']).type).toBe('datetime');
  });
  it('types Id columns: the record Id, references with their targets', () => {
    expect(infer('Id', ['0011R00001ypMKsQAM'])).toEqual({ type: 'id' });
    expect(infer('ContactId', ['0033600001a28f1AAA'], index)).toEqual({ type: 'reference', referenceTo: ['Contact'] });
    expect(infer('WhatId', ['0011R00001ypMKsQAM', '0063600000aqQ1hAAE'], index)).toEqual({ type: 'reference', referenceTo: ['Account', 'Opportunity'] });
    expect(infer('RoleId', ['00K3600000O4mpcEAB'], index)).toEqual({ type: 'reference', referenceTo: ['OpportunityContactRole'] });
    expect(infer('ThingId', [makeId('a0X', 1)], index)).toEqual({ type: 'reference' });
    expect(infer('Contact__c', ['0033600001a28f1AAA'], index)).toEqual({ type: 'reference', referenceTo: ['Contact'] });
    expect(infer('Code', ['0033600001a28f1AAA']).type).toBe('string'); // ids, but the name says nothing
  });
  it('types an empty <Object>Id column from its name only when the object is known', () => {
    expect(infer('CampaignId', ['', ''], index)).toEqual({ type: 'reference', referenceTo: ['Campaign'] });
    expect(infer('JigsawCompanyId', [''], index)).toEqual({ type: 'string' });
  });
  it('recognises email, url and phone by content', () => {
    expect(infer('E', ['a@b.co', 'x.y@example.com.example']).type).toBe('email');
    expect(infer('U', ['https://x.io/a', 'www.example.com']).type).toBe('url');
    expect(infer('P', ['707-490-8673', '+1 (505) 555-1212 ext. 4']).type).toBe('phone');
    expect(infer('P', ['12-34']).type).toBe('string');
  });
  it('never infers a picklist; long or multi-line text is a textarea', () => {
    expect(infer('Stage', ['Open', 'Closed', 'Open']).type).toBe('string');
    expect(infer('Notes', ['a\nb']).type).toBe('textarea');
    expect(infer('Notes', ['x'.repeat(300)]).type).toBe('textarea');
    expect(infer('Empty', ['', '']).type).toBe('string');
  });
  it('falls back to string on mixed values', () => {
    expect(infer('Mixed', ['1', 'two']).type).toBe('string');
    expect(infer('Mixed', ['2018-01-01', '2018-01-01T00:00:00Z']).type).toBe('string');
  });
});
