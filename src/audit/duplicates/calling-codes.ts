/**
 * Country text as found in CRM address fields ("Australia", "AU", "AUS", "U.S.A.") → the country's
 * calling code and national trunk prefix, so phone numbers written nationally ("02 9876 5432") can
 * be turned into E.164 in SQL. Built once from libphonenumber-js and i18n-iso-countries metadata.
 */
import countries from 'i18n-iso-countries';
import { getCountries, getCountryCallingCode, Metadata, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

export interface CallingCode {
  /** Lower-case country text as it may appear in data. */
  key: string;
  iso2: string;
  /** Country calling code without '+', e.g. "61". */
  cc: string;
  /** National trunk prefix stripped before prefixing the calling code ("0", "1", "8", "06"), or "". */
  trunk: string;
}

/** Italian-plan numbers keep their leading 0 in E.164, although the metadata lists 0 as a prefix. */
const KEEPS_ZERO = new Set(['IT', 'SM', 'VA']);

/** Country names are also written in the main languages of CRM users. */
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];

let cached: CallingCode[] | undefined;

export function callingCodes(): CallingCode[] {
  if (cached) return cached;
  const meta = new Metadata(metadata);
  const rows = new Map<string, CallingCode>();
  const namesByLang = LANGS.map((lang) => countries.getNames(lang, { select: 'all' }));
  for (const iso2 of getCountries(metadata)) {
    meta.selectNumberingPlan(iso2 as CountryCode);
    const plan = meta.numberingPlan as unknown as { nationalPrefix(): string | undefined } | undefined;
    const trunk = KEEPS_ZERO.has(iso2) ? '' : String(plan?.nationalPrefix() ?? '');
    const cc = String(getCountryCallingCode(iso2 as CountryCode, metadata));
    const names = namesByLang.flatMap((byIso) => byIso[iso2] ?? []);
    const alpha3 = countries.alpha2ToAlpha3(iso2);
    for (const k of [iso2, alpha3, ...names]) {
      if (!k) continue;
      const key = k.toLowerCase().trim();
      // First writer wins: an ISO code never gets overwritten by another country's alias.
      if (!rows.has(key)) rows.set(key, { key, iso2, cc, trunk });
      // "U.S.A." is also written "usa"; keep both forms.
      const dotless = key.replace(/\./g, '');
      if (!rows.has(dotless)) rows.set(dotless, { key: dotless, iso2, cc, trunk });
    }
  }
  // Common English forms the ISO lists lack.
  const extra: [string, string][] = [['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'], ['northern ireland', 'GB'], ['america', 'US'], ['holland', 'NL'], ['south korea', 'KR'], ['russia', 'RU']];
  for (const [key, iso2] of extra) {
    const base = [...rows.values()].find((r) => r.iso2 === iso2);
    if (base && !rows.has(key)) rows.set(key, { ...base, key });
  }
  cached = [...rows.values()];
  return cached;
}
