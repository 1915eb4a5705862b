/**
 * States, provinces and regions of the countries where CRMs most often hold them, as
 * [canonical name, code, other spellings…]. Canonical is the full name, as Salesforce's state
 * picklist labels it; a pack may prefer codes (state_style: code).
 */
export const SUBDIVISIONS: Record<string, string[][]> = {
  US: [
    ['Alabama', 'AL'], ['Alaska', 'AK'], ['Arizona', 'AZ'], ['Arkansas', 'AR'], ['California', 'CA', 'Calif.', 'Cal.'], ['Colorado', 'CO'],
    ['Connecticut', 'CT'], ['Delaware', 'DE'], ['District of Columbia', 'DC', 'Washington DC', 'Washington D.C.'], ['Florida', 'FL', 'Fla.'],
    ['Georgia', 'GA'], ['Hawaii', 'HI'], ['Idaho', 'ID'], ['Illinois', 'IL', 'Ill.'], ['Indiana', 'IN'], ['Iowa', 'IA'], ['Kansas', 'KS'],
    ['Kentucky', 'KY'], ['Louisiana', 'LA'], ['Maine', 'ME'], ['Maryland', 'MD'], ['Massachusetts', 'MA', 'Mass.'], ['Michigan', 'MI'],
    ['Minnesota', 'MN'], ['Mississippi', 'MS'], ['Missouri', 'MO'], ['Montana', 'MT'], ['Nebraska', 'NE'], ['Nevada', 'NV'],
    ['New Hampshire', 'NH'], ['New Jersey', 'NJ'], ['New Mexico', 'NM'], ['New York', 'NY'], ['North Carolina', 'NC'], ['North Dakota', 'ND'],
    ['Ohio', 'OH'], ['Oklahoma', 'OK'], ['Oregon', 'OR'], ['Pennsylvania', 'PA', 'Penn.'], ['Rhode Island', 'RI'], ['South Carolina', 'SC'],
    ['South Dakota', 'SD'], ['Tennessee', 'TN', 'Tenn.'], ['Texas', 'TX', 'Tex.'], ['Utah', 'UT'], ['Vermont', 'VT'], ['Virginia', 'VA'],
    ['Washington', 'WA', 'Wash.'], ['West Virginia', 'WV'], ['Wisconsin', 'WI'], ['Wyoming', 'WY'], ['Puerto Rico', 'PR'], ['Guam', 'GU'],
    ['U.S. Virgin Islands', 'VI'], ['American Samoa', 'AS'], ['Northern Mariana Islands', 'MP'],
  ],
  CA: [
    ['Alberta', 'AB'], ['British Columbia', 'BC'], ['Manitoba', 'MB'], ['New Brunswick', 'NB'], ['Newfoundland and Labrador', 'NL', 'Newfoundland'],
    ['Nova Scotia', 'NS'], ['Ontario', 'ON', 'Ont.'], ['Prince Edward Island', 'PE', 'PEI'], ['Quebec', 'QC', 'Québec', 'PQ'], ['Saskatchewan', 'SK'],
    ['Northwest Territories', 'NT'], ['Nunavut', 'NU'], ['Yukon', 'YT', 'Yukon Territory'],
  ],
  AU: [
    ['New South Wales', 'NSW'], ['Victoria', 'VIC', 'Vic.'], ['Queensland', 'QLD', 'Qld'], ['Western Australia', 'WA'], ['South Australia', 'SA'],
    ['Tasmania', 'TAS', 'Tas.'], ['Australian Capital Territory', 'ACT'], ['Northern Territory', 'NT'],
  ],
  DE: [
    ['Baden-Württemberg', 'BW', 'Baden-Wuerttemberg'], ['Bayern', 'BY', 'Bavaria'], ['Berlin', 'BE'], ['Brandenburg', 'BB'], ['Bremen', 'HB'],
    ['Hamburg', 'HH'], ['Hessen', 'HE', 'Hesse'], ['Mecklenburg-Vorpommern', 'MV'], ['Niedersachsen', 'NI', 'Lower Saxony'],
    ['Nordrhein-Westfalen', 'NW', 'NRW', 'North Rhine-Westphalia'], ['Rheinland-Pfalz', 'RP', 'Rhineland-Palatinate'], ['Saarland', 'SL'],
    ['Sachsen', 'SN', 'Saxony'], ['Sachsen-Anhalt', 'ST', 'Saxony-Anhalt'], ['Schleswig-Holstein', 'SH'], ['Thüringen', 'TH', 'Thuringia', 'Thueringen'],
  ],
  NZ: [
    ['Northland', 'NTL'], ['Auckland', 'AUK'], ['Waikato', 'WKO'], ['Bay of Plenty', 'BOP'], ['Gisborne', 'GIS'], ["Hawke's Bay", 'HKB', 'Hawkes Bay'],
    ['Taranaki', 'TKI'], ['Manawatū-Whanganui', 'MWT', 'Manawatu-Wanganui', 'Manawatu-Whanganui'], ['Wellington', 'WGN'], ['Tasman', 'TAS'],
    ['Nelson', 'NSN'], ['Marlborough', 'MBH'], ['West Coast', 'WTC'], ['Canterbury', 'CAN'], ['Otago', 'OTA'], ['Southland', 'STL'],
  ],
  IN: [
    ['Maharashtra', 'MH'], ['Karnataka', 'KA'], ['Tamil Nadu', 'TN'], ['Delhi', 'DL', 'New Delhi', 'NCT of Delhi'], ['Telangana', 'TG', 'TS'],
    ['Gujarat', 'GJ'], ['West Bengal', 'WB'], ['Uttar Pradesh', 'UP'], ['Kerala', 'KL'], ['Haryana', 'HR'], ['Rajasthan', 'RJ'], ['Punjab', 'PB'],
  ],
};

export interface SubdivisionRow { iso2: string; alias: string; name: string; code: string }

export function subdivisionAliases(): SubdivisionRow[] {
  const rows: SubdivisionRow[] = [];
  for (const [iso2, list] of Object.entries(SUBDIVISIONS)) {
    const seen = new Set<string>();
    for (const [name, code, ...others] of list) {
      for (const a of [name, code, ...others]) {
        const alias = a.toLowerCase();
        if (!seen.has(alias)) rows.push({ iso2, alias, name, code });
        seen.add(alias);
      }
    }
  }
  return rows;
}
