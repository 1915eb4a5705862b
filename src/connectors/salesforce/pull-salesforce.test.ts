import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contractCheck } from '../csv/test-helpers.js';
import { stagingDirFor } from './pull-staging.js';
import type { FakeSalesforce } from './test-support/fake-salesforce.js';
import { ACME, csvRows, pull, readJson, rowsById, startFake, tempOut, tokenEnv } from './test-support/pull-harness.js';

const OBJECTS = ['Account', 'Case', 'Contact', 'Lead', 'Opportunity', 'Task', 'User', 'UserRole'];
let fake: FakeSalesforce | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

describe('pull salesforce against the fake org', () => {
  it('pulls every object row for row, big ones through Bulk 2.0 pages, small ones through queryMore', async () => {
    fake = await startFake({ queryPageSize: 60, bulkPageSize: 170 });
    const r = await pull(fake, { bulkThreshold: 200 });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const s = r.value;
    expect(Object.keys(s.objects)).toEqual(OBJECTS);
    expect(s.objects.Task).toMatchObject({ rows: 1000, via: 'bulk' });
    expect(s.objects.Account).toMatchObject({ rows: 127, via: 'rest' });
    for (const o of OBJECTS) {
      const source = csvRows(join(ACME, 'data', `${o}.csv`));
      const pulled = csvRows(join(s.out, 'data', `${o}.csv`));
      expect(pulled[0], o).toEqual(source[0]);
      expect(pulled.slice(1).sort(), o).toEqual(source.slice(1).sort());
    }
    // Bulk pages were followed to the end (Sforce-Locator "null") and REST cursors through nextRecordsUrl.
    expect(fake.requests.filter((q) => /\/results\?locator=/.test(q.path)).length).toBeGreaterThan(5);
    expect(fake.requests.filter((q) => /\/query\/01g/.test(q.path)).length).toBeGreaterThan(3);
    // Locators are opaque strings, sent back as given; org-wide defaults come from the Organization record.
    expect(fake.requests.filter((q) => /[?&]locator=\d+(&|$)/.test(q.path))).toEqual([]);
    expect(fake.requests.some((q) => /FROM Organization/.test(decodeURIComponent(q.path)))).toBe(true);
    const check = contractCheck(s.out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);
    expect(existsSync(stagingDirFor(s.out))).toBe(false);
    expect(readdirSync(dirname(s.out))).toEqual(['snap']);
  });

  it('writes schema.json with the source types and access.json with the same permissions', async () => {
    fake = await startFake();
    const r = await pull(fake);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { out } = r.value;
    const source = readJson(join(ACME, 'schema.json'));
    const pulled = readJson(join(out, 'schema.json'));
    for (const o of OBJECTS) {
      for (const [f, def] of Object.entries<{ type: string; required?: boolean; values?: string[]; referenceTo?: string[] }>(source.objects[o].fields)) {
        expect(pulled.objects[o].fields[f], `${o}.${f}`).toMatchObject({ type: def.type, ...(def.values ? { values: def.values } : {}), ...(def.referenceTo ? { referenceTo: def.referenceTo } : {}) });
        expect(pulled.objects[o].fields[f].required ?? false, `${o}.${f} required`).toBe(def.required ?? false);
      }
    }
    expect(pulled.objects.Opportunity.fields.StageName.valueMeta).toEqual(source.objects.Opportunity.fields.StageName.valueMeta);
    expect(pulled.objects.Account.fields.BillingAddress).toBeUndefined(); // compound: components only

    const a = readJson(join(ACME, 'access.json'));
    const b = readJson(join(out, 'access.json'));
    for (const [o, model] of Object.entries(a.orgDefaults)) expect(b.orgDefaults[o], o).toBe(model);
    expect(b.roles).toEqual(a.roles);
    expect(b.users.map((u: Record<string, unknown>) => [u.id, u.profileId, u.roleId, u.active, u.email])).toEqual(a.users.map((u: Record<string, unknown>) => [u.id, u.profileId, u.roleId, u.active, u.email]));
    expect(b.assignments).toEqual(a.assignments);
    for (const p of a.profiles) {
      const q = b.profiles.find((x: { id: string }) => x.id === p.id);
      expect(q.name).toBe(p.name);
      expect(q.objects).toEqual(p.objects);
      expect(q.fields).toEqual(p.fields);
      expect(!!q.viewAllData).toBe(!!p.viewAllData);
    }
    expect(b.permissionSets.map((p: { id: string; name: string; fields: unknown; objects: unknown }) => [p.id, p.name, p.fields, p.objects]))
      .toEqual(a.permissionSets.map((p: { id: string; name: string; fields: unknown; objects: unknown }) => [p.id, p.name, p.fields, p.objects]));
    const manifest = readJson(join(out, 'snapshot.json'));
    expect(manifest.source).toMatchObject({ kind: 'salesforce', instanceUrl: fake.url, apiVersion: '62.0', apiUsage: { limit: 15000 } });
  });

  it('only ever reads: GET requests and Bulk query-job creation, nothing else', async () => {
    fake = await startFake({ bulkPageSize: 300 });
    const r = await pull(fake, { bulkThreshold: 100 });
    expect(r.ok).toBe(true);
    const other = fake.requests.filter((q) => q.method !== 'GET' && !(q.method === 'POST' && /^\/services\/data\/v62\.0\/jobs\/query$/.test(q.path)));
    expect(other).toEqual([]);
    const jobs = fake.requests.filter((q) => q.method === 'POST');
    expect(jobs.length).toBeGreaterThan(0);
    for (const j of jobs) expect(JSON.parse(j.body)).toMatchObject({ operation: 'query', query: expect.stringMatching(/^SELECT /) });
  });
});

describe('pull salesforce: what goes wrong in real orgs', () => {
  it('skips fields the integration user cannot see, and fields the query refuses, with a note', async () => {
    fake = await startFake({ hiddenFields: { Contact: ['Birthdate', 'HomePhone'] }, refusedFields: { Account: ['AnnualRevenue'], Task: ['Description'] } });
    const r = await pull(fake, { bulkThreshold: 500, objects: ['Account', 'Contact', 'Task'] });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const skipped = readJson(join(r.value.out, 'snapshot.json')).source.skippedFields;
    expect(Object.keys(skipped.Contact).sort()).toEqual(['Birthdate', 'HomePhone']);
    expect(skipped.Contact.Birthdate).toMatch(/not visible to the integration user/);
    expect(skipped.Account.AnnualRevenue).toMatch(/INVALID_FIELD/);
    expect(skipped.Task.Description).toMatch(/INVALID_FIELD/); // refused at Bulk job creation
    expect(r.value.warnings.filter((w) => w.code === 'fields_skipped').map((w) => w.field)).toEqual(['Account', 'Contact', 'Task']);
    const contacts = csvRows(join(r.value.out, 'data/Contact.csv'));
    expect(contacts[0]).not.toContain('Birthdate');
    const source = rowsById(join(ACME, 'data/Contact.csv'), contacts[0]);
    expect(rowsById(join(r.value.out, 'data/Contact.csv'))).toEqual(source);
    const check = contractCheck(r.value.out);
    if (check !== undefined) expect(check).toMatch(/^ok:/);
  });

  it('backs off on REQUEST_LIMIT_EXCEEDED and reports the remaining API calls when they run out', async () => {
    fake = await startFake({ limitExceededAt: [3, 4, 9] });
    const r = await pull(fake, { objects: ['Account'] });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.apiUsage).toMatchObject({ limit: 15000 });
    await fake.stop();
    fake = await startFake({ apiLimit: 120, apiUsed: 110 });
    const out = tempOut();
    const dead = await pull(fake, { out, retries: 2 });
    expect(dead.ok).toBe(false);
    expect(!dead.ok && dead.problems[0]).toMatchObject({ code: 'api_limit', message: expect.stringMatching(/REQUEST_LIMIT_EXCEEDED\): 1\d\d of 120 API requests used .* 0 left/) });
    expect(!dead.ok && dead.problems[0].hint).toMatch(/resume/);
    expect(existsSync(out)).toBe(false);
  });

  it('says once, clearly, that an access-token session expired', async () => {
    fake = await startFake({ sessionRequests: 6 });
    const out = tempOut();
    const r = await pull(fake, { out });
    expect(!r.ok && r.problems).toEqual([expect.objectContaining({ code: 'session_expired', message: expect.stringMatching(/INVALID_SESSION_ID/), hint: expect.stringMatching(/SF_ACCESS_TOKEN/) })]);
    expect(existsSync(out)).toBe(false);
  });

  it('logs in with username, password and security token (SOAP), and again when the session expires', async () => {
    fake = await startFake({ logins: { 'integration@acme.test': 'pw123TOKEN' }, sessionRequests: 25, bulkPageSize: 200 });
    const env = { SF_LOGIN_URL: fake.url, SF_USERNAME: 'integration@acme.test', SF_PASSWORD: 'pw123', SF_SECURITY_TOKEN: 'TOKEN' };
    const r = await pull(fake, { env, bulkThreshold: 300 });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(fake.requests.filter((q) => q.path === '/services/Soap/u/62.0').length).toBeGreaterThan(1);
    expect(csvRows(join(r.value.out, 'data/Task.csv')).length).toBe(1001);
    // Nothing but logins besides reads and query jobs.
    expect(fake.requests.filter((q) => q.method === 'POST' && !/\/jobs\/query$|\/services\/Soap\/u\/62\.0$/.test(q.path))).toEqual([]);
    const bad = await pull(fake, { env: { ...env, SF_PASSWORD: 'wrong' } });
    expect(!bad.ok && bad.problems[0]).toMatchObject({ code: 'login_failed', message: expect.stringMatching(/INVALID_LOGIN/) });
  });

  it('logs in through the OAuth username-password flow when a connected app is configured', async () => {
    fake = await startFake({ logins: { 'integration@acme.test': 'pw123' } });
    const env = { SF_LOGIN_URL: fake.url, SF_USERNAME: 'integration@acme.test', SF_PASSWORD: 'pw123', SF_CLIENT_ID: 'id', SF_CLIENT_SECRET: 'secret' };
    const r = await pull(fake, { env, objects: ['UserRole'] });
    expect(r.ok).toBe(true);
    expect(fake.requests.some((q) => q.path === '/services/oauth2/token')).toBe(true);
  });

  it('names the missing credentials and refuses unknown objects before pulling anything', async () => {
    fake = await startFake();
    const none = await pull(fake, { env: {} });
    expect(!none.ok && none.problems[0]).toMatchObject({ code: 'missing_credentials', message: expect.stringMatching(/SF_INSTANCE_URL, SF_ACCESS_TOKEN are not set/) });
    const unknown = await pull(fake, { objects: ['Account', 'Acount', 'Invoice__c'] });
    expect(!unknown.ok && unknown.problems[0]).toMatchObject({ code: 'unknown_object', message: expect.stringMatching(/Acount, Invoice__c/) });
    expect(fake.requests.some((q) => /query/.test(q.path))).toBe(false);
  });

  it('reports a failed Bulk job as such', async () => {
    fake = await startFake({ failBulkJobs: ['Task'] });
    const r = await pull(fake, { bulkThreshold: 900, objects: ['Task'] });
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'bulk_job_failed', message: expect.stringMatching(/Task ended Failed/) });
  });

  it('pulls only rows modified since --where-since', async () => {
    fake = await startFake();
    const r = await pull(fake, { objects: ['Contact', 'Task'], whereSince: '2026-06-01', bulkThreshold: 400 });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    for (const o of ['Contact', 'Task']) {
      const [header, ...rows] = csvRows(join(ACME, 'data', `${o}.csv`));
      const want = rows.filter((row) => row[header.indexOf('LastModifiedDate')] >= '2026-06-01');
      expect(want.length).toBeGreaterThan(0);
      expect(csvRows(join(r.value.out, 'data', `${o}.csv`)).slice(1).sort(), o).toEqual(want.sort());
    }
    expect(readJson(join(r.value.out, 'snapshot.json')).source.whereSince).toBe('2026-06-01');
  });

  it('resumes an interrupted pull per object, without asking again for finished objects', async () => {
    let broken = true;
    fake = await startFake({ failWhen: (q) => broken && /FROM\+Opportunity|FROM%20Opportunity|FROM Opportunity/.test(decodeURIComponent(q.path + q.body)) });
    const out = tempOut();
    const first = await pull(fake, { out, bulkThreshold: 400 });
    expect(first.ok).toBe(false);
    expect(!first.ok && first.problems[0].hint).toMatch(/resume/);
    expect(existsSync(out)).toBe(false);
    const staged = readJson(join(stagingDirFor(out), 'pull-state.json'));
    expect(Object.keys(staged.objects)).toEqual(['Account', 'Contact', 'Lead']);
    broken = false;
    const before = fake.requests.length;
    const second = await pull(fake, { out, bulkThreshold: 400 });
    if (!second.ok) throw new Error(JSON.stringify(second.problems));
    const asked = fake.requests.slice(before).map((q) => decodeURIComponent(q.path + q.body));
    for (const o of ['Account', 'Contact', 'Lead']) expect(asked.some((p) => p.includes(`FROM ${o}`) || p.includes(`sobjects/${o}/describe`)), o).toBe(false);
    expect(second.value.warnings.map((w) => w.code)).toContain('pull_resumed');
    expect(second.value.objects.Account.resumed).toBe(true);
    expect(second.value.objects.Task.resumed).toBe(false);
    for (const o of OBJECTS) expect(csvRows(join(out, 'data', `${o}.csv`)).slice(1).sort(), o).toEqual(csvRows(join(ACME, 'data', `${o}.csv`)).slice(1).sort());
    expect(existsSync(stagingDirFor(out))).toBe(false);
    void tokenEnv;
  });
});
