/**
 * The comparisons of the score model (score-model.ts): for people (Contacts and Leads) first and
 * last name, email, phone, birthdate, company and address; for Accounts name, website, phone and
 * address. Each level's m and u and flags are explained where they are not obvious.
 */
import type { Comparison, Level } from './score-model.js';
import type { MatchKind } from './records-sql.js';

/**
 * Jaro-Winkler with a score cutoff: below `cutoff` it returns 0 and gives up early, which roughly
 * halves the cost on the millions of candidate pairs with unrelated streets and companies. Exact
 * at or above it, so `cutoff` must not exceed the lowest threshold any level tests the similarity
 * against (comparisons.test.ts checks), and the reason line only prints similarities of levels
 * that passed their threshold.
 */
export const jw = (a: string, b: string, cutoff: number): string => `jaro_winkler_similarity(${a}, ${b}, ${cutoff})`;

/**
 * Both streets start with a house number and the numbers differ: a neighbour, not a typo. Written
 * into the level, not as a similarity: a level's conditions are tested only on the pairs that get
 * that far (here, streets ≥ 0.9 alike), a similarity on every candidate pair.
 */
const STREET_NUMBER_DIFFERS = `(x_street[1] BETWEEN '0' AND '9' AND y_street[1] BETWEEN '0' AND '9' AND split_part(x_street, ' ', 1) <> split_part(y_street, ' ', 1))`;
/**
 * An email one typo from the other. One typo leaves either the first 4 or the last 6 characters
 * intact: cheap tests that spare the edit distance on the millions of pairs with unrelated
 * emails; in the level, as above, so they run only on pairs whose emails differ.
 */
const EMAIL_TYPO = `length(x_email) >= 8 AND x_email[1] = y_email[1] AND abs(length(x_email) - length(y_email)) <= 1
    AND (x_email[1:4] = y_email[1:4] OR x_email[-6:] = y_email[-6:]) AND levenshtein(x_email, y_email) <= 1`;

/** Similarities computed once per pair and shared by the levels. */
export const SIMILARITIES: Record<string, string> = {
  // Computed only where the values differ: equal values never need a similarity, which saves
  // most of the work on the many candidate pairs that share a name or street.
  jw_fn: `CASE WHEN x_fn <> y_fn THEN ${jw('x_fn', 'y_fn', 0.8)} END`,
  jw_ln: `CASE WHEN x_ln <> y_ln THEN ${jw('x_ln', 'y_ln', 0.8)} END`,
  // Swapped first/last names; the first-letter test spares two similarities on most pairs.
  swapped: `CASE WHEN x_fn <> y_fn AND x_ln <> y_ln AND x_fn[1] = y_ln[1] AND x_ln[1] = y_fn[1]
    THEN ${jw('x_fn', 'y_ln', 0.9)} >= 0.9 AND ${jw('x_ln', 'y_fn', 0.9)} >= 0.9 ELSE false END`,
  jw_street: `CASE WHEN x_street <> y_street THEN ${jw('x_street', 'y_street', 0.75)} END`,
  jw_city: `CASE WHEN x_city <> y_city THEN ${jw('x_city', 'y_city', 0.9)} END`,
  jw_company: `CASE WHEN x_company <> y_company THEN ${jw('x_company', 'y_company', 0.85)} END`,
  // How many records share the rarest phone key the two records have in common (NULL: none).
  phone_n: `least(${[0, 1, 2, 3].map((i) => `CASE WHEN x_p${i} IN (y_p0, y_p1, y_p2, y_p3) THEN coalesce(x_p${i}_n, 2) END`).join(', ')})`,
  // One name of each record equals the other's other name (a swap with a typo in the other half).
  crossed: `CASE WHEN x_fn <> y_fn AND x_ln <> y_ln THEN x_fn = y_ln OR x_ln = y_fn ELSE false END`,
  // A shared number other than two business lines (Phone = Phone): mobile, home, or business = mobile.
  personal_phone: `(x_p1 IN (y_p0, y_p1, y_p2, y_p3) OR x_p2 IN (y_p0, y_p1, y_p2, y_p3) OR x_p3 IN (y_p0, y_p1, y_p2, y_p3) OR x_p0 IN (y_p1, y_p2, y_p3))`,
  nickname: `(x_g1 IN (y_g1, y_g2, y_g3) OR x_g2 IN (y_g1, y_g2, y_g3) OR x_g3 IN (y_g1, y_g2, y_g3))`,
};

const NAME_DERIVED = ["f || l", "l || f", "f[1] || l", "f || l[1]", "f"].map((e) => e.replace(/\b([fl])\b/g, (v) => `coalesce(x_${v}n, '')`)).join(', ');
const BRANCH = ['x', 'y'].map((a) => {
  const b = a === 'x' ? 'y' : 'x';
  return `(${a}_city IS NOT NULL AND ${a}_city IS DISTINCT FROM ${b}_city AND contains(${a}_company_key, ${a}_city) AND NOT contains(${b}_company_key, ${a}_city))`;
}).join(' OR ');
/**
 * One typing error: "owdns"/"owens" has a jw of only 0.88, "li"/"lii" 0.91. In short names only a
 * doubled or dropped last letter counts: Li and Lu are two surnames.
 */
const ONE_EDIT = (col: string) => `levenshtein(x_${col}, y_${col}) <= 1 AND (least(length(x_${col}), length(y_${col})) >= 4 OR starts_with(x_${col}, y_${col}) OR starts_with(y_${col}, x_${col}))`;
const NO_PHONE = ['x', 'y'].map((s) => `coalesce(${s}_p0, ${s}_p1, ${s}_p2, ${s}_p3) IS NULL`).join(' OR ');
const missing = (...cols: string[]): Level => ({ id: 'missing', when: cols.map((c) => `x_${c} IS NULL OR y_${c} IS NULL`).join(' OR '), m: 1, u: 1, text: '' });
const differs = (m: number, u: number, text: string): Level => ({ id: 'differs', when: 'TRUE', m, u, text });

export const COMPARISONS: readonly Comparison[] = [
  {
    id: 'first', kind: 'person', needs: ['fn'], sim: 'jw_fn',
    levels: [
      // A record without the name cannot be told from a colleague with any name: treated as a conflict.
      { ...missing('fn'), conflicts: 'name' },
      { id: 'equal', when: 'x_fn = y_fn', m: 0.82, u: 0.01, tf: { n: 'x_fn_n', mode: 'share', floor: 1e-7 }, text: 'first name equal' },
      { id: 'swapped', when: 'swapped', m: 0.02, u: 0.0002, text: 'first/last names swapped' },
      { id: 'nickname', when: 'nickname', m: 0.04, u: 0.002, text: 'first name nickname ({x}~{y})' },
      { id: 'similar', when: `jw_fn >= 0.92 OR (jw_fn >= 0.8 AND ${ONE_EDIT('fn')})`, m: 0.05, u: 0.005, text: 'first name jw {sim}' },
      { id: 'initial', when: '(length(x_fn) = 1 OR length(y_fn) = 1) AND x_fn[1] = y_fn[1]', m: 0.02, u: 0.003, text: 'first initial matches' },
      { id: 'weak', when: 'jw_fn >= 0.8', m: 0.02, u: 0.05, text: 'first name jw {sim}' },
      { ...differs(0.03, 0.9, 'first name'), conflicts: 'name' },
    ],
  },
  {
    id: 'last', kind: 'person', needs: ['ln'], sim: 'jw_ln', group: 'household',
    levels: [
      { ...missing('ln'), conflicts: 'name' },
      { id: 'equal', when: 'x_ln = y_ln', m: 0.85, u: 0.005, tf: { n: 'x_ln_n', mode: 'share', floor: 1e-7 }, text: 'last name equal' },
      { id: 'swapped', when: 'swapped', m: 0.02, u: 0.0002, text: '' },
      { id: 'crossed', when: 'crossed', m: 0.01, u: 0.001, text: 'one name equals the other record\'s other name' },
      { id: 'similar', when: `jw_ln >= 0.92 OR (jw_ln >= 0.8 AND ${ONE_EDIT('ln')})`, m: 0.07, u: 0.003, text: 'last name jw {sim}' },
      { id: 'weak', when: 'jw_ln >= 0.8', m: 0.02, u: 0.03, text: 'last name jw {sim}', conflicts: 'name' },
      { ...differs(0.04, 0.96, 'last name'), conflicts: 'name' },
    ],
  },
  {
    id: 'email', kind: 'person', needs: ['email'],
    levels: [
      missing('email'),
      { id: 'equal', when: 'x_email = y_email', m: 0.6, u: 1e-4, tf: { n: 'x_email_n', mode: 'count', floor: 1e-4 }, text: 'same email', corroborates: true, personal: true },
      // Not personal evidence: pierreg@ and pierrem@ are two colleagues' initials, one letter apart.
      { id: 'typo', when: EMAIL_TYPO, m: 0.04, u: 1e-4, text: 'email one typo apart', corroborates: true },
      // An email name made of the person's own names (john.smith@…) repeats the names: no evidence.
      // Digits are ignored: "johnsmith23" says little more than the name, there are only 100 such numbers.
      { id: 'named', when: `x_email_local = y_email_local AND regexp_replace(x_email_local, '[0-9]+', '', 'g') IN (${NAME_DERIVED})`, m: 1, u: 1, text: '' },
      { id: 'local', when: 'x_email_local = y_email_local AND length(x_email_local) >= 5', m: 0.08, u: 1e-3, tf: { n: 'x_email_local_n', mode: 'count', floor: 1e-3 }, text: 'same email name, other domain', corroborates: true },
      differs(0.28, 0.999, 'email'),
    ],
  },
  {
    id: 'phone', kind: 'person', needs: ['p0', 'p1', 'p2', 'p3'], group: 'location',
    levels: [
      { id: 'missing', when: NO_PHONE, m: 1, u: 1, text: '' },
      { id: 'personal', when: 'phone_n IS NOT NULL AND personal_phone', m: 0.3, u: 5e-4, tf: { n: 'phone_n', mode: 'count', floor: 5e-4 }, text: 'mobile/home phone equal (E.164)', corroborates: true, personal: true },
      { id: 'equal', when: 'phone_n IS NOT NULL', m: 0.25, u: 1e-3, tf: { n: 'phone_n', mode: 'count', floor: 1e-3 }, text: 'phone equal (E.164)', corroborates: true },
      differs(0.45, 0.999, 'phone'),
    ],
  },
  {
    id: 'birthdate', kind: 'person', needs: ['dob'],
    levels: [
      missing('dob'),
      { id: 'equal', when: 'x_dob = y_dob', m: 0.8, u: 4e-5, tf: { n: 'x_dob_n', mode: 'excess', floor: 4e-5 }, text: 'birthdate equal', corroborates: true, personal: 'with-location' },
      { id: 'close', when: `levenshtein(x_dob, y_dob) <= 1 OR (x_dob[1:4] = y_dob[1:4] AND x_dob[5:6] = y_dob[7:8] AND x_dob[7:8] = y_dob[5:6])`, m: 0.1, u: 0.002, text: 'birthdate one digit apart', corroborates: true, personal: 'with-location' },
      { id: 'year', when: 'x_dob[1:4] = y_dob[1:4]', m: 0.03, u: 0.02, text: '' },
      differs(0.07, 0.95, 'birthdate'),
    ],
  },
  {
    id: 'company', kind: 'person', needs: ['org'], sim: 'jw_company', group: 'location',
    levels: [
      missing('org'),
      { id: 'equal', when: 'x_org = y_org', m: 0.55, u: 0.003, tf: { n: 'x_org_n', mode: 'count', floor: 0.003 }, text: 'same company', corroborates: true, locates: true },
      { id: 'similar', when: 'jw_company >= 0.92', m: 0.1, u: 0.005, text: 'company jw {sim}', corroborates: true, locates: true },
      // In a B2B CRM a person who moves company gets a new Contact under the new Account: the same
      // name at two companies is two contacts unless their own email or mobile says otherwise.
      { ...differs(0.15, 0.99, 'company'), conflicts: 'company' },
    ],
  },
  ...addressComparisons('person'),

  {
    id: 'name', kind: 'account', needs: ['company_key'], sim: 'jw_company',
    levels: [
      missing('company_key'),
      { id: 'equal', when: 'x_company_key = y_company_key', m: 0.7, u: 1e-4, tf: { n: 'x_company_n', mode: 'share', floor: 1e-7 }, text: 'same name without legal form' },
      // "Acme (Lyon)" in Lyon next to "Acme" in Paris: a branch with its own account, not a duplicate.
      { id: 'branch', when: BRANCH, m: 0.01, u: 0.001, text: '', conflicts: 'company' },
      { id: 'similar', when: 'jw_company >= 0.94', m: 0.15, u: 0.001, text: 'name jw {sim}' },
      { id: 'weak', when: 'jw_company >= 0.85', m: 0.05, u: 0.02, text: 'name jw {sim}' },
      differs(0.1, 0.97, 'name'),
    ],
  },
  {
    id: 'website', kind: 'account', needs: ['domain'],
    levels: [
      missing('domain'),
      { id: 'equal', when: 'x_domain = y_domain', m: 0.6, u: 1e-4, tf: { n: 'x_domain_n', mode: 'count', floor: 1e-4 }, text: 'same website domain', corroborates: true },
      differs(0.2, 0.99, 'website'),
    ],
  },
  {
    id: 'phone', kind: 'account', needs: ['p0', 'p1', 'p2', 'p3'], group: 'location',
    levels: [
      { id: 'missing', when: NO_PHONE, m: 1, u: 1, text: '' },
      { id: 'equal', when: 'phone_n IS NOT NULL', m: 0.5, u: 1e-3, tf: { n: 'phone_n', mode: 'count', floor: 1e-3 }, text: 'phone equal (E.164)', corroborates: true },
      differs(0.5, 0.999, 'phone'),
    ],
  },
  ...addressComparisons('account'),
];

function addressComparisons(kind: MatchKind): Comparison[] {
  return [
    {
      id: 'street', kind, needs: ['street'], sim: 'jw_street', group: 'location',
      levels: [
        missing('street'),
        { id: 'equal', when: 'x_street = y_street', m: 0.6, u: 1e-4, tf: { n: 'x_street_n', mode: 'count', floor: 1e-4 }, text: 'street equal', corroborates: true, locates: true },
        { id: 'neighbour', when: `jw_street >= 0.9 AND ${STREET_NUMBER_DIFFERS}`, m: 0.05, u: 0.01, text: 'same street, other number', locates: true },
        { id: 'similar', when: 'jw_street >= 0.9', m: 0.2, u: 0.002, text: 'street jw {sim}', corroborates: true, locates: true },
        { id: 'weak', when: 'jw_street >= 0.75', m: 0.1, u: 0.05, text: '', locates: true },
        differs(0.1, 0.95, 'street'),
      ],
    },
    {
      id: 'city', kind, needs: ['city'], sim: 'jw_city', group: 'location',
      levels: [
        missing('city'),
        { id: 'equal', when: 'x_city = y_city', m: 0.8, u: 0.01, tf: { n: 'x_city_n', mode: 'share', floor: 1e-7 }, text: 'city equal', locates: true },
        { id: 'similar', when: 'jw_city >= 0.9', m: 0.1, u: 0.01, text: 'city jw {sim}', locates: true },
        differs(0.1, 0.99, 'city'),
      ],
    },
    {
      id: 'postcode', kind, needs: ['pc'], group: 'location',
      levels: [
        missing('pc'),
        { id: 'equal', when: 'x_pc = y_pc', m: 0.8, u: 0.005, tf: { n: 'x_pc_n', mode: 'share', floor: 1e-7 }, text: 'postcode equal', corroborates: true, locates: true },
        { id: 'close', when: 'damerau_levenshtein(x_pc, y_pc) <= 1', m: 0.1, u: 0.02, text: 'postcode one edit apart', locates: true },
        differs(0.1, 0.97, 'postcode'),
      ],
    },
    {
      id: 'state', kind, needs: ['state'], group: 'location',
      levels: [
        missing('state'),
        { id: 'equal', when: 'x_state = y_state', m: 0.9, u: 0.15, tf: { n: 'x_state_n', mode: 'share', floor: 0.01 }, text: '' },
        differs(0.1, 0.85, 'state'),
      ],
    },
  ];
}

