/**
 * Blocking keys: which records are compared at all. Like Salesforce match keys, each key groups
 * records that share a cheap normalised value (email, phone, phonetic surname + initial,
 * postcode + name prefix…) and only records inside one group are compared. A group larger than
 * `maxBlock` is skipped for that key: "Smith J" in a million contacts is thousands of records,
 * and two of them that share nothing but the name could not be told apart by the scorer anyway
 * (the names-only bar in score-model.ts grows with the org's size). Their true duplicates still
 * meet through a more specific key: email, phone, company, postcode, birthdate.
 *
 * A key is a list of parts, each a 32-bit integer per record (SQL over the match columns, NULL
 * for none): mostly hashes the lookups computed once per distinct name, street or company
 * (records-sql.ts), so DuckDB only reads integers; the pair finder (pair-finder.ts) combines a
 * record's parts into its key value and groups records in JS. The same group sizes give the
 * identifier counts the scorer needs (how many records share an email, a phone, a street).
 */
import { hash32 } from './normalise-sql.js';
import type { KeySpec } from './pair-finder.js';
import type { MatchKind } from './records-sql.js';

export interface BlockingKey {
  id: string;
  kind: MatchKind;
  /**
   * The parts records must share, SQL over the match columns each giving a 32-bit integer (NULL
   * leaves the record out of this key). A list of such lists (one per phone field) is one key
   * over several columns: records group on any of them, each column's position kept.
   */
  parts: string[] | string[][];
  /** Parts in either order (a name pair: first and last name, or last and first). */
  unordered?: boolean;
  /** Match columns that must have values somewhere for the key to be worth running. */
  needs: string[];
  /** false: only counted (for `counts`), never used to form pairs. */
  pairs?: boolean;
  /** The group size is stored as this shared-count column (`<counts>_n`, or `p<i>_n` for lists). */
  counts?: string;
  /** Largest group compared pairwise for this key, when smaller than the engine's maxBlock. */
  maxBlock?: number;
}

const PHONES = ['p0', 'p1', 'p2', 'p3'].map((p) => [hash32(p)]);
/**
 * Keys on names alone: a group of more than a handful of namesakes is exactly where names cannot
 * decide, and in a large org these groups are where most candidate pairs would come from.
 */
const NAME_BLOCK = 6;
const k = (kind: MatchKind, id: string, parts: string[] | string[][], needs: string[], extra: Partial<BlockingKey> = {}): BlockingKey => ({ id, kind, parts, needs, ...extra });
/** A birthdate (YYYYMMDD) as a number. */
export const BIRTHDATE = 'TRY_CAST(dob AS INTEGER)';

/** Email names built from the person's own names (john.smith@…) only repeat the names. */
export const NAME_DERIVED_LOCAL = `email_local IN (coalesce(fn, '') || coalesce(ln, ''), coalesce(ln, '') || coalesce(fn, ''), coalesce(fn[1], '') || coalesce(ln, ''), coalesce(fn, '') || coalesce(ln[1], ''), coalesce(fn, ''))`;

/**
 * People's name parts are hashes from the name lookup (records-sql.ts NAME_PARTS): fh/lh the first
 * and last name, l1/l2 the last name's first one and two letters, lsx its sound, fo/fo1/fo2 the
 * formal first name ("bob" → "robert") and its first one and two letters. street_h, sn, pc_h,
 * city_h are the street, its first word (the house number), the postcode and the city; org_h the
 * company a person works for; company_h, kh6, kh4 an account's name without legal form and its
 * first six and four characters.
 */
export const BLOCKING_KEYS: readonly BlockingKey[] = [
  k('person', 'email', [hash32('email')], ['email'], { counts: 'email' }),
  k('person', 'email-local-part', [hash32(`CASE WHEN length(email_local) >= 5 AND NOT (${NAME_DERIVED_LOCAL}) THEN email_local END`)], ['email_local'], { counts: 'email_local' }),
  k('person', 'phone', PHONES, [], { counts: 'p' }),
  k('person', 'surname-sound+initial', ['lsx', 'fo1'], ['lsx'], { maxBlock: NAME_BLOCK }),
  k('person', 'name-pair', ['fh', 'lh'], ['fn', 'ln'], { unordered: true, maxBlock: NAME_BLOCK }),
  // A birthdate alone groups ~N/25,000 records per day; with an initial the groups stay small.
  k('person', 'birthdate+surname-initial', [BIRTHDATE, 'l1'], ['dob', 'ln']),
  k('person', 'birthdate+given-initial', [BIRTHDATE, 'fo1'], ['dob', 'fn']),
  k('person', 'birthdate', [BIRTHDATE], ['dob'], { counts: 'dob', maxBlock: 4 }),
  k('person', 'street', ['street_h'], ['street'], { counts: 'street' }),
  k('person', 'postcode+surname', ['pc_h', 'l2'], ['pc', 'ln']),
  k('person', 'postcode+given', ['pc_h', 'fo2'], ['pc', 'fn']),
  k('person', 'street-number+postcode', ['sn', 'pc_h'], ['street', 'pc']),
  // Colleagues: same company and a same-sounding surname, or the same (formal) first name.
  k('person', 'company+surname-sound', ['org_h', 'lsx'], ['org', 'lsx']),
  k('person', 'company+given', ['org_h', 'fo'], ['org', 'fn']),
  k('person', 'company', ['org_h'], ['org'], { pairs: false, counts: 'org' }),

  k('account', 'name', ['company_h'], ['company_key'], { counts: 'company' }),
  // A city left blank is a value of its own here ("Acme…" with no city groups together).
  k('account', 'name-prefix+city', ['kh6', `coalesce(city_h, ${hash32("''")})`], ['company_key'], { maxBlock: NAME_BLOCK }),
  k('account', 'name-prefix+postcode', ['kh4', 'coalesce(pc_h, city_h)'], ['company_key']),
  k('account', 'domain', [hash32('domain')], ['domain'], { counts: 'domain' }),
  k('account', 'phone', PHONES, [], { counts: 'p' }),
  k('account', 'street', ['street_h'], ['street'], { counts: 'street' }),
];

/**
 * Each key as the pair finder sees it: per column (one, or one per phone field) the positions of
 * its parts among the integer columns the caller reads, `column` giving the position of a part's
 * SQL (so parts several keys or the evidence gate share are read once).
 */
export function keySpecs(keys: readonly BlockingKey[], maxBlock: number, column: (sql: string) => number): KeySpec[] {
  return keys.map((key) => {
    const elements = typeof key.parts[0] === 'string' ? [key.parts as string[]] : (key.parts as string[][]);
    return {
      id: key.id,
      parts: elements.map((parts) => parts.map(column)),
      unordered: key.unordered,
      cap: key.pairs === false ? 0 : Math.min(key.maxBlock ?? maxBlock, maxBlock),
      counts: key.counts ? elements.map((_, col) => (key.counts === 'p' ? `p${col}` : key.counts)) : undefined,
    };
  });
}
