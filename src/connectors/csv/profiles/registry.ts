/**
 * Every import profile, one line each. The registry test checks that each entry is complete and has
 * its own test file, so a profile cannot be added half-way.
 */
import type { Profile } from '../profile.js';
import { dynamics } from './dynamics.js';
import { hubspot } from './hubspot.js';
import { salesforce } from './salesforce.js';
import { tree } from './tree.js';

export const PROFILES: Readonly<Record<string, Profile>> = {
  salesforce,
  tree,
  hubspot,
  dynamics,
};

export function getProfile(id: string): Profile | undefined {
  return Object.hasOwn(PROFILES, id) ? PROFILES[id] : undefined;
}
