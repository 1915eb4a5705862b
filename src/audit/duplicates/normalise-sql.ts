/**
 * SQL expressions that normalise one value for matching. Each takes a SQL expression and returns
 * one; they are pure string builders, tested by evaluating them in DuckDB (normalise-sql.test.ts).
 * Regular expressions are used sparingly: in DuckDB a regexp_replace costs ~4× a translate, and
 * these run once per record on a million records.
 */
import { LEGAL_SUFFIXES } from './legal-suffixes.js';

const list = (xs: readonly string[]): string => `[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]`;

/** Any column as trimmed text, NULL when blank (typed and raw tables both work). */
export const text = (e: string): string => `NULLIF(TRIM(CAST(${e} AS VARCHAR)), '')`;

/** Values that stand for "no name" in CRM exports; compared after normalisation. */
export const NAME_PLACEHOLDERS = ['unknown', 'na', 'none', 'null', 'nil', 'test', 'notprovided', 'notavailable', 'noname', 'tbd', 'xxx', 'x', 'anonymous', 'firstname', 'lastname', 'name'];

/** Person name part: lower case, no accents, letters only ("O'Brien-Smith" → "obriensmith"). */
export function personName(e: string): string {
  const s = `translate(lower(strip_accents(${text(e)})), ' .,''’\`"-_()[]/0123456789', '')`;
  return `(CASE WHEN list_contains(${list(NAME_PLACEHOLDERS)}, ${s}) THEN NULL ELSE NULLIF(${s}, '') END)`;
}

/** A single-field name split into first and last word (for objects with only `Name`). */
export const firstWord = (e: string): string => `split_part(TRIM(CAST(${e} AS VARCHAR)), ' ', 1)`;
export const lastWord = (e: string): string => `(CASE WHEN position(' ' IN TRIM(CAST(${e} AS VARCHAR))) > 0 THEN string_split(TRIM(CAST(${e} AS VARCHAR)), ' ')[-1] END)`;

/**
 * Soundex-like phonetic code of a normalised name (first letter + up to 3 consonant classes), so
 * Smith/Smyth and Millar/Miller block together. DuckDB has no soundex built in.
 */
export function phonetic(n: string): string {
  let codes = `translate(${n}[2:], 'bfpvcgjkqsxzdtlmnraeiouyhw', '111122222222334556')`;
  for (const d of '123456') codes = `replace(replace(${codes}, '${d}${d}', '${d}'), '${d}${d}', '${d}')`;
  return `(${n}[1] || ${codes})[1:4]`;
}

/** Email: lower case, "+tag" dropped, dots dropped for Gmail (which ignores them); NULL without "@". */
export function email(e: string): string {
  const s = `lower(${text(e)})`;
  const local = `split_part(split_part(${s}, '@', 1), '+', 1)`;
  const domain = `split_part(${s}, '@', 2)`;
  return `(CASE WHEN position('@' IN ${s}) > 1 AND position('.' IN ${domain}) > 0 THEN
    CASE WHEN ${domain} IN ('gmail.com', 'googlemail.com') THEN replace(${local}, '.', '') || '@gmail.com' ELSE ${local} || '@' || ${domain} END END)`;
}

/** The part of a normalised email before "@", dots removed: j.smith@acme.com ~ jsmith@gmail.com. */
export const emailLocal = (normalisedEmail: string): string => `NULLIF(replace(split_part(${normalisedEmail}, '@', 1), '.', ''), '')`;

/** Digits of a phone number without its extension ("x", "ext", "#"), NULL unless 7–15 digits. */
export function phoneDigits(e: string): string {
  const noExt = `split_part(split_part(lower(${text(e)}), 'x', 1), '#', 1)`;
  const d = `regexp_replace(${noExt}, '[^0-9]', '', 'g')`;
  return `(CASE WHEN length(${d}) BETWEEN 7 AND 15 THEN ${d} END)`;
}

/**
 * E.164 digits (no "+") where they can be known: written internationally ("+", "00", "011" in
 * North America), or nationally with a known calling code `cc` and trunk prefix `trunk`
 * (from calling-codes.ts); NULL otherwise.
 */
export function e164(raw: string, digits: string, cc: string, trunk: string): string {
  return `(CASE
    WHEN ${digits} IS NULL THEN NULL
    WHEN starts_with(TRIM(CAST(${raw} AS VARCHAR)), '+') THEN ${digits}
    WHEN starts_with(${digits}, '00') THEN ${digits}[3:]
    WHEN ${cc} = '1' AND starts_with(${digits}, '011') THEN ${digits}[4:]
    WHEN ${cc} IS NULL THEN NULL
    WHEN ${trunk} <> '' AND starts_with(${digits}, ${trunk}) AND length(${digits}) > 8 THEN ${cc} || ${digits}[length(${trunk}) + 1:]
    ELSE ${cc} || ${digits} END)`;
}

/**
 * The phone match key: the last 9 digits of the E.164 form when known, else of the digits as
 * written. Equal E.164 numbers always share it, and so do "+61 2 9876 5432" and "(02) 9876 5432"
 * even when the record has no country, which is common in CRMs.
 */
export const phoneKey = (e164Digits: string, digits: string): string => `right(coalesce(${e164Digits}, ${digits}), 9)`;

/** Street (or any address line): lower case, no accents, punctuation and line breaks as single spaces. */
export const street = (e: string): string => `NULLIF(TRIM(regexp_replace(lower(strip_accents(${text(e)})), '[^a-z0-9]+', ' ', 'g')), '')`;

/** City or state: lower case, no accents, letters and digits only. */
export const place = (e: string): string => `NULLIF(translate(lower(strip_accents(${text(e)})), ' .,''-_/', ''), '')`;

/** Postal code: lower case without spaces or dashes ("SW1A 1AA" = "sw1a1aa"). */
export const postcode = (e: string): string => `NULLIF(translate(lower(${text(e)}), ' -.', ''), '')`;

/** A date (typed DATE or text in ISO form) as YYYYMMDD text, so edit distance can compare it. */
export const yyyymmdd = (e: string): string => `strftime(TRY_CAST(${text(e)} AS DATE), '%Y%m%d')`;

/** Words of a company name with a leading "the" and trailing legal forms dropped (see legal-suffixes.ts). */
export function companyWords(e: string): string {
  const cleaned = `regexp_replace(replace(translate(lower(strip_accents(${text(e)})), '.''', ''), '&', ' and '), '[^a-z0-9]+', ' ', 'g')`;
  const words = `list_filter(string_split(TRIM(${cleaned}), ' '), lambda w: w <> '')`;
  const noThe = `(CASE WHEN len(${words}) > 1 AND ${words}[1] = 'the' THEN ${words}[2:] ELSE ${words} END)`;
  const suf = list(LEGAL_SUFFIXES);
  // A word goes when it and every word after it are legal forms; the first word always stays.
  return `list_filter(${noThe}, lambda w, i: NOT (i > 1 AND list_bool_and(list_transform(${noThe}[i:], lambda u: list_contains(${suf}, u)))))`;
}

/** Normalised company name as one string ("acme widgets"), NULL when blank. */
export const company = (words: string): string => `NULLIF(array_to_string(${words}, ' '), '')`;

/** Website → bare host without protocol, "www.", path or port; NULL unless it has a dot. */
export function domain(e: string): string {
  const s = `lower(${text(e)})`;
  const noProto = `(CASE WHEN position('://' IN ${s}) > 0 THEN split_part(${s}, '://', 2) ELSE ${s} END)`;
  const host = `split_part(split_part(split_part(${noProto}, '/', 1), '?', 1), ':', 1)`;
  const bare = `(CASE WHEN starts_with(${host}, 'www.') THEN ${host}[5:] ELSE ${host} END)`;
  return `(CASE WHEN position('.' IN ${bare}) > 1 THEN ${bare} END)`;
}
