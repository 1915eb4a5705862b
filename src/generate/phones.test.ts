import { isValidPhoneNumber as validMin, type CountryCode } from 'libphonenumber-js';
import { isValidPhoneNumber as validMax } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { CITIES } from './data/places.js';
import { COUNTRIES } from './countries.js';
import { Rng } from './prng.js';
import { formatPhone, landline, malformedPhone, mobile, styleCount } from './phones.js';

describe('phones', () => {
  it('draws numbers libphonenumber-js accepts for their country, in every style', () => {
    const rng = new Rng(3, 'phones');
    const bad: string[] = [];
    for (const { code } of COUNTRIES) {
      for (let i = 0; i < 400; i++) {
        const p = i % 2 ? mobile(rng, code) : landline(rng, code, rng.pick(CITIES[code]));
        for (let s = 0; s < styleCount(code); s++) {
          const text = formatPhone(p, s);
          if (!validMax(text, code as CountryCode)) bad.push(`${code} ${text}`);
        }
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
  it('makes malformed phones that no metadata set accepts', () => {
    const rng = new Rng(4, 'bad-phones');
    const accepted: string[] = [];
    for (const { code } of COUNTRIES) {
      for (let i = 0; i < 300; i++) {
        const p = i % 2 ? mobile(rng, code) : landline(rng, code, rng.pick(CITIES[code]));
        const text = malformedPhone(rng, p);
        if (validMin(text, code as CountryCode) || validMax(text, code as CountryCode)) accepted.push(`${code} ${text}`);
      }
    }
    expect(accepted.slice(0, 20)).toEqual([]);
  });
});
