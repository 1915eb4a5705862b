/**
 * SQL that turns the source objects into one normalised match table per kind ("person" = Contacts
 * and Leads together, so Lead↔Contact pairs fall out of the same blocking; "account" = Accounts).
 *
 * Measured cost drives the shape (DuckDB 1.5, 2 threads, ~1.2M person records): materialising a
 * string column costs 0.1–0.2 s, a regular expression 0.1–1 µs a value, a window over wide rows
 * seconds. So:
 *  - lookups normalise names, places, postcodes and companies once per distinct value, with the
 *    value's frequency (`_n`) computed on the way;
 *  - the match table is written once, keyed by `rid` = the source row's rowid + an offset per
 *    object (dense, deterministic, and no sort), and holds only what blocking and scoring read;
 *  - Id, CreatedDate and completeness are fetched at the end, for matched records only.
 */
import { quoteIdent, quoteString } from '../../snapshot/duckdb-types.js';
import type { FieldRoles } from './field-roles.js';
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

export interface Lookups { names: string; places: string; postcodes: string; companies: string; accountCompanies: string; countries: string }

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
 * Lookup tables, normalised once per distinct value, each with frequencies of the normalised
 * value (`n_<role>`: how many records carry it in that role).
 */
export function lookupsSql(prefix: string, sources: RecordSource[], helpers: HelperTables, defaultCountries: Record<string, string | undefined>): { sql: string[]; lookups: Omit<Lookups, 'companies' | 'accountCompanies'> } {
  const lk = { names: `${prefix}names`, places: `${prefix}places`, postcodes: `${prefix}postcodes`, countries: `${prefix}countries` };
  const counted = (values: string, norm: (x: string) => string, roles: string[]) => `
    WITH v AS (SELECT raw, ${roles.map((r) => `count(*) FILTER (WHERE role = '${r}')::INTEGER AS c_${r}`).join(', ')} FROM (${values}) WHERE raw IS NOT NULL GROUP BY raw),
    m AS (SELECT raw, ${norm('raw')} AS nm, ${roles.map((r) => `c_${r}`).join(', ')} FROM v)
    SELECT raw, nm, ${roles.map((r) => `(sum(c_${r}) OVER (PARTITION BY nm))::INTEGER AS n_${r}`).join(', ')} FROM m`;
  const countries = sources.map((s) => `SELECT DISTINCT ${countryExpr(s, defaultCountries[s.roles.object])} AS raw FROM ${s.table} t`).join(' UNION ');
  return {
    lookups: lk,
    sql: [
      `CREATE OR REPLACE TEMP TABLE ${lk.names} AS SELECT x.*, coalesce(k.formal, x.nm) AS formal, k.g1, k.g2, k.g3, ${n.phonetic('x.nm')} AS sx FROM (${counted(valuesOf(sources, (r) => [[firstExpr(r), 'f'], [lastExpr(r), 'l']]), n.personName, ['f', 'l'])}) x LEFT JOIN ${helpers.nicknames} k ON k.name = x.nm`,
      `CREATE OR REPLACE TEMP TABLE ${lk.places} AS ${counted(valuesOf(sources, (r) => [[c(r.city), 'c'], [c(r.state), 's']]), n.place, ['c', 's'])}`,
      `CREATE OR REPLACE TEMP TABLE ${lk.postcodes} AS ${counted(valuesOf(sources, (r) => [[c(r.postcode), 'p']]), n.postcode, ['p'])}`,
      `CREATE OR REPLACE TEMP TABLE ${lk.countries} AS SELECT s.raw, k.cc, k.trunk FROM (${countries}) s JOIN ${helpers.codes} k ON k.key = s.raw`,
    ],
  };
}

/** Converted Leads stay out of matching: Salesforce keeps them as the history of their Contact. */
function notConverted(r: FieldRoles): string {
  const tests = [
    r.converted ? `coalesce(TRY_CAST(${c(r.converted)} AS BOOLEAN), false)` : undefined,
    r.convertedContact ? `${n.text(c(r.convertedContact)!)} IS NOT NULL` : undefined,
  ].filter(Boolean);
  return tests.length ? `WHERE NOT (${tests.join(' OR ')})` : '';
}

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
    `CREATE OR REPLACE TEMP TABLE ${companies} AS
      SELECT raw, nm, NULLIF(replace(nm, ' ', ''), '') AS company_key
      FROM (SELECT raw, ${n.company('raw')} AS nm FROM (${from}))`,
    account
      ? `CREATE OR REPLACE TEMP TABLE ${accountCompanies} AS SELECT ${asText(c(account.roles.id)!)} AS raw, co.nm, co.company_key
         FROM ${account.table} t JOIN ${companies} co ON co.raw = ${asText(c(account.roles.name)!)}`
      : `CREATE OR REPLACE TEMP TABLE ${accountCompanies} (raw VARCHAR, nm VARCHAR, company_key VARCHAR)`,
  ];
}

/**
 * One SELECT per object producing the match table's columns, in layers: each normaliser reads a
 * plain column computed once in the layer below (the phone key uses the digits six times), and
 * no filter sits on a computed column — DuckDB would push it down and compute the value twice.
 */
function recordSelect(src: RecordSource, lk: Lookups, defaultCountry: string | undefined): string {
  const r = src.roles;
  const phones = Array.from({ length: MAX_PHONES }, (_, i) => c(r.phones[i]));
  const join = (alias: string, table: string, e: string | undefined) => (e ? `LEFT JOIN ${table} ${alias} ON ${alias}.raw = ${asText(e)}` : `LEFT JOIN (SELECT * FROM ${table} WHERE false) ${alias} ON true`);
  // A Contact's company is its Account's name (by AccountId); an Account's its own; a Lead's its Company.
  const company = r.object === 'Account' ? join('co', lk.companies, c(r.name))
    : r.company ? join('co', lk.companies, c(r.company))
      : join('co', lk.accountCompanies, c(r.accountId));
  // Layer 1: read the row, join the lookups, keep raw text of the per-row fields.
  const read: Record<string, string> = {
    rid: `(t.rowid + ${src.offset})::INTEGER`,
    fn: 'f.nm', ln: 'l.nm', formal: 'f.formal', g1: 'f.g1', g2: 'f.g2', g3: 'f.g3', lsx: 'l.sx', fn_n: 'f.n_f', ln_n: 'l.n_l',
    email_lc: r.email ? `lower(${n.text(c(r.email)!)})` : NULL,
    ...Object.fromEntries(phones.map((p, i) => [`ph${i}`, p ? n.text(p) : NULL])),
    street_raw: r.street ? n.text(c(r.street)!) : NULL,
    city: 'ci.nm', city_n: 'ci.n_c', state: 'st.nm', state_n: 'st.n_s', pc: 'pc.nm', pc_n: 'pc.n_p',
    dob: or(c(r.birthdate), n.yyyymmdd),
    company: 'co.nm', company_key: 'co.company_key',
    account_id: r.accountId ? n.text(c(r.accountId)!) : NULL,
    website_raw: r.website ? n.text(c(r.website)!) : NULL,
    cc: 'k.cc', trunk: 'k.trunk',
  };
  const layer1 = `SELECT ${Object.entries(read).map(([k, v]) => `${v} AS ${k}`).join(', ')}
    FROM ${src.table} t
    ${join('f', lk.names, firstExpr(r))} ${join('l', lk.names, lastExpr(r))}
    ${join('ci', lk.places, c(r.city))} ${join('st', lk.places, c(r.state))} ${join('pc', lk.postcodes, c(r.postcode))}
    ${company}
    LEFT JOIN ${lk.countries} k ON k.raw = ${countryExpr(src, defaultCountry)}
    ${notConverted(r)}`;
  // Layer 2: per-row normalisation of the fields too varied for a lookup.
  const digits = phones.map((_, i) => `${n.phoneDigits(`ph${i}`)} AS dr${i}`).join(', ');
  const layer2 = `SELECT * EXCLUDE (street_raw, website_raw), ${n.email('email_lc')} AS email, ${n.street('street_raw')} AS street, ${n.domain('website_raw')} AS domain, ${digits} FROM (${layer1})`;
  // Layers 3–4: phone digits, then keys from the digits and the country's calling code.
  const valid = phones.map((_, i) => `${n.validPhone(`dr${i}`)} AS d${i}`).join(', ');
  const keys = phones.map((_, i) => `${n.phoneKey(n.e164(`ph${i}`, `d${i}`, 'cc', 'trunk'), `d${i}`)} AS p${i}`).join(', ');
  const drop = phones.map((_, i) => `ph${i}, d${i}, dr${i}`).join(', ');
  return `SELECT * EXCLUDE (email_lc, cc, trunk, ${drop}), ${keys} FROM (SELECT *, ${valid} FROM (${layer2}))`;
}

/** The match table: one row per record of `sources`, all of one kind. */
export function recordsSql(target: string, sources: RecordSource[], lk: Lookups, defaultCountries: Record<string, string | undefined>, kind: MatchKind): string {
  const union = sources.map((s) => recordSelect(s, lk, defaultCountries[s.roles.object])).join('\n  UNION ALL\n  ');
  // Every column written costs time at a million rows: people keep `org`, accounts `company_key`.
  const drop = kind === 'person' ? 'account_id, company_key' : 'account_id';
  return `CREATE OR REPLACE TEMP TABLE ${target} AS
SELECT * EXCLUDE (${drop}), ${n.emailLocal('email')} AS email_local,
  -- The company a person works for: the Account's normalised name, else the AccountId itself.
  coalesce(company_key, 'id:' || account_id) AS org
FROM (${union})`;
}
