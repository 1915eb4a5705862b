/**
 * Legal-form words dropped from the end of company names before comparing them, so "Acme Pty Ltd",
 * "ACME, Inc." and "Acme" compare equal. Dots are removed before splitting into words, so "S.A."
 * and "L.L.C." arrive here as "sa" and "llc". Descriptive words (Group, Holdings, International)
 * are kept: "Acme Holdings" and "Acme" are often different legal entities.
 */
export const LEGAL_SUFFIXES: readonly string[] = [
  // English-speaking
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'llc', 'llp', 'lp', 'ltd', 'limited',
  'plc', 'pty', 'pvt', 'pte', 'lc', 'pc', 'pllc', 'and',
  // German, Dutch, Nordic
  'gmbh', 'ag', 'kg', 'ohg', 'ug', 'ev', 'bv', 'nv', 'vof', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps',
  // Romance languages
  'sa', 'sas', 'sarl', 'sasu', 'srl', 'spa', 'sl', 'sau', 'ltda', 'sae', 'cv', 'de',
  // Other
  'se', 'kk', 'zao', 'ooo', 'sro', 'spzoo', 'bhd', 'sdn', 'tbk',
];

/**
 * The same normalisation in plain TypeScript (normalise-sql.ts's `company` is the one that runs),
 * so tests can check the SQL against a readable definition:
 * lower case, accents and dots removed, "&" read as "and", punctuation as spaces, a leading "the"
 * and trailing legal-form words dropped (the first word always stays).
 */
export function normaliseCompany(name: string, suffixes: readonly string[] = LEGAL_SUFFIXES): string {
  const set = new Set(suffixes);
  const words = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.']/g, '').replace(/&/g, ' and ').split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && set.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}
