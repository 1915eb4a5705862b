/**
 * The countries of the sample org. `name` is the canonical value a clean record holds in a
 * *Country field: the label Salesforce's State and Country picklists use (so "United States",
 * not i18n-iso-countries' official "United States of America"). `variants` are the other spellings
 * real orgs accumulate; each one names the same country and is a non_normalised defect.
 */
export type Region = 'NA' | 'EMEA' | 'APAC';

export interface Country {
  code: string;
  name: string;
  region: Region;
  /** Share of accounts headquartered here. */
  weight: number;
  /** Top-level domain of its companies' websites. */
  tld: string;
  /** Legal-form suffixes its companies use, most common first. */
  legal: string[];
  variants: string[];
}

export const COUNTRIES: Country[] = [
  { code: 'US', name: 'United States', region: 'NA', weight: 38, tld: 'com', legal: ['Inc.', 'LLC', 'Corp.', 'Inc'],
    variants: ['US', 'USA', 'U.S.', 'U.S.A.', 'United States of America', 'united states', 'America'] },
  { code: 'CA', name: 'Canada', region: 'NA', weight: 10, tld: 'ca', legal: ['Inc.', 'Ltd.', 'Corp.'],
    variants: ['CA', 'CAN', 'canada', 'CANADA'] },
  { code: 'GB', name: 'United Kingdom', region: 'EMEA', weight: 15, tld: 'co.uk', legal: ['Ltd', 'Limited', 'PLC', 'Ltd.'],
    variants: ['UK', 'U.K.', 'GB', 'Great Britain', 'England', 'united kingdom'] },
  { code: 'DE', name: 'Germany', region: 'EMEA', weight: 9, tld: 'de', legal: ['GmbH', 'AG', 'GmbH & Co. KG'],
    variants: ['Deutschland', 'DE', 'GER', 'germany', 'GERMANY'] },
  { code: 'FR', name: 'France', region: 'EMEA', weight: 8, tld: 'fr', legal: ['SAS', 'SA', 'SARL'],
    variants: ['FR', 'FRA', 'france', 'République française'] },
  { code: 'AU', name: 'Australia', region: 'APAC', weight: 14, tld: 'com.au', legal: ['Pty Ltd', 'Pty. Ltd.', 'Ltd'],
    variants: ['AU', 'AUS', 'Aus', 'australia', 'AUSTRALIA'] },
  { code: 'NZ', name: 'New Zealand', region: 'APAC', weight: 6, tld: 'co.nz', legal: ['Ltd', 'Limited'],
    variants: ['NZ', 'N.Z.', 'new zealand', 'Aotearoa'] },
];

export const COUNTRY_INDEX: Record<string, number> = Object.fromEntries(COUNTRIES.map((c, i) => [c.code, i]));
export const REGIONS: Region[] = ['NA', 'EMEA', 'APAC'];
export const REGION_LABEL: Record<Region, string> = { NA: 'North America', EMEA: 'EMEA', APAC: 'APAC' };

/** Every spelling (canonical or variant, compared case-sensitively) → ISO code. */
export const COUNTRY_SPELLINGS: Map<string, string> = new Map(
  COUNTRIES.flatMap((c) => [[c.name, c.code] as const, ...c.variants.map((v) => [v, c.code] as const)]),
);
