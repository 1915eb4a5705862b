import { describe, expect, it } from 'vitest';
import { recordCells } from './record-cells.js';

describe('REST record → snapshot row', () => {
  it('writes values the way the Bulk API and Data Loader do', () => {
    const rec = {
      attributes: { type: 'Account', url: '/services/data/v62.0/sobjects/Account/001' },
      Id: '0015g0000000001AAA', Name: 'Globex, "West"', IsDeleted: false, AnnualRevenue: 1200000.5, Rating: null,
      CreatedDate: '2026-06-02T09:40:05.000+0000', LastActivityDate: '2026-04-04',
      BillingAddress: { street: '1 Main St', city: 'Springfield', state: null, postalCode: '12345', country: 'US' },
    };
    expect(recordCells(rec, ['Id', 'Name', 'IsDeleted', 'AnnualRevenue', 'Rating', 'CreatedDate', 'LastActivityDate', 'BillingCity', 'BillingState', 'Missing']))
      .toEqual(['0015g0000000001AAA', 'Globex, "West"', 'false', '1200000.5', '', '2026-06-02T09:40:05.000Z', '2026-04-04', 'Springfield', '', '']);
  });
});
