/**
 * SQL that turns the source objects into normalised match records per kind ("person" = Contacts
 * and Leads together, so Lead↔Contact pairs fall out of the same blocking; "account" = Accounts).
 *
 * Measured cost drives the shape (DuckDB 1.5, 2 threads, ~1.2M person records): materialising a
 * string column costs 0.1 s, an integer column 0.02 s, a regular expression 0.1–1 µs a value. So:
 *  - lookups normalise names, places, postcodes, streets and companies once per distinct value,
 *    with the value's frequency (`n_<role>`) and the hashes blocking needs computed on the way;
 *  - the records are a view (recordsView), never written in full: blocking reads integers from
 *    it for every record (candidate-pairs.ts), and the score reads the records of the pairs worth
 *    scoring, keyed by `rid` = the source row's rowid + an offset per object (dense,
 *    deterministic, and no sort);
 *  - Id, CreatedDate and completeness are columns of the view too, computed only where read.
 */
import { quoteIdent, quoteString } from '../../snapshot/duckdb-types.js';
import { roleColumns, type FieldRoles } from './field-roles.js';
import type { HelperTables } from './helper-tables.js';
import * as n from './normalise-sql.js';

export type MatchKind = 'person' | 'account';

export interface RecordSource {
  roles: FieldRoles;
  /** A table (or a subquery with a `rowid` column) to read the object from. */
  table: string;
  /** Added to rowid to make `rid`; ranges of different objects never overlap. */
  offset: number;
  /** rids of this source are offset … offset + span - 1. */
  span: number;
  rows: number;
}

export interface Lookups { names: string; places: string; postcodes: string; streets: string; companies: string; accountCompanies: string; countries: string }

/** Most phone fields any object has (Contact: Phone, MobilePhone, HomePhone, OtherPhone). */
export const MAX_PHONES = 4;

const NULL = 'NULL::VARCHAR';
const c = (col: string | undefined, alias = 't'): string | undefined => (col ? `${alias}.${quoteIdent(col)}` : undefined);
const or = (e: string | undefined, f: (x: string) => string): string => (e ? f(e) : NULL);
/**
 * Lookups are keyed by the value exactly as stored (only cast to text): the join then needs no
 * per-row trimming, and the normalisers trim inside the lookup, once per distinct value.
 */
const asText = (e: string): string => `CAST(${e} AS VARCHAR)`;

function firstExpr(r: FieldRoles): string | undefined {
  return c(r.first) ?? (r.fullName ? n.firstWord(c(r.fullName)!) : undefined);
}
function lastExpr(r: FieldRoles): string | undefined {
  return c(r.last) ?? (r.fullName ? n.lastWord(c(r.fullName)!) : undefined);
}

/** One SELECT of (value, role) per source column feeding a lookup; roles let one lookup count several columns. */
function valuesOf(sources: RecordSource[], pick: (r: FieldRoles) => [string | undefined, string][]): string {
  const parts = sources.flatMap((s) => pick(s.roles).filter(([e]) => e).map(([e, role]) => `SELECT ${asText(e!)} AS raw, '${role}' AS role FROM ${s.table} t`));
  return parts.length ? parts.join(' UNION ALL ') : `SELECT ${NULL} AS raw, '' AS role WHERE false`;
}

/**
 * What blocking and the evidence gate read of a name, per distinct value, as integers: hashes of
 * the parts the blocking keys combine (the name, its first one and two letters, its sound, its
 * formal form and that form's first one and two letters: computed here once, not per record and
 * key), and for the gate the letters and byte length (normalise-sql.ts letterMask) and the
 * nickname groups as bits of one integer (two names may share a group only if they share a bit).
 */
const NAME_PARTS = {
  h: 'nm', h1: 'nm[1]', h2: 'nm[1:2]', hs: 'sx', hf: 'formal', hf1: 'formal[1]', hf2: 'formal[1:2]',
};
const NAME_FEATURES = [
  `${n.letterMask('x.nm')} AS letters`, 'strlen(x.nm)::INTEGER AS len',
  `${['k.g1', 'k.g2', 'k.g3'].map((g) => `coalesce(1::INTEGER << (${g}::INTEGER % 31), 0)`).join(' | ')} AS groups`,
].join(', ');

/**
 * Lookup tables, normalised once per distinct value, each with frequencies of the normalised
 * value (`n_<role>`: how many records carry it in that role); streets without (the blocking
 * keys count them), but with their house number's hash.
 */
export function lookupsSql(prefix: string, sources: RecordSource[], helpers: HelperTables, defaultCountries: Record<string, string | undefined>): { sql: string[]; lookups: Omit<Lookups, 'companies' | 'accountCompanies'> } {
  const lk = { names: `${prefix}names`, places: `${prefix}places`, postcodes: `${prefix}postcodes`, streets: `${prefix}streets`, countries: `${prefix}countries` };
  const counted = (values: string, norm: (x: string) => string, roles: string[]) => `
    WITH v AS (SELECT raw, ${roles.map((r) => `count(*) FILTER (WHERE role = '${r}')::INTEGER AS c_${r}`).join(', ')} FROM (${values}) WHERE raw IS NOT NULL GROUP BY raw),
    m AS (SELECT raw, ${norm('raw')} AS nm, ${roles.map((r) => `c_${r}`).join(', ')} FROM v)
    SELECT raw, nm, ${roles.map((r) => `(sum(c_${r}) OVER (PARTITION BY nm))::INTEGER AS n_${r}`).join(', ')} FROM m`;
  const countries = sources.map((s) => `SELECT DISTINCT ${countryExpr(s, defaultCountries[s.roles.object])} AS raw FROM ${s.table} t`).join(' UNION ');
  const names = `SELECT x.*, coalesce(k.formal, x.nm) AS formal, k.g1, k.g2, k.g3, ${n.phonetic('x.nm')} AS sx, ${NAME_FEATURES}
    FROM (${counted(valuesOf(sources, (r) => [[firstExpr(r), 'f'], [lastExpr(r), 'l']]), n.personName, ['f', 'l'])}) x LEFT JOIN ${helpers.nicknames} k ON k.name = x.nm`;
  const streets = `SELECT raw, ${n.street('raw')} AS nm FROM (SELECT DISTINCT raw FROM (${valuesOf(sources, (r) => [[c(r.street), 's']])}) WHERE raw IS NOT NULL)`;
  return {
    lookups: lk,
    sql: [
      `CREATE OR REPLACE TEMP TABLE ${lk.names} AS SELECT *, ${Object.entries(NAME_PARTS).map(([col, e]) => `${n.hash32(e)} AS ${col}`).join(', ')} FROM (${names})`,
      `CREATE OR REPLACE TEMP TABLE ${lk.places} AS SELECT *, ${n.hash32('nm')} AS h FROM (${counted(valuesOf(sources, (r) => [[c(r.city), 'c'], [c(r.state), 's']]), n.place, ['c', 's'])})`,
      `CREATE OR REPLACE TEMP TABLE ${lk.postcodes} AS SELECT *, ${n.hash32('nm')} AS h FROM (${counted(valuesOf(sources, (r) => [[c(r.postcode), 'p']]), n.postcode, ['p'])})`,
      `CREATE OR REPLACE TEMP TABLE ${lk.streets} AS SELECT raw, nm, ${n.hash32('nm')} AS h, ${n.hash32("split_part(nm, ' ', 1)")} AS sn FROM (${streets})`,
      `CREATE OR REPLACE TEMP TABLE ${lk.countries} AS SELECT s.raw, k.cc, k.trunk FROM (${countries}) s JOIN ${helpers.codes} k ON k.key = s.raw`,
    ],
  };
}

/** Converted Leads stay out of matching: Salesforce keeps them as the history of their Contact. */
function notConverted(r: FieldRoles): string[] {
  const tests = [
    r.converted ? `coalesce(TRY_CAST(${c(r.converted)} AS BOOLEAN), false)` : undefined,
    r.convertedContact ? `${n.text(c(r.convertedContact)!)} IS NOT NULL` : undefined,
  ].filter(Boolean);
  return tests.length ? [`NOT (${tests.join(' OR ')})`] : [];
}

const where = (tests: string[]): string => (tests.length ? `WHERE ${tests.join(' AND ')}` : '');

function countryExpr(s: RecordSource, defaultCountry: string | undefined): string {
  const e = s.roles.country ? `lower(${n.text(c(s.roles.country)!)})` : NULL;
  return defaultCountry ? `coalesce(${e}, ${quoteString(defaultCountry)})` : e;
}

/**
 * Company names (Account.Name, Lead.Company) normalised once for the whole run, and each
 * Account's normalised name by Id, which is how Contacts reach theirs.
 */
export function companiesSql(companies: string, accountCompanies: string, tables: RecordSource[]): string[] {
  const values = tables.flatMap((s) => {
    const col = s.roles.object === 'Account' ? s.roles.name : s.roles.company;
    return col ? [`SELECT ${asText(c(col)!)} AS raw FROM ${s.table} t`] : [];
  });
  const from = values.length ? values.join(' UNION ') : `SELECT ${NULL} AS raw WHERE false`;
  const account = tables.find((s) => s.roles.object === 'Account' && s.roles.name);
  return [
    // No filter on nm here: DuckDB would push it below the projection and normalise every name twice.
    // c1, cm, cl: the name's first character, characters present and byte length, for the
    // evidence gate's Jaro-Winkler bound (evidence-gate.ts).
    // kh, kh6, kh4: hashes of the key and of its first six and four characters, for blocking.
    `CREATE OR REPLACE TEMP TABLE ${companies} AS
      SELECT *, ascii(nm) AS c1, ${n.letterMask('nm')} AS cm, strlen(nm)::INTEGER AS cl,
        ${n.hash32('company_key')} AS kh, ${n.hash32('company_key[1:6]')} AS kh6, ${n.hash32('company_key[1:4]')} AS kh4
      FROM (SELECT raw, nm, NULLIF(replace(nm, ' ', ''), '') AS company_key FROM (SELECT raw, ${n.company('raw')} AS nm FROM (${from})))`,
    account
      ? `CREATE OR REPLACE TEMP TABLE ${accountCompanies} AS SELECT ${asText(c(account.roles.id)!)} AS raw, co.* EXCLUDE (raw)
         FROM ${account.table} t JOIN ${companies} co ON co.raw = ${asText(c(account.roles.name)!)}`
      : `CREATE OR REPLACE TEMP TABLE ${accountCompanies} AS SELECT * FROM ${companies} WHERE false`,
  ];
}

/**
 * One SELECT per object producing the match columns, in layers: each normaliser reads a plain
 * column computed once in the layer below (DuckDB repeats an expression wherever it appears,
 * CASE branches included), and no filter sits on a computed column — DuckDB would push it down
 * and compute the value twice. `only`: a table of rids, to read just those records.
 */
function recordSelect(src: RecordSource, lk: Lookups, defaultCountry: string | undefined, kind: MatchKind, only?: string): string {
  const r = src.roles;
  const phones = Array.from({ length: MAX_PHONES }, (_, i) => c(r.phones[i]));
  const join = (alias: string, table: string, e: string | undefined) => (e ? `LEFT JOIN ${table} ${alias} ON ${alias}.raw = ${asText(e)}` : `LEFT JOIN (SELECT * FROM ${table} WHERE false) ${alias} ON true`);
  // A Contact's company is its Account's name (by AccountId); an Account's its own; a Lead's its Company.
  const company = r.object === 'Account' ? join('co', lk.companies, c(r.name))
    : r.company ? join('co', lk.companies, c(r.company))
      : join('co', lk.accountCompanies, c(r.accountId));
  // Layer 1: read the row, join the lookups, keep raw text of the per-row fields.
  const read: Record<string, string> = {
    rid: `(t.${only ? 'src_rowid' : 'rowid'} + ${src.offset})::INTEGER`,
    fn: 'f.nm', ln: 'l.nm', g1: 'f.g1', g2: 'f.g2', g3: 'f.g3', fn_n: 'f.n_f', ln_n: 'l.n_l',
    ...NAME_COLUMNS,
    email_lc: r.email ? `lower(${n.text(c(r.email)!)})` : NULL,
    ...Object.fromEntries(phones.map((p, i) => [`ph${i}`, p ? n.text(p) : NULL])),
    street: 'sa.nm', street_h: 'sa.h', sn: 'sa.sn',
    city: 'ci.nm', city_n: 'ci.n_c', city_h: 'ci.h', state: 'st.nm', state_n: 'st.n_s', pc: 'pc.nm', pc_n: 'pc.n_p', pc_h: 'pc.h',
    dob: or(c(r.birthdate), n.yyyymmdd),
    company: 'co.nm', company_key: 'co.company_key', c1: 'co.c1', cm: 'co.cm', cl: 'co.cl', company_h: 'co.kh', kh6: 'co.kh6', kh4: 'co.kh4',
    account_id: r.accountId ? n.text(c(r.accountId)!) : NULL,
    // Only accounts compare websites (a Lead's is its company's).
    website_raw: r.website && kind === 'account' ? n.text(c(r.website)!) : NULL,
    cc: 'k.cc', trunk: 'k.trunk',
    // What clustering needs of a matched record (clusters.ts RecordMeta); only computed where read.
    id: `CAST(t.${quoteIdent(r.id)} AS VARCHAR)`,
    created: r.created ? `epoch_ms(TRY_CAST(t.${quoteIdent(r.created)} AS TIMESTAMP))::DOUBLE` : 'NULL::DOUBLE',
    filled: `(${roleColumns(r).map((col) => `(${n.text(c(col)!)} IS NOT NULL)::INTEGER`).join(' + ') || '0'})`,
  };
  // Filtered in a subquery of its own, so the lookups join only those rows (a table's rowid is not
  // in *, so it is carried as src_rowid).
  const from = only ? `(SELECT *, rowid AS src_rowid FROM ${src.table} WHERE rowid + ${src.offset} IN (SELECT rid FROM ${only}))` : src.table;
  const layer1 = `SELECT ${Object.entries(read).map(([k, v]) => `${v} AS ${k}`).join(', ')}
    FROM ${from} t
    ${join('f', lk.names, firstExpr(r))} ${join('l', lk.names, lastExpr(r))}
    ${join('ci', lk.places, c(r.city))} ${join('st', lk.places, c(r.state))} ${join('pc', lk.postcodes, c(r.postcode))}
    ${join('sa', lk.streets, c(r.street))}
    ${company}
    LEFT JOIN ${lk.countries} k ON k.raw = ${countryExpr(src, defaultCountry)}
    ${where(notConverted(r))}`;
  // Layer 2: per-row normalisation of the fields too varied for a lookup; phones without extensions.
  const noExt = phones.map((_, i) => `${n.phoneNoExtension(`ph${i}`)} AS e${i}`).join(', ');
  const layer2 = `SELECT * EXCLUDE (website_raw), ${n.email('email_lc')} AS email, ${n.domain('website_raw')} AS domain, ${noExt} FROM (${layer1})`;
  // Layers 3–6: phone digits (separators gone, then the rest), valid ones, then keys from the
  // digits and the country's calling code.
  const quick = phones.map((_, i) => `${n.phoneSeparatorsGone(`e${i}`)} AS q${i}`).join(', ');
  const digits = phones.map((_, i) => `${n.digitsOf(`e${i}`, `q${i}`)} AS dr${i}`).join(', ');
  const valid = phones.map((_, i) => `${n.validPhone(`dr${i}`)} AS d${i}`).join(', ');
  const keys = phones.map((_, i) => `${n.phoneKey(n.e164(`ph${i}`, `d${i}`, 'cc', 'trunk'), `d${i}`)} AS p${i}`).join(', ');
  const drop = phones.map((_, i) => `ph${i}, e${i}, q${i}, dr${i}, d${i}`).join(', ');
  return `SELECT * EXCLUDE (email_lc, cc, trunk, ${drop}), ${keys} FROM (SELECT *, ${valid} FROM (SELECT *, ${digits} FROM (SELECT *, ${quick} FROM (${layer2}))))`;
}

/**
 * A person's name parts as the blocking keys and the evidence gate read them (NAME_PARTS,
 * NAME_FEATURES): hashes of the name, of its first letter and first two letters, of the last
 * name's sound and of the formal first name and its first one and two letters (NULL for accounts).
 */
const NAME_COLUMNS: Record<string, string> = {
  fh: 'f.h', lh: 'l.h', f1: 'f.h1', l1: 'l.h1', l2: 'l.h2', lsx: 'l.hs', fo: 'f.hf', fo1: 'f.hf1', fo2: 'f.hf2',
  fm: 'f.letters', fl: 'f.len', lm: 'l.letters', ll: 'l.len', gm: 'f.groups',
};

/** The match records: one row per record of `sources` (or of the rids in `only`), all of one kind. */
export function recordsView(sources: RecordSource[], lk: Lookups, defaultCountries: Record<string, string | undefined>, kind: MatchKind, only?: string): string {
  const union = sources.map((s) => recordSelect(s, lk, defaultCountries[s.roles.object], kind, only)).join('\n  UNION ALL\n  ');
  return `SELECT * EXCLUDE (account_id), ${n.emailLocal('email')} AS email_local,
  -- The company a person works for: the Account's normalised name, else the AccountId itself.
  coalesce(company_key, 'id:' || account_id) AS org,
  CASE WHEN company_key IS NOT NULL THEN company_h ELSE ${n.hash32("'id:' || account_id")} END AS org_h
FROM (${union})`;
}
