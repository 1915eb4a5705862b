/**
 * Phone validity and E.164 in SQL, from libphonenumber's numbering plans. The per-record parts (the
 * digits, whether it was written internationally, the record's country) are derived once per
 * record; validity then tests them against constant patterns only — DuckDB compiles a constant
 * regex once, a per-row pattern on every row (~100× slower).
 * - written with + or 00: judged by its calling code — the full pattern for the countries the org's
 *   addresses name, the plan's possible lengths for any other;
 * - otherwise: by the record's country (its address, else the org's most common country), with or
 *   without the trunk prefix. Extensions ("x22", "ext. 5") are ignored.
 */
import type { AuditContext } from './check-types.js';
import { phonePlans, type PhonePlan } from './data/phone-plans.js';
import { recordCountryIso } from './geo-sql.js';
import { inValues, lit, quoteIdent, text } from './sql.js';

export interface PhoneSql {
  derive: Record<string, string>[]; valid: string; e164: string;
  /** True where the number ends in an extension ("x22", "ext. 5"), which E.164 cannot hold. */
  extension: string;
}

function presentCountries(ctx: AuditContext, object: string): string[] {
  const present = new Set<string>([ctx.facts.defaultCountry]);
  for (const [key, map] of Object.entries(ctx.facts.countrySpellings)) {
    if (key.startsWith(`${object}.`)) for (const v of Object.values(map)) if (v) present.add(v);
  }
  return [...present].sort();
}

export function phoneSql(ctx: AuditContext, object: string, field: string): PhoneSql {
  const plans = phonePlans();
  const col = (part: string) => `d.${quoteIdent(`${field}__${part}`)}`;
  // "+44 (0)20 …": the bracketed trunk prefix is dropped when dialling from abroad.
  const extensionRe = '\\s*(?:ext\\.?|extn\\.?|extension|x|#)\\s*\\d{1,6}\\s*$';
  const core = `regexp_replace(regexp_replace(${text(field)}, '${extensionRe}', '', 'i'), '\\(0\\)', '', 'g')`;
  const digits = `regexp_replace(${core}, '[^0-9]', '', 'g')`;
  // Most numbers are written with digits, spaces, brackets, dots, dashes and "+" only, and without
  // "(0)": for them `core` is the text itself and the digits are a translate() away, which spares
  // three regexp_replace calls per value (the costliest part of the phone checks). The others take
  // the general path. Both paths give the same values.
  const t = text(field);
  const fast = col('plain');
  const quick = `translate(${t}, ' ()+.-', '')`;
  const stage1 = {
    [`${field}__plain`]: `(regexp_full_match(${t}, '[0-9 ()+.-]*') AND NOT contains(${t}, '(0)'))`,
  };
  const stage2 = {
    [`${field}__letters`]: `CASE WHEN ${fast} THEN FALSE ELSE regexp_matches(${core}, '[A-Za-z]') END`,
    [`${field}__intl`]: `CASE WHEN ${fast} THEN (starts_with(${t}, '+') OR starts_with(${t}, '00')) ELSE regexp_matches(${core}, '^\\s*(\\+|00)') END`,
    [`${field}__digits`]: `CASE WHEN ${fast} THEN (CASE WHEN starts_with(${t}, '00') THEN substr(${quick}, 3) ELSE ${quick} END)
      ELSE (CASE WHEN regexp_matches(${core}, '^\\s*00') THEN substr(${digits}, 3) ELSE ${digits} END) END`,
    [`${field}__ext`]: `CASE WHEN ${fast} THEN FALSE ELSE regexp_matches(${t}, '(?i)${extensionRe}') END`,
    [`${object}__country`]: recordCountryIso(ctx, object),
  };
  const dd = col('digits');
  const iso = `d.${quoteIdent(`${object}__country`)}`;
  const countries = presentCountries(ctx, object).filter((c) => plans.has(c)).map((c) => plans.get(c)!);
  const match = (s: string, p: PhonePlan) => `regexp_full_match(${s}, ${lit(p.pattern)})`;
  const stripped = (p: PhonePlan) => `substr(${dd}, ${p.trunk.length + 1})`;

  // A national number's E.164 form, or NULL where it is not valid for a country of the org: the
  // patterns run once per number and both validity and the E.164 fix read the result.
  const nationalE164 = countries.map((p) => `WHEN ${lit(p.iso2)} THEN CASE WHEN ${match(dd, p)} THEN ${lit('+' + p.callingCode)} || ${dd}${p.trunk ? ` WHEN starts_with(${dd}, ${lit(p.trunk)}) AND ${match(stripped(p), p)} THEN ${lit('+' + p.callingCode)} || ${stripped(p)}` : ''} END`);
  const national = col('national');

  // International numbers: patterns for the org's countries, possible lengths for every other code.
  const fullByCode = new Map<string, PhonePlan[]>();
  for (const p of countries) fullByCode.set(p.callingCode, [...(fullByCode.get(p.callingCode) ?? []), p]);
  const lengthsByCode = new Map<string, Set<number>>();
  for (const p of plans.values()) {
    if (fullByCode.has(p.callingCode)) continue;
    const set = lengthsByCode.get(p.callingCode) ?? new Set<number>();
    p.lengths.forEach((n) => set.add(n));
    lengthsByCode.set(p.callingCode, set);
  }
  const rest = (cc: string) => `substr(${dd}, ${cc.length + 1})`;
  const patternBranches = [...fullByCode.entries()].map(([cc, ps]) => `WHEN starts_with(${dd}, ${lit(cc)}) THEN (${ps.map((p) => match(rest(cc), p)).join(' OR ')})`);
  // Every other calling code: "cc:length" pairs in one constant list (a 200-branch CASE per phone
  // field costs DuckDB half a second to plan; list membership costs nothing).
  const codes = [...lengthsByCode.keys()];
  const ccOf = `CASE ${[1, 2, 3].map((n) => `WHEN ${inValues(`left(${dd}, ${n})`, codes.filter((c) => c.length === n))} THEN left(${dd}, ${n})`).join(' ')} END`;
  const pairs = [...lengthsByCode.entries()].flatMap(([cc, ls]) => [...ls].map((n) => `${cc}:${n}`));
  const byLength = `${inValues(`(${ccOf}) || ':' || CAST(length(${dd}) - length(${ccOf}) AS VARCHAR)`, pairs)}`;
  const intlBranches = patternBranches;
  const known = countries.map((p) => p.iso2);
  const nationalValid = known.length ? `CASE WHEN ${inValues(iso, known)} THEN ${national} IS NOT NULL ELSE length(${dd}) BETWEEN 7 AND 15 END` : `length(${dd}) BETWEEN 7 AND 15`;
  const validExpr = `(NOT ${col('letters')} AND CASE WHEN ${col('intl')} THEN (CASE ${intlBranches.join(' ')} ELSE ${byLength} END) ELSE ${nationalValid} END)`;
  const e164Expr = `(CASE WHEN ${col('letters')} THEN NULL WHEN ${col('intl')} THEN '+' || ${dd} ELSE ${national} END)`;
  const nationalExpr = known.length ? `CASE WHEN ${col('letters')} OR ${col('intl')} THEN NULL ELSE (CASE ${iso} ${nationalE164.join(' ')} END) END` : 'NULL::VARCHAR';
  // Validity and E.164 read the digit columns, and those the national form: stages in that order.
  return { derive: [stage1, stage2, { [`${field}__national`]: nationalExpr }, { [`${field}__valid`]: validExpr, [`${field}__e164`]: e164Expr }], valid: col('valid'), e164: col('e164'), extension: col('ext') };
}
