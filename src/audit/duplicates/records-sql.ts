/**
 * SQL that turns the source objects into one normalised match table per kind ("person" = Contacts
 * and Leads together, so Lead↔Contact pairs fall out of the same blocking; "account" = Accounts).
 *
 * Measured cost drives the shape (DuckDB 1.5, 2 threads, ~1.2M person records): materialising a
 * long string column costs ~80 ms, a window over wide rows seconds. So:
 *  - lookups normalise names, places, postcodes and companies once per distinct value, with the
 *    value's frequency (`_n`) computed on the way;
 *  - the match table is written once, keyed by `rid` = the source row's rowid + an offset per
 *    object (dense, deterministic, and no sort), and holds only what blocking and scoring read;
 *  - Id, CreatedDate and completeness are fetched at the end, for matched records only.
 */
import { quoteIdent, quoteString } from '../../snapshot/duckdb-types.js';
import type { FieldRoles } from './field-roles.js';
import * as n from './normalise-sql.js';

export type MatchKind = 'person' | 'account';

export interface RecordSource {
  roles: FieldRoles;
  /** A table (or a subquery with a `rowid` column) to read the object from. */
  table: string;
  /** Added to rowid to make `rid`; ranges of different objects never overlap. */
  offset: number;
  rows: number;
}

export interface HelperTableNames {
  /** calling codes: (key, cc, trunk). */
  codes: string;
  /** nickname index: (name, g1, g2, g3, formal). */
  nicknames: string;
}

export interface Lookups { names: string; places: string; postcodes: string; companies: string; countries: string }

/** Most phone fields any object has (Contact: Phone, MobilePhone, HomePhone, OtherPhone). */
export const MAX_PHONES = 4;

const NULL = 'NULL::VARCHAR';
const c = (col: string | undefined, alias = 't'): string | undefined => (col ? `${alias}.${quoteIdent(col)}` : undefined);
const raw = (e: string | undefined): string => (e ? n.text(e) : NULL);
const or = (e: string | undefined, f: (x: string) => string): string => (e ? f(e) : NULL);

function firstExpr(r: FieldRoles): string | undefined {
  return c(r.first) ?? (r.fullName ? n.firstWord(c(r.fullName)!) : undefined);
}
function lastExpr(r: FieldRoles): string | undefined {
  return c(r.last) ?? (r.fullName ? n.lastWord(c(r.fullName)!) : undefined);
}
/** A Contact's company is its Account's name; without Accounts only the AccountId compares. */
function companyExpr(r: FieldRoles, accounts: RecordSource | undefined): string | undefined {
  if (r.object === 'Account') return c(r.name);
  if (r.company) return c(r.company);
  return r.accountId && accounts?.roles.name ? c(accounts.roles.name, 'a') : undefined;
}
function fromClause(src: RecordSource, accounts: RecordSource | undefined): string {
  const r = src.roles;
  if (r.object === 'Account' || r.company || !r.accountId || !accounts?.roles.name) return `${src.table} t`;
  return `${src.table} t LEFT JOIN ${accounts.table} a ON CAST(a.${quoteIdent(accounts.roles.id)} AS VARCHAR) = CAST(${c(r.accountId)} AS VARCHAR)`;
}

/** One SELECT of (value, role) per source column feeding a lookup; roles let one lookup count several columns. */
function valuesOf(sources: RecordSource[], accounts: RecordSource | undefined, pick: (r: FieldRoles) => [string | undefined, string][]): string {
  const parts = sources.flatMap((s) => pick(s.roles).filter(([e]) => e).map(([e, role]) => `SELECT ${n.text(e!)} AS raw, '${role}' AS role FROM ${fromClause(s, accounts)}`));
  return parts.length ? parts.join(' UNION ALL ') : `SELECT ${NULL} AS raw, '' AS role WHERE false`;
}

/**
 * Lookup tables, normalised once per distinct value, each with frequencies of the normalised
 * value (`n_<role>`: how many records carry it in that role).
 */
export function lookupsSql(prefix: string, sources: RecordSource[], accounts: RecordSource | undefined, helpers: HelperTableNames, defaultCountries: Record<string, string | undefined>): { sql: string[]; lookups: Lookups } {
  const lk: Lookups = { names: `${prefix}names`, places: `${prefix}places`, postcodes: `${prefix}postcodes`, companies: `${prefix}companies`, countries: `${prefix}countries` };
  const counted = (values: string, norm: (x: string) => string, roles: string[], extra = '') => `
    WITH v AS (SELECT raw, ${roles.map((r) => `count(*) FILTER (WHERE role = '${r}')::INTEGER AS c_${r}`).join(', ')} FROM (${values}) WHERE raw IS NOT NULL GROUP BY raw),
    m AS (SELECT raw, ${norm('raw')} AS nm, ${roles.map((r) => `c_${r}`).join(', ')} FROM v)
    SELECT raw, nm, ${roles.map((r) => `(sum(c_${r}) OVER (PARTITION BY nm))::INTEGER AS n_${r}`).join(', ')}${extra} FROM m`;
  const country = (s: RecordSource) => {
    const d = defaultCountries[s.roles.object];
    const e = s.roles.country ? `lower(${n.text(c(s.roles.country)!)})` : NULL;
    return d ? `coalesce(${e}, ${quoteString(d)})` : e;
  };
  return {
    lookups: lk,
    sql: [
      `CREATE OR REPLACE TEMP TABLE ${lk.names} AS SELECT x.*, coalesce(k.formal, x.nm) AS formal, k.g1, k.g2, k.g3, ${n.phonetic('x.nm')} AS sx FROM (${counted(valuesOf(sources, accounts, (r) => [[firstExpr(r), 'f'], [lastExpr(r), 'l']]), n.personName, ['f', 'l'])}) x LEFT JOIN ${helpers.nicknames} k ON k.name = x.nm`,
      `CREATE OR REPLACE TEMP TABLE ${lk.places} AS ${counted(valuesOf(sources, accounts, (r) => [[c(r.city), 'c'], [c(r.state), 's']]), n.place, ['c', 's'])}`,
      `CREATE OR REPLACE TEMP TABLE ${lk.postcodes} AS ${counted(valuesOf(sources, accounts, (r) => [[c(r.postcode), 'p']]), n.postcode, ['p'])}`,
      `CREATE OR REPLACE TEMP TABLE ${lk.companies} AS SELECT x.*, NULLIF(replace(x.nm, ' ', ''), '') AS company_key, ${n.phonetic("replace(x.nm, ' ', '')")} AS csx FROM (${counted(valuesOf(sources, accounts, (r) => [[companyExpr(r, accounts), 'o']]), n.company, ['o'])}) x`,
      `CREATE OR REPLACE TEMP TABLE ${lk.countries} AS SELECT s.raw, k.cc, k.trunk FROM (${sources.map((s) => `SELECT DISTINCT ${country(s)} AS raw FROM ${s.table} t`).join(' UNION ')}) s JOIN ${helpers.codes} k ON k.key = s.raw`,
    ],
  };
}

/**
 * One SELECT per object producing the match table's columns, in layers so every normaliser reads
 * a plain column: DuckDB does not share repeated subexpressions, and the phone key alone would
 * otherwise re-derive the digits six times.
 */
function recordSelect(src: RecordSource, index: number, accounts: RecordSource | undefined, lk: Lookups, defaultCountry: string | undefined): string {
  const r = src.roles;
  const country = r.country ? `lower(${n.text(c(r.country)!)})` : NULL;
  const phones = Array.from({ length: MAX_PHONES }, (_, i) => c(r.phones[i]));
  const join = (alias: string, table: string, e: string | undefined) => (e ? `LEFT JOIN ${table} ${alias} ON ${alias}.raw = ${n.text(e)}` : `LEFT JOIN (SELECT * FROM ${table} WHERE false) ${alias} ON true`);
  const countryExpr = defaultCountry ? `coalesce(${country}, ${quoteString(defaultCountry)})` : country;
  // Layer 1: read the row, join the lookups, keep raw text of the per-row fields.
  const read: Record<string, string> = {
    rid: `(t.rowid + ${src.offset})::INTEGER`,
    // Which source the record came from (its position in `sources`), for same-object-only blocking.
    obj: `${index}::TINYINT`,
    fn: 'f.nm', ln: 'l.nm', formal: 'f.formal', g1: 'f.g1', g2: 'f.g2', g3: 'f.g3', fsx: 'f.sx', lsx: 'l.sx', fn_n: 'f.n_f', ln_n: 'l.n_l',
    email_lc: r.email ? `lower(${n.text(c(r.email)!)})` : NULL,
    ...Object.fromEntries(phones.map((p, i) => [`ph${i}`, p ? n.text(p) : NULL])),
    street_raw: r.street ? n.text(c(r.street)!) : NULL,
    city: 'ci.nm', city_n: 'ci.n_c', state: 'st.nm', state_n: 'st.n_s', pc: 'pc.nm', pc_n: 'pc.n_p',
    dob: or(c(r.birthdate), n.yyyymmdd),
    company: 'co.nm', company_key: 'co.company_key', csx: 'co.csx', company_n: 'co.n_o',
    account_id: r.accountId ? n.text(c(r.accountId)!) : NULL,
    website_raw: r.website ? n.text(c(r.website)!) : NULL,
    cc: 'k.cc', trunk: 'k.trunk',
  };
  const layer1 = `SELECT ${Object.entries(read).map(([k, v]) => `${v} AS ${k}`).join(', ')}
    FROM ${fromClause(src, accounts)}
    ${join('f', lk.names, firstExpr(r))} ${join('l', lk.names, lastExpr(r))}
    ${join('ci', lk.places, c(r.city))} ${join('st', lk.places, c(r.state))} ${join('pc', lk.postcodes, c(r.postcode))}
    ${join('co', lk.companies, companyExpr(r, accounts))}
    LEFT JOIN ${lk.countries} k ON k.raw = ${countryExpr}`;
  // Layer 2: per-row normalisation of the fields too varied for a lookup.
  const digits = phones.map((_, i) => `${n.phoneDigits(`ph${i}`)} AS d${i}`).join(', ');
  const layer2 = `SELECT * EXCLUDE (street_raw, website_raw), ${n.email('email_lc')} AS email, ${n.street('street_raw')} AS street, ${n.domain('website_raw')} AS domain, ${digits} FROM (${layer1})`;
  // Layer 3: phone keys from the digits and the country's calling code.
  const keys = phones.map((_, i) => `${n.phoneKey(n.e164(`ph${i}`, `d${i}`, 'cc', 'trunk'), `d${i}`)} AS p${i}`).join(', ');
  return `SELECT * EXCLUDE (email_lc, cc, trunk, ${phones.map((_, i) => `ph${i}, d${i}`).join(', ')}), ${keys} FROM (${layer2})`;
}

/** The match table: one row per record of `sources`, all of one kind. */
export function recordsSql(target: string, sources: RecordSource[], accounts: RecordSource | undefined, lk: Lookups, defaultCountries: Record<string, string | undefined>): string {
  const union = sources.map((s, i) => recordSelect(s, i, accounts, lk, defaultCountries[s.roles.object])).join('\n  UNION ALL\n  ');
  return `CREATE OR REPLACE TEMP TABLE ${target} AS
SELECT *, ${n.emailLocal('email')} AS email_local,
  -- The company a person works for: the Account's normalised name, else the AccountId itself.
  coalesce(company_key, 'id:' || account_id) AS org
FROM (${union})`;
}

/**
 * Frequencies of identifier values (email, phone, street, birthdate, website, AccountId) for the
 * records that share one: a small side table, since most values are unique (n = 1 is implied).
 */
export function sharedCountsSql(target: string, records: string, columns: string[]): string {
  const phones = Array.from({ length: MAX_PHONES }, (_, i) => `p${i}`);
  const scalar = columns.filter((col) => !phones.includes(col));
  const usedPhones = columns.filter((col) => phones.includes(col));
  const ctes = scalar.map((col) => `s_${col} AS (SELECT ${col} AS v, count(*)::INTEGER AS n FROM ${records} WHERE ${col} IS NOT NULL GROUP BY 1 HAVING count(*) > 1)`);
  if (usedPhones.length) ctes.push(`s_phone AS (SELECT v, count(*)::INTEGER AS n FROM (${usedPhones.map((p) => `SELECT ${p} AS v FROM ${records} WHERE ${p} IS NOT NULL`).join(' UNION ALL ')}) GROUP BY 1 HAVING count(*) > 1)`);
  const joins = [...scalar.map((col) => `LEFT JOIN s_${col} ON s_${col}.v = r.${col}`), ...usedPhones.map((p) => `LEFT JOIN s_phone j_${p} ON j_${p}.v = r.${p}`)];
  const cols = [...scalar.map((col) => `s_${col}.n AS ${col}_n`), ...usedPhones.map((p) => `j_${p}.n AS ${p}_n`)];
  const any = [...scalar.map((col) => `s_${col}.n`), ...usedPhones.map((p) => `j_${p}.n`)].map((x) => `${x} IS NOT NULL`).join(' OR ');
  if (!cols.length) return `CREATE OR REPLACE TEMP TABLE ${target} AS SELECT rid FROM ${records} WHERE false`;
  return `CREATE OR REPLACE TEMP TABLE ${target} AS WITH ${ctes.join(',\n')}
SELECT r.rid, ${cols.join(', ')} FROM ${records} r ${joins.join(' ')} WHERE ${any}`;
}
