/**
 * Cities the sample org's customers are in, with the canonical state/region name, its short form
 * (used only by non_normalised defects), postal code pattern and the landline area code whose
 * numbers libphonenumber-js accepts for that city (phones.test.ts proves it).
 *
 * Postal patterns: 9 = a digit, N = a digit 1-9, A = a letter, anything else literal.
 */
export interface City {
  city: string;
  /** Canonical state/region; '' where addresses of that country normally carry none. */
  state: string;
  /** Abbreviation seen in real data for this state; '' when none. */
  stateShort: string;
  postal: string;
  /** Area code, national significant digits without trunk prefix, and first digits of local numbers. */
  area: string;
  localFirst: string;
  streets: string[];
}

const s = (x: string): string[] => x.split('|');

const US_STREETS = s('Main St|Market St|Mission St|Broadway|Oak Ave|Pine St|Maple Ave|Cedar Ln|Elm St|Park Ave|Lake Shore Dr|Commerce Blvd|Innovation Way|Technology Dr|Congress Ave|Peachtree St NE|Washington Blvd|Sunset Blvd|Harbor Dr|Riverside Dr|1st Ave|2nd St|5th Ave|Lincoln Ave|Madison St|Jefferson Blvd|Franklin St|Hamilton Ave');
const CA_STREETS = s('King St W|Queen St E|Yonge St|Bay St|Granville St|Robson St|Rue Sainte-Catherine|Boulevard René-Lévesque|8th Ave SW|Jasper Ave|Barrington St|Portage Ave|Sparks St|Front St W|University Ave');
const GB_STREETS = s('High Street|Station Road|Church Street|Victoria Road|King Street|Queen Street|Oxford Street|Baker Street|Deansgate|Piccadilly|Park Lane|Market Street|Castle Street|Bridge Street|London Road|Mill Lane|George Street|Princes Street|Corporation Street|Whitehall');
const DE_STREETS = s('Hauptstraße|Bahnhofstraße|Friedrichstraße|Schillerstraße|Goethestraße|Kaiserstraße|Maximilianstraße|Königsallee|Lindenstraße|Berliner Allee|Marktplatz|Gartenstraße|Industriestraße|Rheinstraße|Mozartstraße|Leopoldstraße|Zeil|Jungfernstieg');
const FR_STREETS = s('rue de la Paix|avenue des Champs-Élysées|boulevard Haussmann|rue de Rivoli|rue du Faubourg Saint-Honoré|rue de la République|cours Lafayette|rue Victor Hugo|avenue Jean Jaurès|rue Nationale|quai des Chartrons|rue Sainte-Catherine|place Bellecour|rue de Metz|boulevard de la Liberté');
const AU_STREETS = s('George St|Pitt St|Collins St|Bourke St|Queen St|Adelaide St|Hay St|St Georges Tce|King William St|Northbourne Ave|Elizabeth St|Macquarie St|Flinders St|Swanston St|Murray St|Sussex St|Kent St|Eagle St');
const NZ_STREETS = s('Queen Street|Lambton Quay|Colombo Street|Victoria Street|Customs Street|Willis Street|Cashel Street|Victoria Street West|George Street|Karangahape Road|Ponsonby Road|Featherston Street');

const us = (city: string, state: string, short: string, zip3: string, area: string): City => ({ city, state, stateShort: short, postal: `${zip3}N9`, area, localFirst: '2345678', streets: US_STREETS });
const ca = (city: string, state: string, short: string, fsa: string, area: string): City => ({ city, state, stateShort: short, postal: `${fsa} 9A9`, area, localFirst: '2345678', streets: CA_STREETS });
const gb = (city: string, outward: string, area: string, localFirst: string): City => ({ city, state: '', stateShort: '', postal: `${outward} 9AA`, area, localFirst, streets: GB_STREETS });
const de = (city: string, state: string, short: string, plz: string, area: string): City => ({ city, state, stateShort: short, postal: plz, area, localFirst: '23456789', streets: DE_STREETS });
// 0262/0269 and 059x are overseas departments: keep French landlines metropolitan.
const fr = (city: string, cp: string, area: string): City => ({ city, state: '', stateShort: '', postal: cp, area, localFirst: '1234578', streets: FR_STREETS });
const au = (city: string, state: string, short: string, pc: string, area: string, localFirst: string): City => ({ city, state, stateShort: short, postal: pc, area, localFirst, streets: AU_STREETS });
const nz = (city: string, region: string, pc: string, area: string, localFirst: string): City => ({ city, state: region, stateShort: '', postal: pc, area, localFirst, streets: NZ_STREETS });

export const CITIES: Record<string, City[]> = {
  US: [
    us('San Francisco', 'California', 'CA', '941', '415'), us('Los Angeles', 'California', 'CA', '900', '213'),
    us('San Diego', 'California', 'CA', '921', '619'), us('New York', 'New York', 'NY', '100', '212'),
    us('Chicago', 'Illinois', 'IL', '606', '312'), us('Austin', 'Texas', 'TX', '787', '512'),
    us('Dallas', 'Texas', 'TX', '752', '214'), us('Seattle', 'Washington', 'WA', '981', '206'),
    us('Boston', 'Massachusetts', 'MA', '021', '617'), us('Denver', 'Colorado', 'CO', '802', '303'),
    us('Atlanta', 'Georgia', 'GA', '303', '404'), us('Miami', 'Florida', 'FL', '331', '305'),
    us('Portland', 'Oregon', 'OR', '972', '503'), us('Phoenix', 'Arizona', 'AZ', '850', '602'),
    us('Minneapolis', 'Minnesota', 'MN', '554', '612'), us('Philadelphia', 'Pennsylvania', 'PA', '191', '215'),
    us('Nashville', 'Tennessee', 'TN', '372', '615'), us('Raleigh', 'North Carolina', 'NC', '276', '919'),
    us('Salt Lake City', 'Utah', 'UT', '841', '801'), us('Columbus', 'Ohio', 'OH', '432', '614'),
  ],
  CA: [
    ca('Toronto', 'Ontario', 'ON', 'M5V', '416'), ca('Ottawa', 'Ontario', 'ON', 'K1P', '613'),
    ca('Vancouver', 'British Columbia', 'BC', 'V6B', '604'), ca('Montréal', 'Quebec', 'QC', 'H2Y', '514'),
    ca('Calgary', 'Alberta', 'AB', 'T2P', '403'), ca('Edmonton', 'Alberta', 'AB', 'T5J', '780'),
    ca('Halifax', 'Nova Scotia', 'NS', 'B3J', '902'), ca('Winnipeg', 'Manitoba', 'MB', 'R3C', '204'),
  ],
  GB: [
    gb('London', 'EC1A', '20', '378'), gb('London', 'SW1A', '20', '378'), gb('London', 'E14', '20', '378'),
    gb('Manchester', 'M1', '161', '23'), gb('Birmingham', 'B1', '121', '23'), gb('Leeds', 'LS1', '113', '23'),
    gb('Glasgow', 'G1', '141', '23'), gb('Edinburgh', 'EH1', '131', '23'), gb('Bristol', 'BS1', '117', '9'),
    gb('Cambridge', 'CB2', '1223', '3'),
  ],
  DE: [
    de('Berlin', 'Berlin', 'BE', '10999', '30'), de('München', 'Bayern', 'BY', '80999', '89'),
    de('Hamburg', 'Hamburg', 'HH', '20999', '40'), de('Frankfurt am Main', 'Hessen', 'HE', '60999', '69'),
    de('Köln', 'Nordrhein-Westfalen', 'NRW', '50999', '221'), de('Düsseldorf', 'Nordrhein-Westfalen', 'NRW', '40999', '211'),
    de('Stuttgart', 'Baden-Württemberg', 'BW', '70999', '711'),
  ],
  FR: [
    fr('Paris', '7500N', '1'), fr('Paris', '7501N', '1'), fr('Lyon', '6900N', '4'), fr('Marseille', '1300N', '4'),
    fr('Toulouse', '31000', '5'), fr('Bordeaux', '33000', '5'), fr('Lille', '59000', '3'), fr('Nantes', '44000', '2'),
  ],
  AU: [
    au('Sydney', 'New South Wales', 'NSW', '2000', '2', '89'), au('Melbourne', 'Victoria', 'VIC', '3000', '3', '89'),
    au('Brisbane', 'Queensland', 'QLD', '4000', '7', '3'), au('Perth', 'Western Australia', 'WA', '6000', '8', '9'),
    au('Adelaide', 'South Australia', 'SA', '5000', '8', '8'), au('Canberra', 'Australian Capital Territory', 'ACT', '2600', '2', '6'),
    au('Hobart', 'Tasmania', 'TAS', '7000', '36', '2'),
  ],
  NZ: [
    nz('Auckland', 'Auckland', '1010', '9', '3'), nz('Wellington', 'Wellington', '6011', '4', '4'),
    nz('Christchurch', 'Canterbury', '8011', '3', '3'), nz('Hamilton', 'Waikato', '3204', '7', '8'),
    nz('Dunedin', 'Otago', '9016', '3', '4'),
  ],
};
