/**
 * The permission matrix of fixtures/acme: every role × object × operation, every restricted field,
 * and record visibility for every user over every record — against expectations written out here
 * from the org's design, not computed by the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ORG } from '../cli/paths.js';
import { AccessFileSchema, SchemaFileSchema } from '../core/snapshot-files.js';
import { ACME_USERS as U } from '../test-support/acme-tools.js';
import { buildAccessModel, resolveActor, type Actor } from './access-model.js';
import { fieldDecision, objectDecision } from './permissions.js';
import { recordDecision, type RecordLookup } from './record-visibility.js';

const access = AccessFileSchema.parse(JSON.parse(readFileSync(join(SAMPLE_ORG, 'access.json'), 'utf8')));
const schema = SchemaFileSchema.parse(JSON.parse(readFileSync(join(SAMPLE_ORG, 'schema.json'), 'utf8')));
const model = buildAccessModel(access, schema);
const actor = (id: string): Actor => model.actors.get(id)!;

const OBJECTS = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Task', 'User', 'UserRole'] as const;
const OPS = ['create', 'read', 'edit', 'delete'] as const;
// C R E D per object, by profile (the org's design).
const CRUD: Record<string, Record<(typeof OBJECTS)[number], string>> = {
  'System Administrator': { Account: 'CRED', Contact: 'CRED', Lead: 'CRED', Opportunity: 'CRED', Case: 'CRED', Task: 'CRED', User: 'CRED', UserRole: 'CRED' },
  'Sales Manager': { Account: 'CRED', Contact: 'CRED', Lead: 'CRED', Opportunity: 'CRED', Case: '-R--', Task: 'CRED', User: '-R--', UserRole: '-R--' },
  'Sales Rep': { Account: 'CRE-', Contact: 'CRE-', Lead: 'CRE-', Opportunity: 'CRE-', Case: '-R--', Task: 'CRE-', User: '-R--', UserRole: '-R--' },
  'Service Manager': { Account: '-RE-', Contact: 'CRED', Lead: '----', Opportunity: '----', Case: 'CRED', Task: 'CRED', User: '-R--', UserRole: '-R--' },
  'Service Agent': { Account: '-R--', Contact: 'CRE-', Lead: '----', Opportunity: '----', Case: 'CRE-', Task: 'CRE-', User: '-R--', UserRole: '-R--' },
};
// One user per role, and that user's profile.
const ROLE_USERS: [string, string, string][] = [
  ['CEO', U.ceo, 'Sales Manager'], ['VP Sales', U.vpSales, 'Sales Manager'],
  ['Sales Manager, North America', U.salesManagerNA, 'Sales Manager'], ['Sales Manager, EMEA', U.salesManagerEMEA, 'Sales Manager'],
  ['Sales Manager, APAC', '0055g000000000EAAQ', 'Sales Manager'], ['Sales Rep, North America', '0055g0000000008AAA', 'Sales Rep'],
  ['Sales Rep, EMEA', U.repEMEA, 'Sales Rep'], ['Sales Rep, APAC', '0055g000000000GAAQ', 'Sales Rep'],
  ['Service Manager', U.serviceManager, 'Service Manager'], ['Service Agent', U.agent2, 'Service Agent'],
];
// Whose records each role sees through the hierarchy (strictly below it).
const SEES_BELOW: Record<string, string[]> = {
  CEO: ['VP Sales', 'Sales Manager, North America', 'Sales Manager, EMEA', 'Sales Manager, APAC', 'Sales Rep, North America', 'Sales Rep, EMEA', 'Sales Rep, APAC', 'Service Manager', 'Service Agent'],
  'VP Sales': ['Sales Manager, North America', 'Sales Manager, EMEA', 'Sales Manager, APAC', 'Sales Rep, North America', 'Sales Rep, EMEA', 'Sales Rep, APAC'],
  'Sales Manager, North America': ['Sales Rep, North America'], 'Sales Manager, EMEA': ['Sales Rep, EMEA'], 'Sales Manager, APAC': ['Sales Rep, APAC'],
  'Sales Rep, North America': [], 'Sales Rep, EMEA': [], 'Sales Rep, APAC': [], 'Service Manager': ['Service Agent'], 'Service Agent': [],
};

describe('object permissions: every role × object × operation', () => {
  for (const [role, userId, profile] of ROLE_USERS) {
    it(`${role} (${profile})`, () => {
      expect(actor(userId).roleName).toBe(role);
      for (const object of OBJECTS) {
        OPS.forEach((op, i) => {
          const d = objectDecision(model, actor(userId), object, op);
          expect(d.allowed, `${role} ${op} ${object}: ${d.reason}`).toBe(CRUD[profile][object][i] !== '-');
          if (!d.allowed) expect(d.reason).toContain(`profile ${profile}`);
        });
      }
    });
  }
  it('a permission set adds object access (Opportunity Delete) and nothing else', () => {
    expect(objectDecision(model, actor(U.repNA2), 'Opportunity', 'delete').allowed).toBe(true);
    expect(objectDecision(model, actor(U.repNA), 'Opportunity', 'delete').allowed).toBe(false);
  });
});

describe('field-level security: every restricted field', () => {
  const cases: [string, string, string, boolean, boolean][] = [
    // user, field, why, read, edit
    [U.repNA2, 'Contact.Birthdate', 'Sales Rep without the permission set', false, false],
    [U.repNA, 'Contact.Birthdate', 'Sales Rep + Sensitive Contact Data', true, true],
    [U.repNA2, 'Contact.HomePhone', 'Sales Rep', false, false],
    [U.repEMEA, 'Contact.HomePhone', 'Sales Rep + Sensitive Contact Data', true, true],
    [U.repNA2, 'Account.AnnualRevenue', 'Sales Rep: read-only', true, false],
    [U.repNA2, 'Opportunity.Probability', 'Sales Rep: read-only', true, false],
    [U.agent2, 'Account.AnnualRevenue', 'Service Agent', false, false],
    [U.agent, 'Account.AnnualRevenue', 'Service Agent + Revenue Visibility (read only)', true, false],
    [U.agent2, 'Contact.Birthdate', 'Service Agent', false, false],
    [U.agent, 'Contact.Birthdate', 'Service Agent + Sensitive Contact Data', true, true],
    [U.agent2, 'Contact.HomePhone', 'Service Agent', false, false],
    [U.salesManagerNA, 'Contact.Birthdate', 'Sales Manager: not restricted', true, true],
    [U.serviceManager, 'Account.AnnualRevenue', 'Service Manager: object edit', true, true],
    [U.serviceManager, 'Opportunity.Amount', 'Service Manager: no Opportunity access', false, false],
  ];
  for (const [userId, key, why, read, edit] of cases) {
    it(`${key}: ${why}`, () => {
      const [object, field] = key.split('.');
      const r = fieldDecision(model, actor(userId), object, field, 'read');
      const e = fieldDecision(model, actor(userId), object, field, 'edit');
      expect(r.allowed, r.reason).toBe(read);
      expect(e.allowed, e.reason).toBe(edit);
    });
  }
  it('says why in plain words', () => {
    expect(fieldDecision(model, actor(U.agent2), 'Account', 'AnnualRevenue', 'read').reason)
      .toBe('denied: field Account.AnnualRevenue is not readable by profile Service Agent');
  });
  it('system fields are never editable, even by an administrator', () => {
    for (const f of ['Id', 'CreatedDate', 'LastModifiedDate']) expect(fieldDecision(model, actor(U.admin), 'Account', f, 'edit').code).toBe('system_field');
  });
  it('unknown objects and fields are denials, not crashes', () => {
    expect(fieldDecision(model, actor(U.repNA), 'Account', 'Nope__c', 'read').code).toBe('unknown_field');
    expect(objectDecision(model, actor(U.repNA), 'Nope', 'read').code).toBe('unknown_object');
  });
});

describe('record visibility: every user × every record', () => {
  const rows = (o: string) => parse(readFileSync(join(SAMPLE_ORG, `data/${o}.csv`)), { columns: true }) as Record<string, string>[];
  const data = Object.fromEntries(['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Task'].map((o) => [o, rows(o)]));
  const byId = new Map<string, { object: string; record: Record<string, string> }>();
  for (const [object, rs] of Object.entries(data)) for (const record of rs) byId.set(record.Id, { object, record });
  const lookup: RecordLookup = (id) => byId.get(id);
  const roleOf = new Map(access.users.map((u) => [u.id, access.roles.find((r) => r.id === u.roleId)?.name]));
  const ownerVisible = (a: Actor, owner: string) => owner === a.id || SEES_BELOW[a.roleName!].includes(roleOf.get(owner)!) || a.viewAllData;
  const accountVisible = (a: Actor, id: string) => { const acc = byId.get(id); return !!acc && ownerVisible(a, acc.record.OwnerId); };

  for (const u of access.users.filter((x) => x.active)) {
    it(`${u.name} (${roleOf.get(u.id)})`, () => {
      const a = actor(u.id);
      let seen = 0;
      for (const [object, rs] of Object.entries(data)) {
        for (const r of rs) {
          let expected: boolean;
          if (object === 'Lead') expected = true; // ReadWrite
          else if (object === 'Contact') expected = ownerVisible(a, r.OwnerId) || accountVisible(a, r.AccountId);
          else if (object === 'Task') {
            const parentOk = (id: string) => { const p = byId.get(id); if (!p) return false; if (p.object === 'Lead') return true; if (p.object === 'Contact') return ownerVisible(a, p.record.OwnerId) || accountVisible(a, p.record.AccountId); return ownerVisible(a, p.record.OwnerId); };
            expected = ownerVisible(a, r.OwnerId) || parentOk(r.WhatId) || parentOk(r.WhoId);
          } else expected = ownerVisible(a, r.OwnerId);
          const d = recordDecision(model, a, object, r, 'read', lookup);
          expect(d.allowed, `${object} ${r.Id}: ${d.reason}`).toBe(expected);
          // Edit follows the same rules here: no object in this org is Public Read Only.
          expect(recordDecision(model, a, object, r, 'edit', lookup).allowed).toBe(expected);
          if (expected) seen++;
        }
      }
      expect(seen).toBeGreaterThan(0);
    });
  }

  it('inactive users have no access at all', () => {
    const who = resolveActor(model, U.inactiveRep);
    expect('denial' in who && who.denial.code).toBe('inactive_user');
    const a = actor(U.inactiveRep);
    const own = data.Opportunity.find((r) => r.OwnerId === U.inactiveRep)!;
    expect(recordDecision(model, a, 'Opportunity', own, 'read', lookup).allowed).toBe(false);
    expect(objectDecision(model, a, 'Account', 'read').code).toBe('inactive_user');
  });
  it('unknown users are denied', () => {
    const who = resolveActor(model, '005000000000000AAA');
    expect('denial' in who && who.denial.code).toBe('unknown_actor');
  });
});
