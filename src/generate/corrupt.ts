/**
 * The ways people damage CRM values, as pure functions of (rng, clean value). Each returns a value
 * that breaks exactly one rule of defect-rules.ts, and nothing else.
 */
import { PLACEHOLDER_EMAILS } from './defect-rules.js';
import type { Rng } from './prng.js';

/** Placeholders by field kind; all are in PLACEHOLDER_TEXT. */
export const NAME_PLACEHOLDERS = ['[not provided]', 'xxx', 'asdf', 'N/A', 'unknown'];
export const COMPANY_PLACEHOLDERS = ['[not provided]', 'N/A', 'unknown', 'none', 'xxx'];
export const PHONE_PLACEHOLDERS = ['N/A', '[not provided]', 'TBD', 'n/a'];
export const STREET_PLACEHOLDERS = ['[not provided]', 'TBD', '-', 'N/A'];
export const WEBSITE_PLACEHOLDERS = ['N/A', 'xxx', 'none', 'TBD'];
export const SUBJECT_PLACEHOLDERS = ['test', 'asdf', 'xxx', 'TBD'];

/** Two @, " at ", no @ at all, a space, or two dots in a row. */
export function malformedEmail(rng: Rng, email: string): string {
  const at = email.indexOf('@');
  const local = email.slice(0, at), domain = email.slice(at + 1);
  switch (rng.below(5)) {
    case 0: return `${local}@@${domain}`;
    case 1: return `${local} at ${domain}`;
    case 2: return `${local}.${domain}`;
    case 3: return `${local}@${domain.replace('.', '..')}`;
    default: return local.includes('.') ? `${local.replace('.', ' ')}@${domain}` : `${local} @${domain}`;
  }
}

export function placeholderEmail(rng: Rng, token: string, label: string): string {
  switch (rng.below(4)) {
    case 0: return rng.pick(PLACEHOLDER_EMAILS);
    case 1: return `${token}@example.com`;
    case 2: return `${token}@${label}.invalid`;
    default: return `noreply@${label}.example`;
  }
}

/** "John.Smith@Acme.com", "JOHN.SMITH@ACME.COM" or "John.smith@acme.com". */
export function upperCaseEmail(rng: Rng, email: string): string {
  switch (rng.below(3)) {
    case 0: return email.replace(/(^|[.@_-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
    case 1: return email.toUpperCase();
    default: return email.replace(/[a-z]/, (c) => c.toUpperCase());
  }
}

/** Websites that are not URLs: a lost colon, a word for the dot, a space, a comma. */
export function malformedWebsite(rng: Rng, domain: string): string {
  const dot = domain.indexOf('.');
  const label = domain.slice(0, dot), tld = domain.slice(dot + 1);
  switch (rng.below(4)) {
    case 0: return `http//${domain}`;
    case 1: return `${label} dot ${tld}`;
    case 2: return `https://${label} .${tld}`;
    default: return `www,${domain}`;
  }
}

const NEIGHBOURS: Record<string, string> = {
  a: 'qsz', b: 'vgn', c: 'xvd', d: 'sfe', e: 'wrd', f: 'dgr', g: 'fht', h: 'gjy', i: 'uok', j: 'hku', k: 'jli', l: 'kop',
  m: 'nj', n: 'bmh', o: 'ipl', p: 'ol', q: 'wa', r: 'etf', s: 'adw', t: 'ryg', u: 'yij', v: 'cbf', w: 'qes', x: 'zcs',
  y: 'tuh', z: 'xa',
};

/**
 * One keyboard slip in a name: a neighbouring key, a dropped or doubled letter, or two letters
 * swapped. Never the first letter (people rarely get that wrong), always a different string.
 */
export function typo(rng: Rng, s: string): string {
  if (s.length < 3) return s + s[s.length - 1];
  const pos = rng.between(1, s.length - 2);
  const ch = s[pos];
  const lower = ch.toLowerCase();
  switch (rng.below(4)) {
    case 0: {
      const n = NEIGHBOURS[lower];
      if (n) { const r = n[rng.below(n.length)]; return s.slice(0, pos) + (ch === lower ? r : r.toUpperCase()) + s.slice(pos + 1); }
      break;
    }
    case 1: if (s.length >= 4) return s.slice(0, pos) + s.slice(pos + 1); break;
    case 2: return s.slice(0, pos) + ch + s.slice(pos);
    default: if (s[pos + 1] !== ch) return s.slice(0, pos) + s[pos + 1] + ch + s.slice(pos + 2);
  }
  return s.slice(0, pos) + ch + s.slice(pos); // doubled letter: always a change
}
