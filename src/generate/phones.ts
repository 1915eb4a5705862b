/**
 * Phone numbers as real orgs hold them: each number is drawn as national significant digits (NSN)
 * from ranges libphonenumber-js (max metadata) accepts for its country, then written in one of the
 * formats people actually type. Formatting variety is not a defect: the same NSN written two ways is
 * the same number (duplicates rely on that). phones.test.ts checks validity for every style.
 */
import { CITIES, type City } from './data/places.js';
import type { Rng } from './prng.js';

export interface PhoneNumber {
  /** ISO code of the country whose numbering plan it belongs to. */
  country: string;
  /** National significant number: digits, no trunk prefix, no country code. */
  nsn: string;
  /** How many leading NSN digits form the area code / mobile prefix group. */
  head: number;
}

interface PhonePlan {
  callingCode: string;
  mobile: (rng: Rng) => PhoneNumber;
  landline: (rng: Rng, city: City) => PhoneNumber;
  styles: ((p: PhoneNumber) => string)[];
}

const group = (s: string, sizes: number[], sep = ' '): string => {
  const parts: string[] = [];
  let i = 0;
  for (const n of sizes) { if (i >= s.length) break; parts.push(s.slice(i, i + n)); i += n; }
  if (i < s.length) parts.push(s.slice(i));
  return parts.join(sep);
};

/** NANP exchange: 2-9 then two digits, never N11 (service codes). */
function exchange(rng: Rng): string {
  const a = rng.between(2, 9);
  let b = rng.below(10);
  const c = rng.below(10);
  if (b === 1 && c === 1) b = 2;
  return `${a}${b}${c}`;
}

function nanp(code: 'US' | 'CA'): PhonePlan {
  const landline = (rng: Rng, city: City): PhoneNumber => ({ country: code, nsn: city.area + exchange(rng) + rng.digits(4), head: 3 });
  return {
    callingCode: '1',
    landline,
    // North American mobiles share the geographic numbering plan.
    mobile: (rng) => landline(rng, rng.pick(CITIES[code])),
    styles: [
      (p) => `(${p.nsn.slice(0, 3)}) ${p.nsn.slice(3, 6)}-${p.nsn.slice(6)}`,
      (p) => `${p.nsn.slice(0, 3)}-${p.nsn.slice(3, 6)}-${p.nsn.slice(6)}`,
      (p) => `+1 ${p.nsn.slice(0, 3)} ${p.nsn.slice(3, 6)} ${p.nsn.slice(6)}`,
      (p) => `${p.nsn.slice(0, 3)}.${p.nsn.slice(3, 6)}.${p.nsn.slice(6)}`,
      (p) => `+1 (${p.nsn.slice(0, 3)}) ${p.nsn.slice(3, 6)}-${p.nsn.slice(6)}`,
      (p) => `1-${p.nsn.slice(0, 3)}-${p.nsn.slice(3, 6)}-${p.nsn.slice(6)}`,
    ],
  };
}

/** Local part: first digit from `first` (or any 2-9), then random digits up to `length`. */
function local(rng: Rng, first: string, length: number): string {
  const d = first ? first[rng.below(first.length)] : String(rng.between(2, 9));
  return d + rng.digits(length - 1);
}

export const PHONE_PLANS: Record<string, PhonePlan> = {
  US: nanp('US'),
  CA: nanp('CA'),
  GB: {
    callingCode: '44',
    landline: (rng, c) => ({ country: 'GB', nsn: c.area + local(rng, c.localFirst, 10 - c.area.length), head: c.area.length }),
    mobile: (rng) => ({ country: 'GB', nsn: '7' + rng.pick(['4', '5', '8']) + rng.digits(8), head: 4 }),
    styles: [
      (p) => `0${p.nsn.slice(0, p.head)} ${p.head === 2 ? group(p.nsn.slice(2), [4, 4]) : p.head === 3 ? group(p.nsn.slice(3), [3, 4]) : p.nsn.slice(p.head)}`,
      (p) => `+44 ${p.nsn.slice(0, p.head)} ${p.head === 2 ? group(p.nsn.slice(2), [4, 4]) : p.head === 3 ? group(p.nsn.slice(3), [3, 4]) : p.nsn.slice(p.head)}`,
      (p) => `+44 (0)${p.nsn.slice(0, p.head)} ${p.nsn.slice(p.head)}`,
      (p) => `0${p.nsn}`,
    ],
  },
  DE: {
    callingCode: '49',
    landline: (rng, c) => ({ country: 'DE', nsn: c.area + local(rng, c.localFirst, c.area.length === 2 ? 8 : 7), head: c.area.length }),
    mobile: (rng) => ({ country: 'DE', nsn: rng.pick(['151', '152', '157', '160', '170', '171', '172', '175', '176', '177', '178', '179']) + rng.digits(8), head: 3 }),
    styles: [
      (p) => `0${p.nsn.slice(0, p.head)} ${p.nsn.slice(p.head)}`,
      (p) => `+49 ${p.nsn.slice(0, p.head)} ${p.nsn.slice(p.head)}`,
      (p) => `0${p.nsn.slice(0, p.head)}/${p.nsn.slice(p.head)}`,
      (p) => `+49 (0)${p.nsn.slice(0, p.head)} ${p.nsn.slice(p.head)}`,
      (p) => `0${p.nsn.slice(0, p.head)}-${p.nsn.slice(p.head)}`,
    ],
  },
  FR: {
    callingCode: '33',
    landline: (rng, c) => ({ country: 'FR', nsn: c.area + local(rng, c.localFirst, 8), head: 1 }),
    mobile: (rng) => ({ country: 'FR', nsn: rng.chance(0.8) ? '6' + rng.pick(['0', '1', '2', '4', '5', '6', '7', '8']) + rng.digits(7) : '7' + rng.between(5, 8) + rng.digits(7), head: 1 }),
    styles: [
      (p) => `0${p.nsn[0]} ${group(p.nsn.slice(1), [2, 2, 2, 2])}`,
      (p) => `+33 ${p.nsn[0]} ${group(p.nsn.slice(1), [2, 2, 2, 2])}`,
      (p) => `0${p.nsn[0]}.${group(p.nsn.slice(1), [2, 2, 2, 2], '.')}`,
      (p) => `0${p.nsn}`,
    ],
  },
  AU: {
    callingCode: '61',
    landline: (rng, c) => ({ country: 'AU', nsn: c.area + local(rng, c.localFirst, 9 - c.area.length), head: 1 }),
    mobile: (rng) => ({ country: 'AU', nsn: '4' + rng.below(4) + rng.digits(7), head: 3 }),
    styles: [
      (p) => (p.head === 1 ? `0${p.nsn[0]} ${group(p.nsn.slice(1), [4, 4])}` : `0${group(p.nsn, [3, 3, 3])}`),
      (p) => (p.head === 1 ? `(0${p.nsn[0]}) ${group(p.nsn.slice(1), [4, 4])}` : `0${p.nsn}`),
      (p) => (p.head === 1 ? `+61 ${p.nsn[0]} ${group(p.nsn.slice(1), [4, 4])}` : `+61 ${group(p.nsn, [3, 3, 3])}`),
      (p) => `+61${p.nsn}`,
    ],
  },
  NZ: {
    callingCode: '64',
    landline: (rng, c) => ({ country: 'NZ', nsn: c.area + local(rng, c.localFirst, 7), head: 1 }),
    mobile: (rng) => ({ country: 'NZ', nsn: rng.pick(['21', '22', '27']) + rng.digits(7), head: 2 }),
    styles: [
      (p) => `0${p.nsn.slice(0, p.head)} ${group(p.nsn.slice(p.head), [3, 4])}`,
      (p) => `+64 ${p.nsn.slice(0, p.head)} ${group(p.nsn.slice(p.head), [3, 4])}`,
      (p) => `(0${p.nsn.slice(0, p.head)}) ${group(p.nsn.slice(p.head), [3, 4])}`,
    ],
  },
};

export function landline(rng: Rng, countryCode: string, city: City): PhoneNumber {
  return PHONE_PLANS[countryCode].landline(rng, city);
}

export function mobile(rng: Rng, countryCode: string): PhoneNumber {
  return PHONE_PLANS[countryCode].mobile(rng);
}

export function formatPhone(p: PhoneNumber, style: number): string {
  const styles = PHONE_PLANS[p.country].styles;
  return styles[style % styles.length](p);
}

export function styleCount(countryCode: string): number {
  return PHONE_PLANS[countryCode].styles.length;
}

/**
 * A phone that is not a phone (invalid_format): too few digits, letters in place of digits, or
 * too many digits. Never a placeholder word: those are placeholder_value.
 */
export function malformedPhone(rng: Rng, p: PhoneNumber): string {
  const formatted = formatPhone(p, rng.below(styleCount(p.country)));
  // German numbers vary in length, so extra digits can still make a valid one: not for DE.
  switch (rng.below(p.country === 'DE' ? 2 : 3)) {
    case 0: { // cut after 4-5 digits (German numbers can be that short: 4 there)
      const keep = p.country === 'DE' ? 4 : rng.between(4, 5);
      let seen = 0, i = 0;
      for (; i < formatted.length && seen < keep; i++) if (formatted[i] >= '0' && formatted[i] <= '9') seen++;
      return formatted.slice(0, i);
    }
    case 1: // digits typed as letters: O for 0, l for 1, and a stray x
      return formatted.slice(0, -3) + rng.pick(['OO', 'lx', 'xx', 'O1', 'ab']) + formatted.slice(-1);
    default: // an extra group of digits pasted on
      return `${formatted} ${rng.digits(rng.between(3, 4))}`;
  }
}
