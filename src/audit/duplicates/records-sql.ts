/**
 * SQL that turns the source objects into one normalised match table per kind ("person" = Contacts
 * and Leads together, so Lead↔Contact pairs fall out of the same blocking; "account" = Accounts).
 * Every record becomes one row with a dense integer `rid` (joins on integers are what keep pair
 * generation fast) and the same set of columns whatever fields the object had (absent → NULL).
 */
import { quoteIdent, quoteString } from '../../snapshot/duckdb-types.js';
import type { FieldRoles } from './field-roles.js';
import * as n from './normalise-sql.js';

export type MatchKind = 'person' | 'account';

export interface RecordSource { roles: FieldRoles; table: string }

export interface RecordTables {
  /** calling codes: (key, cc, trunk). */
  codes: string;
  /** nickname index: (name, grps INTEGER[], formal). */
  nicknames: string;
}

const NULL = 'NULL::VARCHAR';
const c = (col: string | undefined, alias = 't'): string | undefined => (col ? `${alias}.${quoteIdent(col)}` : undefined);
const or = (e: string | undefined, f: (x: string) => string): string => (e ? f(e) : NULL);

/** The first stage: one SELECT per object with its available fields normalised. */
function sourceSelect(src: RecordSource, accounts: RecordSource | undefined, defaultCountry: string | undefined): string {
  const r = src.roles;
  const first = c(r.first) ?? (r.fullName ? n.firstWord(c(r.fullName)!) : undefined);
  const last = c(r.last) ?? (r.fullName ? n.lastWord(c(r.fullName)!) : undefined);
  // A Contact's company is its Account's name; without Accounts only the AccountId itself compares.
  const joinAccount = r.accountId && accounts?.roles.name;
  const companyText = r.object === 'Account' ? c(r.name) : r.company ? c(r.company) : joinAccount ? c(accounts!.roles.name, 'a') : undefined;
  const phones = r.phones.length ? `[${r.phones.map((p) => `CAST(${c(p)} AS VARCHAR)`).join(', ')}]` : 'NULL::VARCHAR[]';
  const country = r.country ? `lower(${n.text(c(r.country)!)})` : NULL;
  const cols: Record<string, string> = {
    obj: quoteString(r.object),
    id: `CAST(${c(r.id)} AS VARCHAR)`,
    created: r.created ? `TRY_CAST(${n.text(c(r.created)!)} AS TIMESTAMP)` : 'NULL::TIMESTAMP',
    fn: or(first, n.personName),
    ln: or(last, n.personName),
    email: or(c(r.email), n.email),
    phones_raw: phones,
    street: or(c(r.street), n.street),
    city: or(c(r.city), n.place),
    pc: or(c(r.postcode), n.postcode),
    state: or(c(r.state), n.place),
    country: defaultCountry ? `coalesce(${country}, ${quoteString(defaultCountry)})` : country,
    dob: or(c(r.birthdate), n.yyyymmdd),
    company_words: companyText ? n.companyWords(companyText) : 'NULL::VARCHAR[]',
    account_id: r.accountId ? n.text(c(r.accountId)!) : NULL,
    domain: or(c(r.website), n.domain),
  };
  const from = joinAccount
    ? `${src.table} t LEFT JOIN ${accounts!.table} a ON CAST(a.${quoteIdent(accounts!.roles.id)} AS VARCHAR) = CAST(${c(r.accountId)} AS VARCHAR)`
    : `${src.table} t`;
  return `SELECT ${Object.entries(cols).map(([k, v]) => `${v} AS ${k}`).join(',\n    ')}\n  FROM ${from}`;
}

/**
 * CREATE TABLE for the match table of `sources` (all of one kind). `defaultCountries` maps an
 * object to the country assumed for its records without one (the object's most common country).
 */
export function recordsSql(target: string, sources: RecordSource[], accounts: RecordSource | undefined, tables: RecordTables, defaultCountries: Record<string, string | undefined>): string {
  const union = sources.map((s) => sourceSelect(s, accounts, defaultCountries[s.roles.object])).join('\n  UNION ALL\n  ');
  return `CREATE OR REPLACE TEMP TABLE ${target} AS
WITH src AS (
  ${union}
), coded AS (
  SELECT s.*, k.cc, k.trunk, list_transform(s.phones_raw, lambda p: {'raw': p, 'digits': ${n.phoneDigits('p')}}) AS ph
  FROM src s LEFT JOIN ${tables.codes} k ON k.key = s.country
)
SELECT
  -- Numbered by Id, not scan order, so every tie-break downstream is reproducible.
  (row_number() OVER (ORDER BY obj, id))::INTEGER AS rid, obj, id, created,
  fn, ln, coalesce(nk.formal, fn) AS formal, nk.grps AS grps,
  ${n.phonetic('fn')} AS fsx, ${n.phonetic('ln')} AS lsx,
  email, ${n.emailLocal('email')} AS email_local,
  list_distinct(list_filter(list_transform(ph, lambda p: ${n.phoneKey(n.e164('p.raw', 'p.digits', 'cc', 'trunk'), 'p.digits')}), lambda k: k IS NOT NULL)) AS phones,
  street, city, pc, state, dob, account_id, domain,
  ${n.company('company_words')} AS company,
  NULLIF(array_to_string(company_words, ''), '') AS company_key,
  -- The company a person works for: the Account's normalised name, else the AccountId itself.
  coalesce(NULLIF(array_to_string(company_words, ''), ''), 'id:' || account_id) AS org,
  ${n.phonetic("NULLIF(array_to_string(company_words, ''), '')")} AS csx,
  (fn IS NOT NULL)::INTEGER + (ln IS NOT NULL)::INTEGER + (email IS NOT NULL)::INTEGER + len(coalesce(phones_raw, []))::INTEGER
    + (street IS NOT NULL)::INTEGER + (city IS NOT NULL)::INTEGER + (pc IS NOT NULL)::INTEGER + (dob IS NOT NULL)::INTEGER
    + (len(company_words) > 0)::INTEGER + (domain IS NOT NULL)::INTEGER AS filled
FROM coded LEFT JOIN ${tables.nicknames} nk ON nk.name = coded.fn`;
}

/**
 * Adds term frequencies — how many records share each value, `<column>_n` — and `phone_ns`, the
 * same per phone key. Rare values weigh more when equal (score-model.ts).
 */
export function frequenciesSql(target: string, source: string, columns: string[]): string {
  const joins = columns.map((col, i) => `LEFT JOIN (SELECT ${col} AS v, count(*)::INTEGER AS n FROM ${source} WHERE ${col} IS NOT NULL GROUP BY 1) f${i} ON f${i}.v = r.${col}`);
  const ns = columns.map((col, i) => `coalesce(f${i}.n, 0) AS ${col}_n`);
  return `CREATE OR REPLACE TEMP TABLE ${target} AS
WITH u AS (SELECT rid, unnest(phones) AS k FROM ${source}),
pc AS (SELECT k, count(*)::INTEGER AS n FROM u GROUP BY k),
pl AS (SELECT u.rid, list({'k': u.k, 'n': pc.n}) AS phone_ns FROM u JOIN pc USING (k) GROUP BY u.rid)
SELECT r.*, ${ns.join(', ')}, pl.phone_ns FROM ${source} r ${joins.join(' ')} LEFT JOIN pl ON pl.rid = r.rid`;
}
