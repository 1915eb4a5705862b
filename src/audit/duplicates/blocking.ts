/**
 * Blocking keys: which records are compared at all. Like Salesforce match keys, each key groups
 * records that share a cheap normalised value (email, phone, phonetic surname + initial,
 * postcode + name prefix…). Inside a group, records are sorted and each is compared only with its
 * next `window` neighbours (sorted neighbourhood), so a huge group ("Smith J" in a million
 * contacts) costs n·window pairs instead of n². Several keys together give recall: a true
 * duplicate with a typo in the surname still shares its email, phone, birthdate or address.
 */
import type { MatchKind } from './records-sql.js';

export interface BlockingKey {
  id: string;
  kind: MatchKind;
  /** SQL over the match table's columns; NULL keeps the record out of this key. */
  key: string;
  /** Order inside a group: neighbours in this order are compared (rid breaks ties). */
  order: string;
  /** Match-table columns that must have values somewhere for the key to be worth running. */
  needs: string[];
  /** `key` is a list (phones): each element is a key of its own. */
  list?: boolean;
  /** Neighbours compared per record inside a big group, when not the engine's default. */
  window?: number;
}

const k = (kind: MatchKind, id: string, key: string, order: string, needs: string[], list = false, window?: number): BlockingKey => ({ id, kind, key, order, needs, list, window });
/**
 * Keys on names alone form huge groups in a big org (every "Smith J"); their records are sorted
 * by the next-best evidence so duplicates sit close, and a short window keeps them near-linear.
 */
const NAME_WINDOW = 8;

export const BLOCKING_KEYS: readonly BlockingKey[] = [
  k('person', 'email', 'email', 'ln, fn', ['email']),
  k('person', 'email-local-part', `CASE WHEN length(email_local) >= 5 THEN email_local END`, 'ln, fn', ['email_local']),
  k('person', 'phone', '[p0, p1, p2, p3]', 'ln, fn', [], true),
  k('person', 'surname-sound+initial', `lsx || '|' || coalesce(formal[1], '')`, 'formal, street, email', ['lsx'], false, NAME_WINDOW),
  k('person', 'name-pair', `least(fn, ln) || '|' || greatest(fn, ln)`, 'dob, street, email', ['fn', 'ln'], false, NAME_WINDOW),
  k('person', 'birthdate', 'dob', 'ln, fn', ['dob']),
  k('person', 'postcode+surname', `pc || '|' || ln[1:2]`, 'fn, street', ['pc', 'ln']),
  k('person', 'postcode+given', `pc || '|' || formal[1:2]`, 'ln, street', ['pc', 'fn']),
  k('person', 'street-number+postcode', `split_part(street, ' ', 1) || '|' || pc`, 'ln, fn', ['street', 'pc']),
  k('person', 'company+surname', `org || '|' || ln[1:2]`, 'fn, email', ['org', 'ln']),
  k('person', 'company+given', `org || '|' || formal[1:2]`, 'ln, email', ['org', 'fn']),

  k('account', 'name', 'company_key', 'city, pc, rid', ['company_key']),
  k('account', 'name-sound+city', `csx || '|' || coalesce(city, '')`, 'company_key', ['csx'], false, NAME_WINDOW),
  k('account', 'name-prefix', 'company_key[1:5]', 'company_key', ['company_key'], false, NAME_WINDOW),
  k('account', 'domain', 'domain', 'company_key', ['domain']),
  k('account', 'phone', '[p0, p1, p2, p3]', 'company_key', [], true),
  k('account', 'first-word+postcode', `split_part(company, ' ', 1) || '|' || coalesce(pc, city)`, 'company_key', ['company', 'pc']),
];

/**
 * INSERT of one key's candidate pairs (a < b) into `pairs`. Singleton groups are dropped before
 * sorting; each record then pairs with the next min(window, rest of group) records, found by an
 * equi-join on (group, position) so a large group never materialises its n² cross product.
 */
export function blockingPairsSql(key: BlockingKey, records: string, pairs: string, window: number, crossObject: boolean): string {
  const keyed = key.list
    ? `SELECT rid, obj, unnest(${key.key}) AS bkey, ${key.order} FROM ${records}`
    : `SELECT rid, obj, ${key.key} AS bkey, ${key.order} FROM ${records}`;
  return `INSERT INTO ${pairs}
WITH k AS (SELECT * FROM (${keyed}) WHERE bkey IS NOT NULL AND bkey <> ''),
multi AS (SELECT bkey FROM k GROUP BY bkey HAVING count(*) > 1),
g AS (
  SELECT k.rid, k.obj, k.bkey, row_number() OVER (PARTITION BY k.bkey ORDER BY ${key.order.split(',').map((o) => `k.${o.trim()}`).join(', ')}, k.rid) AS rn, count(*) OVER (PARTITION BY k.bkey) AS sz
  FROM k SEMI JOIN multi USING (bkey)
),
x AS (SELECT rid, obj, bkey, rn + unnest(range(1, least(${window}, sz - rn) + 1)) AS rn2 FROM g WHERE rn < sz)
SELECT least(x.rid, y.rid) AS a, greatest(x.rid, y.rid) AS b
FROM x JOIN g y ON y.bkey = x.bkey AND y.rn = x.rn2${crossObject ? '' : ' AND y.obj = x.obj'}`;
}
