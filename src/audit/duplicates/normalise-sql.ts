/**
 * SQL expressions that normalise one value for matching. Each takes a SQL expression and returns
 * one; they are pure string builders, tested by evaluating them in DuckDB (normalise-sql.test.ts).
 *
 * Speed matters: these run on a million rows. Measured on DuckDB 1.5 (2 threads, 1M rows):
 * a regexp_replace costs 0.1–1 µs per value and grows with length and match count, `translate`
 * is no cheaper, and a regexp_matches test is ~4× cheaper than a replace. So per-row
 * normalisers are lazy (transform only values that need it) and the expensive ones (names,
 * places, companies) run once per distinct value in records-sql.ts.
 */
import { LEGAL_SUFFIXES } from './legal-suffixes.js';

const list = (xs: readonly string[]): string => `[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]`;

/** Any column as trimmed text, NULL when blank (typed and raw tables both work). */
export const text = (e: string): string => `NULLIF(TRIM(CAST(${e} AS VARCHAR)), '')`;

/** Values that stand for "no name" in CRM exports; compared after normalisation. */
export const NAME_PLACEHOLDERS = ['unknown', 'na', 'none', 'null', 'nil', 'test', 'notprovided', 'notavailable', 'noname', 'tbd', 'xxx', 'x', 'anonymous', 'firstname', 'lastname', 'name'];

/** Person name part: lower case, no accents, letters only ("O'Brien-Smith" → "obriensmith"). Run per distinct value. */
export function personName(e: string): string {
  const s = `regexp_replace(lower(strip_accents(${text(e)})), '[^\\p{L}]', '', 'g')`;
  return `(CASE WHEN list_contains(${list(NAME_PLACEHOLDERS)}, ${s}) THEN NULL ELSE NULLIF(${s}, '') END)`;
}

/** A single-field name split into first and last word (for objects with only `Name`). */
export const firstWord = (e: string): string => `split_part(TRIM(CAST(${e} AS VARCHAR)), ' ', 1)`;
export const lastWord = (e: string): string => `(CASE WHEN position(' ' IN TRIM(CAST(${e} AS VARCHAR))) > 0 THEN string_split(TRIM(CAST(${e} AS VARCHAR)), ' ')[-1] END)`;

/**
 * Soundex-like phonetic code of a normalised name (first letter + up to 3 consonant classes), so
 * Smith/Smyth and Millar/Miller block together. DuckDB has no soundex built in. Run per distinct value.
 */
export function phonetic(n: string): string {
  let codes = `translate(${n}[2:], 'bfpvcgjkqsxzdtlmnraeiouyhw', '111122222222334556')`;
  for (const d of '123456') codes = `replace(replace(${codes}, '${d}${d}', '${d}'), '${d}${d}', '${d}')`;
  return `(${n}[1] || ${codes})[1:4]`;
}

/**
 * Which characters a value holds, as bits: a = 1, b = 2, … z = 2^25, then 2^26 for any digit,
 * 2^27 for a space and 2^28 for any other byte. With the byte length it bounds how alike two
 * values can be (evidence-gate.ts). Run per distinct value or on few rows.
 */
export function letterMask(e: string): string {
  const bits = [...'abcdefghijklmnopqrstuvwxyz'].map((ch, i) => `(contains(${e}, '${ch}')::INTEGER << ${i})`);
  return `(${bits.join(' | ')} | (regexp_matches(${e}, '[0-9]')::INTEGER << 26) | (contains(${e}, ' ')::INTEGER << 27) | (regexp_matches(${e}, '[^a-z0-9 ]')::INTEGER << 28))`;
}

/**
 * Email from its lower-cased, trimmed text `e`: "+tag" dropped, dots dropped for Gmail (which
 * ignores them); NULL without "@" and a dotted domain. Most emails need neither, and pass as they are.
 */
export function email(e: string): string {
  const local = `split_part(split_part(${e}, '@', 1), '+', 1)`;
  const domain = `split_part(${e}, '@', 2)`;
  const gmail = `(suffix(${e}, '@gmail.com') OR suffix(${e}, '@googlemail.com'))`;
  // LIKE and suffix() instead of regular expressions: 4× cheaper, and this runs on every record.
  return `(CASE WHEN NOT (${e} LIKE '%_@_%._%') OR contains(${e}, ' ') THEN NULL
    WHEN NOT contains(${e}, '+') AND NOT ${gmail} THEN ${e}
    WHEN ${gmail} THEN replace(${local}, '.', '') || '@gmail.com'
    ELSE ${local} || '@' || ${domain} END)`;
}

/** The part of a normalised email before "@" without separators: j.smith@, j_smith@ and jsmith@ agree. */
export const emailLocal = (normalisedEmail: string): string => `NULLIF(translate(split_part(${normalisedEmail}, '@', 1), '._-', ''), '')`;

/** A phone's text without its extension ("x", "ext", "#"). */
export function phoneNoExtension(t: string): string {
  return `(CASE WHEN contains(${t}, 'x') OR contains(${t}, 'X') OR contains(${t}, '#') THEN split_part(split_part(lower(${t}), 'x', 1), '#', 1) ELSE ${t} END)`;
}

/**
 * Only the digits of a phone's text: deleting the usual separators with translate and checking
 * the rest is a number is 2× cheaper than a regular expression, which stays the fallback for
 * anything else (letters, other symbols). `quick` is the text with separators deleted
 * (phoneSeparatorsGone), passed in so that it is computed once.
 */
export const phoneSeparatorsGone = (t: string): string => `translate(${t}, ' ()-.+/', '')`;
export const digitsOf = (t: string, quick: string): string => `(CASE WHEN TRY_CAST(${quick} AS UBIGINT) IS NOT NULL THEN ${quick} ELSE regexp_replace(${t}, '[^0-9]+', '', 'g') END)`;

/** Digits of a phone number without its extension; '' when there are none (in one expression, for tests). */
export function phoneDigits(e: string): string {
  const t = phoneNoExtension(text(e));
  return digitsOf(t, phoneSeparatorsGone(t));
}

/** Digits that can be a phone number (7–15 of them, E.164's limits), else NULL. */
// strlen, not length: digits are one byte each, and length counts characters by decoding UTF-8.
export const validPhone = (digits: string): string => `(CASE WHEN strlen(${digits}) BETWEEN 7 AND 15 THEN ${digits} END)`;

/**
 * E.164 digits (no "+") where they can be known: written internationally ("+", "00", "011" in
 * North America), or nationally with a known calling code `cc` and trunk prefix `trunk`
 * (from calling-codes.ts); NULL otherwise. `written` is the number's trimmed text.
 */
export function e164(written: string, digits: string, cc: string, trunk: string): string {
  return `(CASE
    WHEN ${digits} IS NULL THEN NULL
    WHEN starts_with(${written}, '+') THEN ${digits}
    WHEN starts_with(${digits}, '00') THEN ${digits}[3:]
    WHEN ${cc} = '1' AND starts_with(${digits}, '011') THEN ${digits}[4:]
    WHEN ${cc} IS NULL THEN NULL
    WHEN ${trunk} <> '' AND starts_with(${digits}, ${trunk}) AND strlen(${digits}) > 8 THEN ${cc} || ${digits}[strlen(${trunk}) + 1:]
    ELSE ${cc} || ${digits} END)`;
}

/**
 * The phone match key: the last 9 digits of the E.164 form when known, else of the digits as
 * written. Equal E.164 numbers always share it, and so do "+61 2 9876 5432" and "(02) 9876 5432"
 * even when the record has no country, which is common in CRMs.
 */
export const phoneKey = (e164Digits: string, digits: string): string => `right(coalesce(${e164Digits}, ${digits}), 9)`;

/** A value's 32-bit hash, never 0 (0 stands for "no value" in pair-finder.ts); NULL stays NULL. */
export const hash32 = (e: string): string => `CASE WHEN (${e}) IS NOT NULL THEN greatest((hash(${e}) >> 32)::UINTEGER, 1::UINTEGER) END`;

/** Street (or any address line): lower case, no accents, punctuation and line breaks as single spaces. */
export function street(e: string): string {
  const s = `lower(${text(e)})`;
  return `(CASE WHEN regexp_matches(${s}, '[^a-z0-9 ]|  ') THEN NULLIF(TRIM(regexp_replace(strip_accents(${s}), '[^a-z0-9]+', ' ', 'g')), '') ELSE ${s} END)`;
}

/** City or state: lower case, no accents, letters and digits only. Run per distinct value. */
export const place = (e: string): string => `NULLIF(regexp_replace(lower(strip_accents(${text(e)})), '[^a-z0-9]', '', 'g'), '')`;

/** Postal code: lower case without spaces, dots or dashes ("SW1A 1AA" = "sw1a1aa"). */
export function postcode(e: string): string {
  const s = `lower(${text(e)})`;
  return `(CASE WHEN regexp_matches(${s}, '[ .-]') THEN NULLIF(regexp_replace(${s}, '[ .-]', '', 'g'), '') ELSE ${s} END)`;
}

/** A date (typed DATE or text in ISO form) as YYYYMMDD text, so edit distance can compare it. */
export const yyyymmdd = (e: string): string => `strftime(TRY_CAST(${text(e)} AS DATE), '%Y%m%d')`;

/**
 * Company name: lower case, no accents or dots, "&" read as "and", punctuation as spaces, a
 * leading "the" and trailing legal forms dropped (the first word always stays). Same rules as
 * normaliseCompany in legal-suffixes.ts. Run per distinct value.
 */
export function company(e: string): string {
  const words = `TRIM(regexp_replace(replace(replace(replace(lower(strip_accents(${text(e)})), '.', ''), '''', ''), '&', ' and '), '[^a-z0-9]+', ' ', 'g'))`;
  const noThe = `(CASE WHEN starts_with(${words}, 'the ') THEN ${words}[5:] ELSE ${words} END)`;
  // The space before each legal form keeps the first word, whatever it is.
  return `NULLIF(regexp_replace(${noThe}, '( (${LEGAL_SUFFIXES.join('|')}))+$', ''), '')`;
}

/** Website → bare host without protocol, "www.", path or port; NULL unless it has a dot. */
export function domain(e: string): string {
  const s = `lower(${text(e)})`;
  const noProto = `(CASE WHEN position('://' IN ${s}) > 0 THEN split_part(${s}, '://', 2) ELSE ${s} END)`;
  const host = `split_part(split_part(split_part(${noProto}, '/', 1), '?', 1), ':', 1)`;
  const bare = `(CASE WHEN starts_with(${host}, 'www.') THEN ${host}[5:] ELSE ${host} END)`;
  return `(CASE WHEN position('.' IN ${bare}) > 1 THEN ${bare} END)`;
}
