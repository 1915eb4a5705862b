import { describe, expect, it } from 'vitest';
import { callingCodes } from './calling-codes.js';

describe('callingCodes', () => {
  const by = new Map(callingCodes().map((c) => [c.key, c]));

  it('maps country names, ISO codes and common variants to calling code and trunk prefix', () => {
    expect(by.get('australia')).toMatchObject({ iso2: 'AU', cc: '61', trunk: '0' });
    for (const k of ['us', 'usa', 'u.s.a.', 'united states', 'united states of america']) expect(by.get(k), k).toMatchObject({ iso2: 'US', cc: '1', trunk: '1' });
    for (const k of ['uk', 'united kingdom', 'great britain', 'england', 'gb']) expect(by.get(k), k).toMatchObject({ cc: '44' });
    expect(by.get('deutschland')).toMatchObject({ iso2: 'DE', cc: '49' });
  });

  it('keeps the leading 0 of Italian numbers (it is part of the E.164 number)', () => {
    expect(by.get('italy')).toMatchObject({ cc: '39', trunk: '' });
  });
});
