/**
 * Postal addresses by country: street line in the local order ("12 High Street", "Hauptstraße 12",
 * "12 rue de la Paix"), city, canonical state, postal code of the local shape, canonical country.
 * An address is a pure function of (country, city, 32-bit seed) so a contact can live at its
 * account's address without the account's row being kept in memory.
 */
import { COUNTRIES, type Country } from './countries.js';
import { CITIES, type City } from './data/places.js';

export interface Address { street: string; city: City; postal: string; country: Country }

/** mulberry32 step: a few cheap, well-mixed numbers from one seed. */
function mix(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const LETTERS = 'ABCDEFGHJLNPRSTUWXYZ';

function postalCode(pattern: string, next: () => number): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '9') out += String(next() % 10);
    else if (ch === 'N') out += String(1 + (next() % 9));
    else if (ch === 'A') out += LETTERS[next() % LETTERS.length];
    else out += ch;
  }
  return out;
}

export function addressFor(countryIndex: number, cityIndex: number, seed: number): Address {
  const country = COUNTRIES[countryIndex];
  const city = CITIES[country.code][cityIndex];
  const next = mix(seed);
  const street = city.streets[next() % city.streets.length];
  const number = 1 + (next() % (country.code === 'US' || country.code === 'CA' ? 2400 : 180));
  let line = country.code === 'DE' ? `${street} ${number}` : country.code === 'FR' ? `${number} ${street}` : `${number} ${street}`;
  // Real street fields carry suites and floors, sometimes on a second line.
  const extra = next() % 100;
  if (extra < 8) line += country.code === 'US' || country.code === 'CA' ? `, Suite ${100 + (next() % 900)}` : `, Level ${1 + (next() % 30)}`;
  else if (extra < 12) line = `${country.code === 'DE' ? 'Etage' : 'Floor'} ${1 + (next() % 20)}\n${line}`;
  return { street: line, city, postal: postalCode(city.postal, next), country };
}
