/**
 * How a candidate pair is scored: a Fellegi–Sunter model, the standard of record linkage (and of
 * Splink). Each comparison puts the pair in one level ("email equal", "surname similar",
 * "birthdate differs", "missing"); a level adds log2(m/u) to the pair's weight, where m is how
 * often true duplicates land in that level and u how often unrelated records do. Missing values
 * add nothing, so sparse records are neither rewarded nor punished.
 *
 * m and u are fixed priors from how CRM data is typically keyed (not fitted to any benchmark), with
 * two data-driven adjustments that make the same rules work on any snapshot:
 *  - `tf: 'share'` — u of an exact match is the value's share of all records (a surname shared by
 *    1% of records is weak evidence, a rare one strong), smoothed towards a prior for tiny data;
 *  - `tf: 'count'` — for identifiers (email, phone, street, company), u grows with how many
 *    records carry the value: a switchboard number or info@ address shared by 50 records says
 *    little about who is who, whatever the size of the org.
 * Levels are tested in order; the first that holds wins. SQL refers to the pair's two records as
 * x_<column> and y_<column>, and to the similarities of `SIMILARITIES`.
 */
import type { MatchKind } from './records-sql.js';

export interface Level {
  id: string;
  /** SQL condition (first true level wins); 'missing' levels weigh 0. */
  when: string;
  m: number;
  u: number;
  /** Term-frequency adjustment of u: `n` is SQL for how many records carry the pair's value (see above). */
  tf?: { n: string; mode: 'share' | 'count'; floor: number };
  /** Words for the reason line, e.g. "same email"; `{sim}` is replaced by the similarity. */
  text: string;
}

export interface Comparison {
  id: string;
  kind: MatchKind;
  /** Match-table columns this comparison reads; it is left out when none of them has data. */
  needs: string[];
  levels: Level[];
  /** Similarity shown in the reason for fuzzy levels. */
  sim?: string;
  /** Comparisons sharing a group (street, city, postcode, state) are capped together: they are correlated. */
  group?: string;
}

/** Cap on the summed weight of a group of correlated comparisons. */
export const GROUP_CAPS: Record<string, number> = { address: 14 };

/** Similarities computed once per pair and shared by the levels. */
export const SIMILARITIES: Record<string, string> = {
  // Computed only where the values differ: equal values never need a similarity, which saves
  // most of the work on the many candidate pairs that share a name or street.
  jw_fn: 'CASE WHEN x_fn <> y_fn THEN jaro_winkler_similarity(x_fn, y_fn) END',
  jw_ln: 'CASE WHEN x_ln <> y_ln THEN jaro_winkler_similarity(x_ln, y_ln) END',
  swapped: `CASE WHEN x_fn <> y_fn AND x_ln <> y_ln
    THEN jaro_winkler_similarity(x_fn, y_ln) >= 0.9 AND jaro_winkler_similarity(x_ln, y_fn) >= 0.9 ELSE false END`,
  jw_street: 'CASE WHEN x_street <> y_street THEN jaro_winkler_similarity(x_street, y_street) END',
  jw_city: 'CASE WHEN x_city <> y_city THEN jaro_winkler_similarity(x_city, y_city) END',
  jw_company: 'CASE WHEN x_company <> y_company THEN jaro_winkler_similarity(x_company, y_company) END',
  // Shared phone keys, and how many records share the rarest of them.
  phone_n: `CASE WHEN list_has_any(x_phones, y_phones) THEN list_min(list_transform(list_filter(x_phone_ns, lambda p: list_contains(y_phones, p.k)), lambda p: p.n)) END`,
  lev_email: 'CASE WHEN x_email <> y_email THEN levenshtein(x_email, y_email) END',
};

const missing = (...cols: string[]): Level => ({ id: 'missing', when: cols.map((c) => `x_${c} IS NULL OR y_${c} IS NULL`).join(' OR '), m: 1, u: 1, text: '' });
const differs = (m: number, u: number, text: string): Level => ({ id: 'differs', when: 'TRUE', m, u, text });

export const COMPARISONS: readonly Comparison[] = [
  {
    id: 'first', kind: 'person', needs: ['fn'], sim: 'jw_fn',
    levels: [
      missing('fn'),
      { id: 'equal', when: 'x_fn = y_fn', m: 0.82, u: 0.01, tf: { n: 'x_fn_n', mode: 'share', floor: 1e-4 }, text: 'first name equal' },
      { id: 'swapped', when: 'swapped', m: 0.02, u: 0.0002, text: 'first/last names swapped' },
      { id: 'nickname', when: 'list_has_any(x_grps, y_grps)', m: 0.04, u: 0.002, text: 'first name nickname ({x}~{y})' },
      { id: 'similar', when: 'jw_fn >= 0.92', m: 0.05, u: 0.005, text: 'first name jw {sim}' },
      { id: 'initial', when: '(length(x_fn) = 1 OR length(y_fn) = 1) AND x_fn[1] = y_fn[1]', m: 0.02, u: 0.003, text: 'first initial matches' },
      { id: 'weak', when: 'jw_fn >= 0.8', m: 0.02, u: 0.05, text: 'first name jw {sim}' },
      differs(0.03, 0.9, 'first name'),
    ],
  },
  {
    id: 'last', kind: 'person', needs: ['ln'], sim: 'jw_ln',
    levels: [
      missing('ln'),
      { id: 'equal', when: 'x_ln = y_ln', m: 0.85, u: 0.005, tf: { n: 'x_ln_n', mode: 'share', floor: 1e-4 }, text: 'last name equal' },
      { id: 'swapped', when: 'swapped', m: 0.02, u: 0.0002, text: '' },
      { id: 'similar', when: 'jw_ln >= 0.92', m: 0.07, u: 0.003, text: 'last name jw {sim}' },
      { id: 'weak', when: 'jw_ln >= 0.8', m: 0.02, u: 0.03, text: 'last name jw {sim}' },
      differs(0.04, 0.96, 'last name'),
    ],
  },
  {
    id: 'email', kind: 'person', needs: ['email'],
    levels: [
      missing('email'),
      { id: 'equal', when: 'x_email = y_email', m: 0.6, u: 1e-4, tf: { n: 'x_email_n', mode: 'count', floor: 1e-4 }, text: 'same email' },
      { id: 'typo', when: 'lev_email <= 1 AND length(x_email) >= 8', m: 0.04, u: 1e-4, text: 'email one typo apart' },
      { id: 'local', when: 'x_email_local = y_email_local AND length(x_email_local) >= 5', m: 0.08, u: 1e-3, tf: { n: 'x_email_local_n', mode: 'count', floor: 1e-3 }, text: 'same email name, other domain' },
      differs(0.28, 0.999, 'email'),
    ],
  },
  {
    id: 'phone', kind: 'person', needs: ['phones'],
    levels: [
      { id: 'missing', when: 'len(x_phones) = 0 OR len(y_phones) = 0 OR x_phones IS NULL OR y_phones IS NULL', m: 1, u: 1, text: '' },
      { id: 'equal', when: 'phone_n IS NOT NULL', m: 0.55, u: 1e-3, tf: { n: 'phone_n', mode: 'count', floor: 1e-3 }, text: 'phone equal (E.164)' },
      differs(0.45, 0.999, 'phone'),
    ],
  },
  {
    id: 'birthdate', kind: 'person', needs: ['dob'],
    levels: [
      missing('dob'),
      { id: 'equal', when: 'x_dob = y_dob', m: 0.8, u: 1 / 20000, tf: { n: 'x_dob_n', mode: 'share', floor: 2e-5 }, text: 'birthdate equal' },
      { id: 'close', when: `levenshtein(x_dob, y_dob) <= 1 OR (x_dob[1:4] = y_dob[1:4] AND x_dob[5:6] = y_dob[7:8] AND x_dob[7:8] = y_dob[5:6])`, m: 0.1, u: 0.002, text: 'birthdate one digit apart' },
      { id: 'year', when: 'x_dob[1:4] = y_dob[1:4]', m: 0.03, u: 0.02, text: '' },
      differs(0.07, 0.95, 'birthdate'),
    ],
  },
  {
    id: 'company', kind: 'person', needs: ['org'], sim: 'jw_company',
    levels: [
      missing('org'),
      { id: 'equal', when: 'x_org = y_org', m: 0.55, u: 0.003, tf: { n: 'x_org_n', mode: 'count', floor: 0.003 }, text: 'same company' },
      { id: 'similar', when: 'jw_company >= 0.92', m: 0.1, u: 0.005, text: 'company jw {sim}' },
      differs(0.35, 0.99, 'company'),
    ],
  },
  ...addressComparisons('person'),

  {
    id: 'name', kind: 'account', needs: ['company_key'], sim: 'jw_company',
    levels: [
      missing('company_key'),
      { id: 'equal', when: 'x_company_key = y_company_key', m: 0.7, u: 1e-4, tf: { n: 'x_company_key_n', mode: 'share', floor: 1e-5 }, text: 'same name without legal form' },
      { id: 'similar', when: 'jw_company >= 0.94', m: 0.15, u: 0.001, text: 'name jw {sim}' },
      { id: 'weak', when: 'jw_company >= 0.85', m: 0.05, u: 0.02, text: 'name jw {sim}' },
      differs(0.1, 0.97, 'name'),
    ],
  },
  {
    id: 'website', kind: 'account', needs: ['domain'],
    levels: [
      missing('domain'),
      { id: 'equal', when: 'x_domain = y_domain', m: 0.6, u: 1e-4, tf: { n: 'x_domain_n', mode: 'count', floor: 1e-4 }, text: 'same website domain' },
      differs(0.2, 0.99, 'website'),
    ],
  },
  {
    id: 'phone', kind: 'account', needs: ['phones'],
    levels: [
      { id: 'missing', when: 'len(x_phones) = 0 OR len(y_phones) = 0 OR x_phones IS NULL OR y_phones IS NULL', m: 1, u: 1, text: '' },
      { id: 'equal', when: 'phone_n IS NOT NULL', m: 0.5, u: 1e-3, tf: { n: 'phone_n', mode: 'count', floor: 1e-3 }, text: 'phone equal (E.164)' },
      differs(0.5, 0.999, 'phone'),
    ],
  },
  ...addressComparisons('account'),
];

function addressComparisons(kind: MatchKind): Comparison[] {
  return [
    {
      id: 'street', kind, needs: ['street'], sim: 'jw_street', group: 'address',
      levels: [
        missing('street'),
        { id: 'equal', when: 'x_street = y_street', m: 0.6, u: 1e-4, tf: { n: 'x_street_n', mode: 'count', floor: 1e-4 }, text: 'street equal' },
        { id: 'similar', when: 'jw_street >= 0.9', m: 0.2, u: 0.002, text: 'street jw {sim}' },
        { id: 'weak', when: 'jw_street >= 0.75', m: 0.1, u: 0.05, text: '' },
        differs(0.1, 0.95, 'street'),
      ],
    },
    {
      id: 'city', kind, needs: ['city'], sim: 'jw_city', group: 'address',
      levels: [
        missing('city'),
        { id: 'equal', when: 'x_city = y_city', m: 0.8, u: 0.01, tf: { n: 'x_city_n', mode: 'share', floor: 1e-4 }, text: 'city equal' },
        { id: 'similar', when: 'jw_city >= 0.9', m: 0.1, u: 0.01, text: 'city jw {sim}' },
        differs(0.1, 0.99, 'city'),
      ],
    },
    {
      id: 'postcode', kind, needs: ['pc'], group: 'address',
      levels: [
        missing('pc'),
        { id: 'equal', when: 'x_pc = y_pc', m: 0.8, u: 0.005, tf: { n: 'x_pc_n', mode: 'share', floor: 1e-4 }, text: 'postcode equal' },
        { id: 'close', when: 'damerau_levenshtein(x_pc, y_pc) <= 1', m: 0.1, u: 0.02, text: 'postcode one edit apart' },
        differs(0.1, 0.97, 'postcode'),
      ],
    },
    {
      id: 'state', kind, needs: ['state'], group: 'address',
      levels: [
        missing('state'),
        { id: 'equal', when: 'x_state = y_state', m: 0.9, u: 0.15, tf: { n: 'x_state_n', mode: 'share', floor: 0.01 }, text: '' },
        differs(0.1, 0.85, 'state'),
      ],
    },
  ];
}

/** Smoothing for 'share' term frequencies: this many pseudo-records at the prior u. */
export const TF_PRIOR_RECORDS = 1000;

/** Default match threshold on the 0–1 score. */
export const DEFAULT_THRESHOLD = 0.8;
/** Weight (sum of log2 Bayes factors) at which the score is DEFAULT_THRESHOLD. */
export const THRESHOLD_WEIGHT = 12;

/** Match weight → 0–1 score; monotone, with THRESHOLD_WEIGHT ↦ DEFAULT_THRESHOLD. */
export function weightToScore(w: number): number {
  const offset = Math.log2(DEFAULT_THRESHOLD / (1 - DEFAULT_THRESHOLD));
  return 1 / (1 + 2 ** -(w - THRESHOLD_WEIGHT + offset));
}

/** Inverse of weightToScore, for turning a threshold option into a weight. */
export function scoreToWeight(score: number): number {
  const s = Math.min(Math.max(score, 1e-9), 1 - 1e-9);
  const offset = Math.log2(DEFAULT_THRESHOLD / (1 - DEFAULT_THRESHOLD));
  return Math.log2(s / (1 - s)) + THRESHOLD_WEIGHT - offset;
}
