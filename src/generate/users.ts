/**
 * The org's people: a role hierarchy (CEO → VP Sales → regional sales managers → reps; CEO →
 * service manager → agents; the admin sits at the top so the hierarchy shows it everything), their
 * profiles, and a few former employees whose users are inactive. Record owners are drawn from
 * `repsByRegion` / `agents` (active only); `inactive` owns only seeded inactive_owner defects.
 */
import { makeId } from '../core/salesforce-id.js';
import { COUNTRIES, REGION_LABEL, REGIONS, type Region } from './countries.js';
import { emailToken, personName } from './people.js';
import { Rng } from './prng.js';

export const ORG_DOMAIN = 'acmecloud.com';

export type ProfileKey = 'admin' | 'salesManager' | 'salesRep' | 'serviceManager' | 'serviceAgent';
export const PROFILE_KEYS: ProfileKey[] = ['admin', 'salesManager', 'salesRep', 'serviceManager', 'serviceAgent'];

export interface OrgRole { id: string; name: string; parent: number }
export interface OrgUser {
  id: string;
  first: string;
  last: string;
  email: string;
  title: string;
  department: string;
  role: number;
  profile: ProfileKey;
  manager: number;
  active: boolean;
  region?: Region;
  createdDay: number;
}

export interface OrgPeople {
  roles: OrgRole[];
  users: OrgUser[];
  /** Active sales reps per region (indexes into users). */
  repsByRegion: Record<Region, number[]>;
  /** Active service agents. */
  agents: number[];
  /** Inactive users: former reps and agents. */
  inactive: number[];
}

/** Reps grow with the square root of the org: ~9 for 500 contacts, ~300 for 1M. */
export function repCount(contacts: number): number {
  return Math.max(9, Math.round(Math.sqrt(contacts) / 3.3));
}

const ROLE_NAMES = ['CEO', 'VP Sales', ...REGIONS.map((r) => `Sales Manager, ${REGION_LABEL[r]}`),
  ...REGIONS.map((r) => `Sales Rep, ${REGION_LABEL[r]}`), 'Service Manager', 'Service Agent'];
const ROLE_PARENT = [-1, 0, 1, 1, 1, 2, 3, 4, 0, 8];
const MANAGER_ROLE = (r: Region) => 2 + REGIONS.indexOf(r);
const REP_ROLE = (r: Region) => 5 + REGIONS.indexOf(r);

export function buildPeople(seed: number, contacts: number, asOfDay: number): OrgPeople {
  const rng = new Rng(seed, 'User');
  const roles = ROLE_NAMES.map((name, i) => ({ id: makeId('UserRole', i + 1), name, parent: ROLE_PARENT[i] }));
  const users: OrgUser[] = [];
  const taken = new Set<string>();
  const regionCountry = (r: Region) => rng.pick(COUNTRIES.filter((c) => c.region === r)).code;

  const add = (u: Omit<OrgUser, 'id' | 'first' | 'last' | 'email' | 'createdDay'>, country: string): number => {
    let name = personName(rng, country);
    let local = `${emailToken(name.first)}.${emailToken(name.last)}`;
    while (taken.has(local)) { name = personName(rng, country); local = `${emailToken(name.first)}.${emailToken(name.last)}`; }
    taken.add(local);
    users.push({ ...u, id: makeId('User', users.length + 1), first: name.first, last: name.last, email: `${local}@${ORG_DOMAIN}`, createdDay: asOfDay - rng.between(120, 2400) });
    return users.length - 1;
  };

  const ceo = add({ title: 'Chief Executive Officer', department: 'Executive', role: 0, profile: 'salesManager', manager: -1, active: true }, 'US');
  add({ title: 'Salesforce Administrator', department: 'IT', role: 0, profile: 'admin', manager: ceo, active: true }, 'US');
  const vp = add({ title: 'VP Sales', department: 'Sales', role: 1, profile: 'salesManager', manager: ceo, active: true }, 'US');
  const serviceManager = add({ title: 'Customer Service Manager', department: 'Support', role: 8, profile: 'serviceManager', manager: ceo, active: true }, 'US');

  const repsByRegion = { NA: [], EMEA: [], APAC: [] } as Record<Region, number[]>;
  const totalReps = repCount(contacts);
  const share: Record<Region, number> = { NA: 0.48, EMEA: 0.32, APAC: 0.2 };
  for (const region of REGIONS) {
    const manager = add({ title: `Regional Sales Manager, ${REGION_LABEL[region]}`, department: 'Sales', role: MANAGER_ROLE(region), profile: 'salesManager', manager: vp, active: true, region }, regionCountry(region));
    const n = Math.max(2, Math.round(totalReps * share[region]));
    for (let i = 0; i < n; i++) {
      repsByRegion[region].push(add({ title: rng.pick(['Account Executive', 'Senior Account Executive', 'Sales Representative']), department: 'Sales', role: REP_ROLE(region), profile: 'salesRep', manager, active: true, region }, regionCountry(region)));
    }
  }
  const agents: number[] = [];
  for (let i = 0, n = Math.max(3, Math.round(totalReps / 3)); i < n; i++) {
    agents.push(add({ title: rng.pick(['Support Agent', 'Senior Support Agent', 'Customer Care Specialist']), department: 'Support', role: 9, profile: 'serviceAgent', manager: serviceManager, active: true }, rng.pick(['US', 'GB', 'AU'])));
  }
  // Former staff: their users stay (Salesforce never deletes users), inactive.
  const inactive: number[] = [];
  for (let i = 0, n = Math.max(2, Math.round(totalReps * 0.06)); i < n; i++) {
    const region = rng.pick(REGIONS);
    inactive.push(add({ title: 'Account Executive', department: 'Sales', role: REP_ROLE(region), profile: 'salesRep', manager: users.findIndex((u) => u.role === MANAGER_ROLE(region)), active: false, region }, regionCountry(region)));
  }
  inactive.push(add({ title: 'Support Agent', department: 'Support', role: 9, profile: 'serviceAgent', manager: serviceManager, active: false }, 'US'));
  return { roles, users, repsByRegion, agents, inactive };
}
