/**
 * Company names, domains and websites. Company k (0, 1, 2, …) gets a name through a bijection of
 * the name space, so within one org no two companies share a name, a domain or an email domain:
 * any two accounts that look alike are either one hierarchy (same stem by design) or a seeded
 * duplicate. Accounts take k from 0 up, lead companies from a range above them.
 */
import { BRAND_HEADS, BRAND_TAILS, GEO_WORDS, PARTNER_FORMS, SECTORS } from './data/company-words.js';
import { cultureFor } from './data/people-names.js';
import { asciiFold } from './people.js';

export interface CompanyName {
  /** Name without legal form, e.g. "Norvale Logistics". */
  base: string;
  /** Lower-case ASCII label for the domain, e.g. "norvalelogistics". */
  label: string;
  industry: string;
}

const SURNAMES = [...new Set([...cultureFor('US').family, ...cultureFor('DE').family, ...cultureFor('FR').family])]
  .filter((s) => /^[A-Za-zÀ-ÿ]+$/.test(s));
const BRANDS = BRAND_HEADS.flatMap((h) => BRAND_TAILS.map((t) => h + t));
const B = BRANDS.length, S = SECTORS.length, G = GEO_WORDS.length, N = SURNAMES.length, F = PARTNER_FORMS.length;

// Pattern sizes, in the order they are laid out in the name space.
const BRAND_SECTOR = B * S;
// Unordered pairs (a < b), one form each: "Hill & Stone" and "Stone & Hill Partners" would read as one firm.
const SURNAME_PAIR = (N * (N - 1)) / 2;
const SURNAME_SECTOR = N * S;
const GEO_SECTOR = G * S;
export const NAME_SPACE = BRAND_SECTOR + SURNAME_PAIR + SURNAME_SECTOR + GEO_SECTOR;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A multiplier coprime with the space near its golden section: consecutive k land far apart. */
const MULT = (() => {
  let m = Math.floor(NAME_SPACE * 0.6180339887) | 1;
  while (gcd(m, NAME_SPACE) !== 1) m += 2;
  return m;
})();

const label = (s: string): string => asciiFold(s).toLowerCase().replace(/[^a-z0-9]/g, '');

/** The j-th unordered pair (a < b) in row-major order of the upper triangle. */
function pairAt(j: number): [number, number] {
  let a = 0, rowLen = N - 1;
  while (j >= rowLen) { j -= rowLen; a++; rowLen--; }
  return [a, a + 1 + j];
}

function decode(j: number): CompanyName {
  if (j < BRAND_SECTOR) {
    const brand = BRANDS[j % B], sec = SECTORS[Math.floor(j / B)];
    return { base: `${brand} ${sec.word}`, label: label(brand + sec.word), industry: sec.industry };
  }
  j -= BRAND_SECTOR;
  if (j < SURNAME_PAIR) {
    const [a, b] = pairAt(j);
    const form = PARTNER_FORMS[(a * 31 + b) % F];
    const base = `${SURNAMES[a]} & ${SURNAMES[b]}${form ? ` ${form}` : ''}`;
    return { base, label: label(`${SURNAMES[a]}${SURNAMES[b]}`) + (form ? label(form) : ''), industry: form === 'Consulting' || form === 'Advisory' ? 'Consulting' : 'Finance' };
  }
  j -= SURNAME_PAIR;
  if (j < SURNAME_SECTOR) {
    const sur = SURNAMES[j % N], sec = SECTORS[Math.floor(j / N)];
    return { base: `${sur} ${sec.word}`, label: label(sur + sec.word), industry: sec.industry };
  }
  j -= SURNAME_SECTOR;
  const geo = GEO_WORDS[j % G], sec = SECTORS[Math.floor(j / G)];
  return { base: `${geo.replace('-', ' ')} ${sec.word}`, label: label(geo + sec.word), industry: sec.industry };
}

/**
 * The k-th company of an org whose names are shuffled by `offset` (derived from the seed). Past the
 * name space (orgs of ~2M+ contacts) names repeat with a number, still unique.
 */
export function companyName(k: number, offset: number): CompanyName {
  const round = Math.floor(k / NAME_SPACE);
  const j = ((k % NAME_SPACE) * MULT + offset) % NAME_SPACE;
  const name = decode(j);
  if (round === 0) return name;
  return { base: `${name.base} ${round + 1}`, label: `${name.label}${round + 1}`, industry: name.industry };
}

/** How a clean website is written: bare domain, www., with or without a scheme. */
export const WEBSITE_STYLES = ['www.', 'https://www.', 'http://www.', '', 'https://'] as const;

export function website(domain: string, style: number): string {
  return WEBSITE_STYLES[style % WEBSITE_STYLES.length] + domain;
}

/** The same site written the other way round: www. added or dropped, scheme kept or swapped. */
export function websiteVariant(domain: string, style: number): string {
  const had = WEBSITE_STYLES[style % WEBSITE_STYLES.length];
  const next = had.includes('www.') ? (had.startsWith('https') ? 'https://' : '') : had.startsWith('https') ? 'https://www.' : 'www.';
  return next + domain;
}
