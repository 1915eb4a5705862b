/**
 * access.json for the generated org (DESIGN "access.json"): sharing defaults that make the sales
 * objects Private, five profiles whose field-level security hides revenue from service agents and
 * personal contact data from everyone but managers and admins, and permission sets that add some
 * of it back for a few named users.
 */
import { makeId } from '../core/salesforce-id.js';
import type { AccessFileInput } from '../core/snapshot-files.js';
import type { OrgPeople, ProfileKey } from './users.js';

type Crud = { create: boolean; read: boolean; edit: boolean; delete: boolean };
const crud = (flags: string): Crud => ({ create: flags.includes('c'), read: flags.includes('r'), edit: flags.includes('e'), delete: flags.includes('d') });
const hidden = { read: false, edit: false };
const readOnly = { read: true, edit: false };

const SALES_OBJECTS = ['Account', 'Contact', 'Lead', 'Opportunity', 'Task'];

interface ProfileDef { key: ProfileKey; name: string; objects: Record<string, Crud>; fields: Record<string, { read: boolean; edit: boolean }>; extra?: Record<string, unknown> }

export const PROFILES: ProfileDef[] = [
  {
    key: 'admin', name: 'System Administrator',
    objects: Object.fromEntries([...SALES_OBJECTS, 'Case', 'User', 'UserRole'].map((o) => [o, crud('cred')])),
    fields: {},
    // Salesforce admins see and change every record regardless of sharing.
    extra: { viewAllData: true, modifyAllData: true },
  },
  {
    key: 'salesManager', name: 'Sales Manager',
    objects: { ...Object.fromEntries(SALES_OBJECTS.map((o) => [o, crud('cred')])), Case: crud('r'), User: crud('r'), UserRole: crud('r') },
    fields: {},
  },
  {
    key: 'salesRep', name: 'Sales Rep',
    objects: { ...Object.fromEntries(SALES_OBJECTS.map((o) => [o, crud('cre')])), Case: crud('r'), User: crud('r'), UserRole: crud('r') },
    fields: { 'Contact.Birthdate': hidden, 'Contact.HomePhone': hidden, 'Account.AnnualRevenue': readOnly, 'Opportunity.Probability': readOnly },
  },
  {
    key: 'serviceManager', name: 'Service Manager',
    objects: { Account: crud('re'), Contact: crud('cred'), Case: crud('cred'), Task: crud('cred'), User: crud('r'), UserRole: crud('r') },
    fields: {},
  },
  {
    key: 'serviceAgent', name: 'Service Agent',
    objects: { Account: crud('r'), Contact: crud('cre'), Case: crud('cre'), Task: crud('cre'), User: crud('r'), UserRole: crud('r') },
    fields: { 'Account.AnnualRevenue': hidden, 'Contact.Birthdate': hidden, 'Contact.HomePhone': hidden },
  },
];

export const profileId = (key: ProfileKey): string => makeId('Profile', PROFILES.findIndex((p) => p.key === key) + 1);

const PERMISSION_SETS: { name: string; objects: Record<string, Crud>; fields: Record<string, { read: boolean; edit: boolean }> }[] = [
  { name: 'Sensitive Contact Data', objects: {}, fields: { 'Contact.Birthdate': { read: true, edit: true }, 'Contact.HomePhone': { read: true, edit: true } } },
  { name: 'Revenue Visibility', objects: {}, fields: { 'Account.AnnualRevenue': { read: true, edit: false } } },
  { name: 'Opportunity Delete', objects: { Opportunity: crud('cred') }, fields: {} },
];

export function buildAccess(people: OrgPeople): AccessFileInput {
  const { users, roles, repsByRegion, agents } = people;
  const psId = (i: number) => makeId('PermissionSet', i + 1);
  // Deterministic, named grantees: the first rep of each region, the first agent, the most senior agent.
  const assignments = [
    ...[repsByRegion.NA[0], repsByRegion.EMEA[0], agents[0]].map((u) => ({ userId: users[u].id, permissionSetId: psId(0) })),
    ...[agents[0], agents[agents.length - 1]].map((u) => ({ userId: users[u].id, permissionSetId: psId(1) })),
    ...[repsByRegion.NA[1], repsByRegion.APAC[0]].map((u) => ({ userId: users[u].id, permissionSetId: psId(2) })),
  ];
  return {
    orgDefaults: { Account: 'Private', Contact: 'ControlledByParent', Opportunity: 'Private', Case: 'Private', Lead: 'ReadWrite', Task: 'ControlledByParent', User: 'Read' },
    roles: roles.map((r) => ({ id: r.id, name: r.name, parentId: r.parent < 0 ? null : roles[r.parent].id })),
    profiles: PROFILES.map((p, i) => ({ id: makeId('Profile', i + 1), name: p.name, objects: p.objects, fields: p.fields, ...p.extra })),
    permissionSets: PERMISSION_SETS.map((p, i) => ({ id: psId(i), ...p })),
    assignments,
    users: users.map((u) => ({ id: u.id, name: `${u.first} ${u.last}`, email: u.email, roleId: roles[u.role].id, profileId: profileId(u.profile), active: u.active })),
  };
}
