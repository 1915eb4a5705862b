/** Postal code shapes by country (ISO alpha-2), case-insensitive, for the format check. */
export const POSTAL_PATTERNS: Record<string, string> = {
  US: '\\d{5}(-\\d{4})?', CA: '[A-Z]\\d[A-Z] ?\\d[A-Z]\\d', GB: '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}', AU: '\\d{4}', NZ: '\\d{4}',
  DE: '\\d{5}', FR: '\\d{5}', ES: '\\d{5}', IT: '\\d{5}', NL: '\\d{4} ?[A-Z]{2}', BE: '\\d{4}', CH: '\\d{4}', AT: '\\d{4}', DK: '\\d{4}',
  NO: '\\d{4}', SE: '\\d{3} ?\\d{2}', FI: '\\d{5}', IE: '[A-Z]\\d[\\dW] ?[A-Z\\d]{4}', PT: '\\d{4}-\\d{3}', PL: '\\d{2}-\\d{3}',
  IN: '\\d{6}', SG: '\\d{6}', CN: '\\d{6}', JP: '\\d{3}-?\\d{4}', BR: '\\d{5}-?\\d{3}', MX: '\\d{5}', ZA: '\\d{4}',
};
