/**
 * Country spellings → ISO code and the canonical label. Built from i18n-iso-countries (names in
 * several languages, alpha-2/alpha-3 codes) plus the dotted and colloquial forms CRMs accumulate.
 * The canonical label is the one Salesforce's State and Country picklists use ("United States",
 * "United Kingdom"); a pack can override any of them.
 */
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import da_ from 'i18n-iso-countries/langs/da.json' with { type: 'json' };
import sv_ from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import nb_ from 'i18n-iso-countries/langs/nb.json' with { type: 'json' };
import fi_ from 'i18n-iso-countries/langs/fi.json' with { type: 'json' };
import pl_ from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import cs_ from 'i18n-iso-countries/langs/cs.json' with { type: 'json' };
import ru_ from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import uk_ from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import ja_ from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import zh_ from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import ko_ from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import tr_ from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import el_ from 'i18n-iso-countries/langs/el.json' with { type: 'json' };
import hu_ from 'i18n-iso-countries/langs/hu.json' with { type: 'json' };
import ro_ from 'i18n-iso-countries/langs/ro.json' with { type: 'json' };

// English and the languages of the largest CRM markets first: the first country to claim a
// spelling keeps it, and exports are written in the CRM user's language (Danmark, Россия, 日本).
const LOCALES = [en, de, fr, es, it, nl, pt, da_, sv_, nb_, fi_, pl_, cs_, ru_, uk_, ja_, zh_, ko_, tr_, el_, hu_, ro_];
for (const l of LOCALES) countries.registerLocale(l);

/** Where Salesforce's label differs from the ISO English short name. */
const SALESFORCE_LABELS: Record<string, string> = {
  US: 'United States', GB: 'United Kingdom', KR: 'Korea, Republic of', RU: 'Russian Federation', TW: 'Taiwan',
  IR: 'Iran, Islamic Republic of', VN: 'Viet Nam', BO: 'Bolivia, Plurinational State of', VE: 'Venezuela, Bolivarian Republic of',
  TZ: 'Tanzania, United Republic of', MD: 'Moldova, Republic of', LA: "Lao People's Democratic Republic", SY: 'Syrian Arab Republic',
  KP: "Korea, Democratic People's Republic of", CZ: 'Czechia', MK: 'North Macedonia',
};

/** Spellings no locale table has but real exports do. */
const COLLOQUIAL: Record<string, string[]> = {
  US: ['America', 'United States of America', 'the United States', 'the US', 'the USA', 'Estados Unidos'],
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'UK', 'the UK', 'United Kingdom of Great Britain and Northern Ireland'],
  DE: ['GER', 'Bundesrepublik Deutschland', 'West Germany'],
  FR: ['République française', 'Republique francaise'],
  AU: ['Aus', 'Oz', 'Commonwealth of Australia'],
  NZ: ['Aotearoa', 'Aotearoa New Zealand'],
  NL: ['Holland', 'The Netherlands'],
  IE: ['Republic of Ireland', 'Eire', 'Éire'],
  CH: ['Schweiz', 'Suisse', 'Svizzera'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KR: ['South Korea', 'Korea'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
};

export interface CountryRow { alias: string; iso2: string; canonical: string }

const dotted = (code: string) => code.split('').join('.') + '.';

/** One row per lower-cased spelling; the first country to claim a spelling keeps it. */
export function countryAliases(overrides: Record<string, string> = {}): CountryRow[] {
  const rows = new Map<string, CountryRow>();
  const add = (alias: string, iso2: string, canonical: string) => {
    const key = alias.trim().toLowerCase();
    if (key && !rows.has(key)) rows.set(key, { alias: key, iso2, canonical });
  };
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  const canonicalOf = (iso2: string) => overrides[iso2] ?? SALESFORCE_LABELS[iso2] ?? countries.getName(iso2, 'en', { select: 'official' }) ?? iso2;
  // Canonical labels and codes first, so they win over a translated name that collides.
  for (const iso2 of codes) add(canonicalOf(iso2), iso2, canonicalOf(iso2));
  for (const iso2 of codes) {
    const canonical = canonicalOf(iso2);
    const alpha3 = countries.alpha2ToAlpha3(iso2) ?? '';
    for (const code of [iso2, alpha3]) {
      add(code, iso2, canonical);
      add(dotted(code), iso2, canonical);
    }
    for (const alias of COLLOQUIAL[iso2] ?? []) add(alias, iso2, canonical);
    // Short all-caps forms are also written with dots: UK → U.K., UAE → U.A.E.
    for (const alias of [...(COLLOQUIAL[iso2] ?? []), ...(countries.getName(iso2, 'en', { select: 'all' }) ?? [])]) {
      if (/^[A-Z]{2,4}$/.test(alias)) add(dotted(alias), iso2, canonical);
    }
    for (const l of LOCALES) {
      for (const name of countries.getName(iso2, l.locale, { select: 'all' }) ?? []) add(name, iso2, canonical);
    }
  }
  return [...rows.values()];
}
