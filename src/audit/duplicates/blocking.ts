/**
 * Blocking keys: which records are compared at all. Like Salesforce match keys, each key groups
 * records that share a cheap normalised value (email, phone, phonetic surname + initial,
 * postcode + name prefix…) and only records inside one group are compared. A group larger than
 * `maxBlock` is skipped for that key: "Smith J" in a million contacts is thousands of records,
 * and two of them that share nothing but the name could not be told apart by the scorer anyway
 * (the names-only bar in score-model.ts grows with the org's size). Their true duplicates still
 * meet through a more specific key: email, phone, company, postcode, birthdate.
 *
 * All keys go into one table of (rid, key, hash) — integers only — so grouping and the self-join
 * run once, on hashes, whatever the number of keys. The same group sizes give the identifier
 * counts the scorer needs (how many records share an email, a phone, a street).
 */
import type { MatchKind } from './records-sql.js';

export interface BlockingKey {
  id: string;
  kind: MatchKind;
  /** SQL over the match table's columns; NULL keeps the record out of this key. A list (one per
   * phone field) makes each element a key of its own, its position kept as `col`. */
  key: string | string[];
  /** Match-table columns that must have values somewhere for the key to be worth running. */
  needs: string[];
  /** false: only counted (for `counts`), never used to form pairs. */
  pairs?: boolean;
  /** The group size is stored as this shared-count column (`<counts>_n`, or `p<i>_n` for lists). */
  counts?: string;
  /** Largest group compared pairwise for this key, when smaller than the engine's maxBlock. */
  maxBlock?: number;
}

const PHONES = ['p0', 'p1', 'p2', 'p3'];
/**
 * Keys on names alone: a group of more than a handful of namesakes is exactly where names cannot
 * decide, and in a large org these groups are where most candidate pairs would come from.
 */
const NAME_BLOCK = 6;
const k = (kind: MatchKind, id: string, key: string | string[], needs: string[], extra: Partial<BlockingKey> = {}): BlockingKey => ({ id, kind, key, needs, ...extra });

/** Email names built from the person's own names (john.smith@…) only repeat the names. */
export const NAME_DERIVED_LOCAL = `email_local IN (coalesce(fn, '') || coalesce(ln, ''), coalesce(ln, '') || coalesce(fn, ''), coalesce(fn[1], '') || coalesce(ln, ''), coalesce(fn, '') || coalesce(ln[1], ''), coalesce(fn, ''))`;

/**
 * A key "a, b" is hashed as hash(a, b) — no strings are built — and leaves the record out when
 * any part is NULL. A key given as a list (the phone fields) is one key per element instead.
 */
export const BLOCKING_KEYS: readonly BlockingKey[] = [
  k('person', 'email', 'email', ['email'], { counts: 'email' }),
  k('person', 'email-local-part', `CASE WHEN length(email_local) >= 5 AND NOT (${NAME_DERIVED_LOCAL}) THEN email_local END`, ['email_local'], { counts: 'email_local' }),
  k('person', 'phone', PHONES, [], { counts: 'p' }),
  k('person', 'surname-sound+initial', 'lsx, formal[1]', ['lsx'], { maxBlock: NAME_BLOCK }),
  k('person', 'name-pair', 'least(fn, ln), greatest(fn, ln)', ['fn', 'ln'], { maxBlock: NAME_BLOCK }),
  // A birthdate alone groups ~N/25,000 records per day; with an initial the groups stay small.
  k('person', 'birthdate+surname-initial', 'dob, ln[1]', ['dob', 'ln']),
  k('person', 'birthdate+given-initial', 'dob, formal[1]', ['dob', 'fn']),
  k('person', 'birthdate', 'dob', ['dob'], { counts: 'dob', maxBlock: 4 }),
  k('person', 'street', 'street', ['street'], { counts: 'street' }),
  k('person', 'postcode+surname', 'pc, ln[1:2]', ['pc', 'ln']),
  k('person', 'postcode+given', 'pc, formal[1:2]', ['pc', 'fn']),
  k('person', 'street-number+postcode', `split_part(street, ' ', 1), pc`, ['street', 'pc']),
  // Colleagues: same company and a same-sounding surname, or the same (formal) first name.
  k('person', 'company+surname-sound', 'org, lsx', ['org', 'lsx']),
  k('person', 'company+given', 'org, formal', ['org', 'fn']),
  k('person', 'company', 'org', ['org'], { pairs: false, counts: 'org' }),

  k('account', 'name', 'company_key', ['company_key'], { counts: 'company' }),
  k('account', 'name-prefix+city', `company_key[1:6], coalesce(city, '')`, ['company_key'], { maxBlock: NAME_BLOCK }),
  k('account', 'name-prefix+postcode', 'company_key[1:4], coalesce(pc, city)', ['company_key']),
  k('account', 'domain', 'domain', ['domain'], { counts: 'domain' }),
  k('account', 'phone', PHONES, [], { counts: 'p' }),
  k('account', 'street', 'street', ['street'], { counts: 'street' }),
];

/**
 * The integer table of every record's keys: (rid, kid, col, h). One scan computes every key as a
 * column and unpivots them (a third faster than one scan per key). 32-bit hashes keep this table,
 * ~9 rows per record, small: a collision only adds a candidate pair the scorer rejects.
 */
export function keysSql(target: string, records: string, keys: readonly BlockingKey[]): string {
  const hashes: string[] = [];
  const kids: number[] = [];
  const cols: number[] = [];
  keys.forEach((key, kid) => (Array.isArray(key.key) ? key.key : [key.key]).forEach((e, col) => {
    const present = splitTopLevel(e).map((x) => `(${x}) IS NOT NULL`).join(' AND ');
    hashes.push(`CASE WHEN ${present} THEN (hash(${e}) >> 32)::UINTEGER END`);
    kids.push(kid);
    cols.push(col);
  }));
  if (!hashes.length) return `CREATE OR REPLACE TEMP TABLE ${target} (rid INTEGER, kid TINYINT, col TINYINT, h UINTEGER)`;
  return `CREATE OR REPLACE TEMP TABLE ${target} AS SELECT rid, kid, col, h FROM (
  SELECT rid, unnest([${hashes.join(',\n    ')}]) AS h, unnest([${kids.join(', ')}]::TINYINT[]) AS kid, unnest([${cols.join(', ')}]::TINYINT[]) AS col
  FROM ${records}) WHERE h IS NOT NULL`;
}

/** Splits "a, f(b, c), d" at its top-level commas. */
export function splitTopLevel(e: string): string[] {
  const out: string[] = [];
  let depth = 0, quote = false, start = 0;
  for (let i = 0; i < e.length; i++) {
    const ch = e[i];
    if (ch === "'") quote = !quote;
    else if (!quote && (ch === '(' || ch === '[')) depth++;
    else if (!quote && (ch === ')' || ch === ']')) depth--;
    else if (!quote && depth === 0 && ch === ',') {
      out.push(e.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(e.slice(start).trim());
  return out;
}

/**
 * Group sizes of every key value shared by two or more records, a few keys at a time: aggregating
 * all keys at once builds a hash table of every distinct value (~9 per record), and that table,
 * not the data, set the memory peak.
 */
export function blocksSql(target: string, keysTable: string, keys: readonly BlockingKey[]): string[] {
  const groups = Array.from({ length: Math.ceil(keys.length / KEYS_PER_AGGREGATE) }, (_, g) => g * KEYS_PER_AGGREGATE);
  return [
    `CREATE OR REPLACE TEMP TABLE ${target} (kid TINYINT, h UINTEGER, n INTEGER)`,
    ...groups.map((from) => `INSERT INTO ${target} SELECT kid, h, count(*)::INTEGER AS n FROM ${keysTable} WHERE kid >= ${from} AND kid < ${from + KEYS_PER_AGGREGATE} GROUP BY kid, h HAVING count(*) > 1`),
  ];
}

/** Keys grouped per aggregation: fewer scans of the keys table, a quarter of the hash table. */
const KEYS_PER_AGGREGATE = 4;

/**
 * The key rows of records that share a value with at least one other record, with the group
 * size, for the groups something reads: pair-forming keys within their cap, and counted keys.
 * Most key values are unique, so this is much smaller than the keys table.
 */
export function sharedKeysSql(target: string, keysTable: string, blocksTable: string, keys: readonly BlockingKey[], maxBlock: number): string {
  const needed = keys.map((key, kid) => {
    const cap = key.pairs === false ? 0 : Math.min(key.maxBlock ?? maxBlock, maxBlock);
    return key.counts ? `kid = ${kid}` : `(kid = ${kid} AND n <= ${cap})`;
  }).join(' OR ') || 'false';
  return `CREATE OR REPLACE TEMP TABLE ${target} AS SELECT k.rid, k.kid, k.col, k.h, b.n FROM ${keysTable} k JOIN (SELECT * FROM ${blocksTable} WHERE ${needed}) b USING (kid, h)`;
}

/**
 * Candidate pairs (a < b) from the groups of pair-forming keys no larger than their cap.
 * `objectOf` (SQL over `rid`) restricts pairs to records of one object when given.
 */
export function pairsSql(target: string, sharedKeys: string, keys: readonly BlockingKey[], maxBlock: number, objectOf?: (rid: string) => string): string {
  const byCap = new Map<number, number[]>();
  keys.forEach((key, kid) => {
    if (key.pairs === false) return;
    const cap = Math.min(key.maxBlock ?? maxBlock, maxBlock);
    byCap.set(cap, [...(byCap.get(cap) ?? []), kid]);
  });
  if (!byCap.size) return `CREATE OR REPLACE TEMP TABLE ${target} (a INTEGER, b INTEGER)`;
  const small = [...byCap].map(([cap, kids]) => `(n <= ${cap} AND kid IN (${kids.join(', ')}))`).join(' OR ');
  return `CREATE OR REPLACE TEMP TABLE ${target} AS
WITH k AS (SELECT rid, kid, h FROM ${sharedKeys} WHERE ${small})
SELECT DISTINCT x.rid AS a, y.rid AS b FROM k x JOIN k y ON x.kid = y.kid AND x.h = y.h AND x.rid < y.rid${objectOf ? ` AND ${objectOf('x.rid')} = ${objectOf('y.rid')}` : ''}`;
}

/** Per record, how many records share each counted value (only records sharing at least one). */
export function sharedCountsSql(target: string, sharedKeys: string, keys: readonly BlockingKey[], columns: readonly string[]): string {
  const counted = keys.flatMap((key, kid) => (key.counts ? [kid] : []));
  const cols = columns.map((col) => {
    const phone = /^p(\d)$/.exec(col);
    const kid = keys.findIndex((key) => key.counts === (phone ? 'p' : col));
    if (kid < 0) return `NULL::INTEGER AS ${col}_n`;
    return `max(n) FILTER (WHERE kid = ${kid}${phone ? ` AND col = ${phone[1]}` : ''}) AS ${col}_n`;
  });
  if (!counted.length) return `CREATE OR REPLACE TEMP TABLE ${target} AS SELECT NULL::INTEGER AS rid, ${cols.join(', ')} WHERE false`;
  return `CREATE OR REPLACE TEMP TABLE ${target} AS SELECT rid, ${cols.join(', ')} FROM ${sharedKeys} WHERE kid IN (${counted.join(', ')}) GROUP BY rid`;
}
