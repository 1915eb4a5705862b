/**
 * Parts of fictional company names. Brand words are syllable pairs ("Nor" + "vale" = "Norvale");
 * sector words carry the Industry picklist value the company gets. No brand word may equal a
 * family name or a geographic word (company-names.test.ts checks): the name space is a bijection
 * only if the patterns cannot produce the same string.
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

export const BRAND_HEADS = words(`Acu Ald Alti Amber Arc Astra Aur Avo Bel Blu Bright Cal Cen Cir Clear Cor Cres Dyna
  Ever Fal Fern Flex Gal Gen Glo Gran Hal Hex Inno Jun Kin Lum Mar Mer Nex Nor Nov Oak Omni Opti Pac Pin Quan Rad
  Sil Sol Star Sum Syn Tal Tri Uni Val Vec Ver Vir Wes Zen Ado Bri Cas Dor Eco Fen Hol Ion Jet Kal Lyn Mon Ner Oro
  Pol Ros Sev Tor Ul Vor Xen Yar Zel Am Ber Cy Del El Fro Gra Hy Io Ka Lo Mi Na Os Pe Qui Re Ta Vi Wyn`);

export const BRAND_TAILS = words(`ara ex ix on ora um io ica ify ware works point line path field gate bridge view
  wave core logic nova sphere ly wise dale ridge mark port vale crest peak spring brook lane haven quest scape
  tide light stream sync forge grove shore bay axis vista bit loop`);

export interface Sector { word: string; industry: string }

const sector = (word: string, industry: string): Sector => ({ word, industry });

export const SECTORS: Sector[] = [
  sector('Logistics', 'Transportation'), sector('Freight', 'Shipping'), sector('Foods', 'Food & Beverage'),
  sector('Brewing', 'Food & Beverage'), sector('Analytics', 'Technology'), sector('Software', 'Technology'),
  sector('Cloud', 'Technology'), sector('Data', 'Technology'), sector('Robotics', 'Machinery'),
  sector('Engineering', 'Engineering'), sector('Consulting', 'Consulting'), sector('Advisory', 'Consulting'),
  sector('Health', 'Healthcare'), sector('Medical', 'Healthcare'), sector('Dental', 'Healthcare'),
  sector('Biotech', 'Biotechnology'), sector('Pharma', 'Biotechnology'), sector('Energy', 'Energy'),
  sector('Solar', 'Energy'), sector('Power', 'Utilities'), sector('Water', 'Utilities'), sector('Capital', 'Finance'),
  sector('Finance', 'Finance'), sector('Bank', 'Banking'), sector('Insurance', 'Insurance'), sector('Media', 'Media'),
  sector('Studios', 'Entertainment'), sector('Games', 'Entertainment'), sector('Telecom', 'Telecommunications'),
  sector('Networks', 'Communications'), sector('Retail', 'Retail'), sector('Outfitters', 'Apparel'),
  sector('Textiles', 'Apparel'), sector('Motors', 'Manufacturing'), sector('Metals', 'Manufacturing'),
  sector('Plastics', 'Chemicals'), sector('Chemicals', 'Chemicals'), sector('Builders', 'Construction'),
  sector('Construction', 'Construction'), sector('Realty', 'Other'), sector('Hotels', 'Hospitality'),
  sector('Travel', 'Hospitality'), sector('Farms', 'Agriculture'), sector('Agritech', 'Agriculture'),
  sector('Learning', 'Education'), sector('Academy', 'Education'), sector('Electronics', 'Electronics'),
  sector('Devices', 'Electronics'), sector('Instruments', 'Electronics'), sector('Aerospace', 'Engineering'),
  sector('Marine', 'Shipping'), sector('Mining', 'Energy'), sector('Recycling', 'Environmental'),
  sector('Environmental', 'Environmental'), sector('Fitness', 'Recreation'), sector('Outdoor', 'Recreation'),
  sector('Security', 'Technology'), sector('Packaging', 'Manufacturing'), sector('Furniture', 'Manufacturing'),
  sector('Printing', 'Media'), sector('Transit', 'Transportation'), sector('Aviation', 'Transportation'),
  sector('Labs', 'Biotechnology'), sector('Foundation', 'Not For Profit'), sector('Trust', 'Not For Profit'),
  sector('Machinery', 'Machinery'), sector('Tools', 'Machinery'), sector('Wines', 'Food & Beverage'),
  sector('Dairy', 'Agriculture'), sector('Design', 'Consulting'),
];

/** Geographic adjectives for names like "Pacific Freight". */
export const GEO_WORDS = words(`Pacific Atlantic Northern Southern Eastern Western Central Coastal Highland Lakeside
  Summit Harbour Valley Meridian Continental Metro Capital Northstar Redwood Evergreen Bluewater Goldfield Ironbridge
  Silverlake Prairie Canyon Alpine Tasman Southern-Cross Thames Rhine Seine`);

/** Partnership-style forms for "{Name} & {Name} {form}". */
export const PARTNER_FORMS = ['', 'Associates', 'Partners', 'Consulting', 'Advisory', 'Co.'];
