/**
 * How a second record of the same person or company differs from the first, as seen in real orgs:
 * nicknames, one-letter typos, first and last name swapped, the phone typed another way, the email
 * in other case, the legal form added/dropped/spelled differently, the website with or without www.
 */
import { COUNTRIES } from './countries.js';
import { typo } from './corrupt.js';
import { NICKNAMES } from './data/nicknames.js';
import type { Rng } from './prng.js';

export interface PersonVariant { first: string; last: string; how: string }

/** A changed name that still reads as the same person; `how` names the change (for debugging). */
export function personVariant(rng: Rng, first: string, last: string): PersonVariant {
  const nicks = NICKNAMES[first];
  const r = rng.below(nicks ? 4 : 3);
  if (r === 3 || (r === 0 && nicks)) return { first: rng.pick(nicks!), last, how: 'nickname' };
  if (r === 1) return { first, last: typo(rng, last), how: 'typo' };
  if (r === 2 && first !== last) return { first: last, last: first, how: 'swapped' };
  return { first: typo(rng, first), last, how: 'typo' };
}

const LEGAL_SPELLINGS: Record<string, string[]> = {
  'Inc.': ['Inc', 'Incorporated', ''], Inc: ['Inc.', ''], LLC: ['L.L.C.', ''], 'Corp.': ['Corporation', 'Corp', ''],
  Ltd: ['Limited', 'Ltd.', ''], 'Ltd.': ['Ltd', 'Limited', ''], Limited: ['Ltd', ''], PLC: ['plc', 'Ltd', ''],
  GmbH: ['Gmbh', ''], AG: [''], 'GmbH & Co. KG': ['GmbH', ''], SAS: ['S.A.S.', ''], SA: ['S.A.', ''], SARL: ['S.A.R.L.', ''],
  'Pty Ltd': ['Pty. Ltd.', 'Pty Limited', 'Ltd', ''], 'Pty. Ltd.': ['Pty Ltd', ''],
};

/** The company's name as someone else typed it: legal form changed, maybe a typo or capitals. */
export function companyVariant(rng: Rng, base: string, legal: string, countryIndex: number): string {
  const forms = legal ? LEGAL_SPELLINGS[legal] ?? [''] : COUNTRIES[countryIndex].legal;
  const newLegal = rng.pick(forms);
  let stem = base;
  const r = rng.below(6);
  if (r === 0) stem = typo(rng, stem);
  else if (r === 1) stem = stem.toUpperCase();
  else if (r === 2 && stem.includes(' & ')) stem = stem.replace(' & ', ' and ');
  const name = newLegal ? `${stem} ${newLegal}` : stem;
  return name === (legal ? `${base} ${legal}` : base) ? `${typo(rng, stem)}${newLegal ? ` ${newLegal}` : ''}` : name;
}
