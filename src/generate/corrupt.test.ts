import { describe, expect, it } from 'vitest';
import { malformedEmail, malformedWebsite, placeholderEmail, typo, upperCaseEmail } from './corrupt.js';
import { personVariant, companyVariant } from './duplicates.js';
import { Rng } from './prng.js';
import { editDistance, EMAIL_RE, fold, isPlaceholderEmail, URL_RE } from './test-support/independent-checks.js';

const rng = new Rng(5, 'corrupt');
const EMAILS = ['john.smith@acme.com', 'jsmith@norvale-freight.co.uk', 'helene_muller@triex.fr', 'priya@calion.com.au'];

describe('corruptions', () => {
  it('malformed emails fail an email check, placeholders are placeholders, capitals stay valid', () => {
    for (let i = 0; i < 500; i++) {
      const e = EMAILS[i % EMAILS.length];
      expect(EMAIL_RE.test(malformedEmail(rng, e)), malformedEmail(rng, e)).toBe(false);
      const p = placeholderEmail(rng, 'john', 'acme');
      expect(isPlaceholderEmail(p), p).toBe(true);
      const u = upperCaseEmail(rng, e);
      expect(u).not.toBe(e);
      expect(u.toLowerCase()).toBe(e);
      expect(EMAIL_RE.test(u)).toBe(true);
    }
  });
  it('malformed websites are not URLs', () => {
    for (let i = 0; i < 200; i++) expect(URL_RE.test(malformedWebsite(rng, 'norvalelogistics.com.au'))).toBe(false);
  });
  it('a typo is exactly one edit away and keeps the first letter', () => {
    for (const name of ['Smith', 'Müller', 'Hargreaves', 'Li', 'Ngata', 'Lefèvre']) {
      for (let i = 0; i < 50; i++) {
        const t = typo(rng, name);
        expect(t).not.toBe(name);
        expect(editDistance(t, name), `${name} → ${t}`).toBe(1);
        expect(t[0]).toBe(name[0]);
      }
    }
  });
});

describe('duplicate variants', () => {
  it('keep the person recognisable', () => {
    for (let i = 0; i < 300; i++) {
      const v = personVariant(rng, 'Robert', 'Hargreaves');
      const f = fold(v.first), l = fold(v.last);
      const ok = (f === 'hargreaves' && l === 'robert') || (l === 'hargreaves' && (['bob', 'rob', 'bobby'].includes(f) || editDistance(f, 'robert') <= 1))
        || (f === 'robert' && editDistance(l, 'hargreaves') <= 1);
      expect(ok, `${v.first} ${v.last} (${v.how})`).toBe(true);
    }
  });
  it('change the company name but keep its stem', () => {
    for (let i = 0; i < 300; i++) {
      const v = companyVariant(rng, 'Norvale Logistics', 'Pty Ltd', 5);
      expect(v).not.toBe('Norvale Logistics Pty Ltd');
      const stem = fold(v.replace(/\b(pty|ltd|limited)\b\.?/gi, ''));
      expect(editDistance(stem, 'norvalelogistics'), v).toBeLessThanOrEqual(1);
    }
  });
});
