import { describe, expect, it } from 'vitest';
import { companyName, NAME_SPACE, website, websiteVariant, WEBSITE_STYLES } from './companies.js';
import { BRAND_HEADS, BRAND_TAILS, GEO_WORDS } from './data/company-words.js';
import { ALL_CULTURES } from './data/people-names.js';
import { URL_RE, isPlaceholderText } from './test-support/independent-checks.js';

describe('company names', () => {
  it('are a bijection: every company of an org gets its own name and domain label', () => {
    const names = new Set<string>(), labels = new Set<string>();
    for (let k = 0; k < NAME_SPACE; k++) {
      const c = companyName(k, 12345);
      names.add(c.base);
      labels.add(c.label);
    }
    expect(NAME_SPACE).toBeGreaterThan(400_000); // 1M contacts use ~320k companies
    expect(names.size).toBe(NAME_SPACE);
    expect(labels.size).toBe(NAME_SPACE);
  });
  it('keep unique past the name space, and shuffle with the seed offset', () => {
    expect(companyName(NAME_SPACE + 5, 1).base).toBe(`${companyName(5, 1).base} 2`);
    expect(companyName(0, 1).base).not.toBe(companyName(0, 2).base);
  });
  it('cannot be produced by two patterns: brand words are neither family names nor places', () => {
    const brands = new Set(BRAND_HEADS.flatMap((h) => BRAND_TAILS.map((t) => (h + t).toLowerCase())));
    const families = new Set(ALL_CULTURES.flatMap((c) => c.family.map((f) => f.toLowerCase())));
    expect([...brands].filter((b) => families.has(b) || GEO_WORDS.some((g) => g.toLowerCase() === b))).toEqual([]);
  });
  it('never read as placeholders, never at a reserved or placeholder domain', () => {
    const bad: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const c = companyName(k * 17, 99);
      if (isPlaceholderText(c.base) || /^(test|example|asdf|none|na|noemail)$/.test(c.label) || !/^[a-z0-9]+$/.test(c.label)) bad.push(c.base);
    }
    expect(bad).toEqual([]);
  });
  it('write websites as URLs, and the variant flips www', () => {
    for (let s = 0; s < WEBSITE_STYLES.length; s++) {
      const a = website('acme.com.au', s), b = websiteVariant('acme.com.au', s);
      expect(URL_RE.test(a) && URL_RE.test(b), `${a} ${b}`).toBe(true);
      expect(a.includes('www.')).not.toBe(b.includes('www.'));
    }
  });
});
