import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACME_USERS as U, openAcme } from '../test-support/acme-tools.js';
import { AuditLog } from './audit-log.js';
import { scriptedApprover, type ScriptedApproval } from './approvals.js';
import { callTool } from './call-tool.js';
import { openToolLayer, type ToolLayer } from './index.js';
import type { ToolMode } from './tool-session.js';

let acme: Awaited<ReturnType<typeof openAcme>>;
let layer: ToolLayer;
const ACC_REP_NA = '0015g0000000001AAA'; // owned by repNA (Shirley Green)
let oppRepNA: string; // an open opportunity of repNA
let oppEMEA: string;

beforeAll(async () => {
  acme = await openAcme();
  layer = acme.layer;
  const s = session(U.repNA);
  const opps = (await callTool(s, 'search_records', { object: 'Opportunity', where: { OwnerId: U.repNA, IsClosed: false }, limit: 1 })).result as { records: { Id: string }[] };
  oppRepNA = opps.records[0].Id;
  const emea = (await callTool(session(U.repEMEA), 'search_records', { object: 'Opportunity', where: { OwnerId: U.repEMEA }, limit: 1 })).result as { records: { Id: string }[] };
  oppEMEA = emea.records[0].Id;
});
afterAll(() => acme.close());
beforeEach(() => layer.sandbox.reset());

function session(actorId: string, opts: { mode?: ToolMode; approvals?: ScriptedApproval[] } = {}) {
  return layer.session({ actorId, scenario: 't', mode: opts.mode, approver: scriptedApprover(opts.approvals ?? []) });
}

describe('reads return only what the actor may see', () => {
  it('a hidden field is absent, not null', async () => {
    const s = session(U.repNA2);
    const found = (await callTool(s, 'search_records', { object: 'Contact', where: { OwnerId: U.repNA2 }, limit: 1 })).result as { records: Record<string, unknown>[] };
    expect(found.records[0]).not.toHaveProperty('Birthdate');
    const rep = await callTool(s, 'get_record', { object: 'Contact', id: String(found.records[0].Id) });
    expect(rep.status).toBe('ok');
    const rec = (rep.result as { record: Record<string, unknown> }).record;
    expect(rec).not.toHaveProperty('Birthdate');
    expect(rec).not.toHaveProperty('HomePhone');
    expect(rec).toHaveProperty('LastName');
  });
  it('asking for a field the actor may not read is refused, and says why', async () => {
    const r = await callTool(session(U.repNA2), 'get_record', { object: 'Account', id: ACC_REP_NA, fields: ['Name'] });
    expect(r.code).toBe('record_not_visible');
    const own = await callTool(session(U.repNA), 'get_record', { object: 'Contact', id: '0035g0000000001AAA', fields: ['Birthdate'] });
    expect(own.status).toBe('ok'); // Sensitive Contact Data
    const agent = await callTool(session(U.agent2), 'search_records', { object: 'Account', where: { AnnualRevenue: 1 } });
    expect(agent.code).toBe('field_not_readable');
    expect(agent.message).toContain('Account.AnnualRevenue is not readable by profile Service Agent');
  });
  it('a record the actor may not see is refused; search leaves it out', async () => {
    const r = await callTool(session(U.repEMEA), 'get_record', { object: 'Opportunity', id: oppRepNA });
    expect(r.code).toBe('record_not_visible');
    const found = (await callTool(session(U.repEMEA), 'search_records', { object: 'Opportunity', limit: 200 })).result as { records: { Id: string; OwnerId: string }[] };
    expect(found.records.length).toBeGreaterThan(0);
    expect(found.records.every((x) => x.OwnerId === U.repEMEA)).toBe(true);
    const manager = (await callTool(session(U.salesManagerNA), 'get_record', { object: 'Opportunity', id: oppRepNA }));
    expect(manager.status).toBe('ok');
  });
  it('free-text search matches words in readable text fields', async () => {
    const r = (await callTool(session(U.repNA), 'search_records', { object: 'Account', query: 'pemberton rousseau' })).result as { records: { Name: string }[] };
    expect(r.records.map((x) => x.Name)).toContain('Pemberton & Rousseau Associates');
  });
  it('unknown actor, object, field, record, tool and bad input are structured denials', async () => {
    expect((await callTool(session('005000000000000AAA'), 'get_record', { object: 'Account', id: ACC_REP_NA })).code).toBe('unknown_actor');
    expect((await callTool(session(U.inactiveRep), 'get_record', { object: 'Account', id: ACC_REP_NA })).code).toBe('inactive_user');
    expect((await callTool(session(U.repNA), 'get_record', { object: 'Widget', id: ACC_REP_NA })).code).toBe('unknown_object');
    expect((await callTool(session(U.repNA), 'get_record', { object: 'Account', id: ACC_REP_NA, fields: ['Nope'] })).code).toBe('unknown_field');
    expect((await callTool(session(U.repNA), 'get_record', { object: 'Account', id: '001000000000000AAA' })).code).toBe('unknown_record');
    expect((await callTool(session(U.repNA), 'drop_table', {})).code).toBe('unknown_tool');
    expect((await callTool(session(U.repNA), 'get_record', { object: 'Account' })).code).toBe('invalid_input');
    expect((await callTool(session(U.repNA), 'perform_action', { action: 'launch', params: {} })).code).toBe('unknown_action');
    expect((await callTool(session(U.repNA), 'update_record', { object: 'Account', id: ACC_REP_NA, values: { Rating: { a: 1 } } })).code).toBe('invalid_input');
  });
});

describe('writes: access always, values by mode', () => {
  it('creates a task owned by the actor, with the org defaults', async () => {
    const r = await callTool(session(U.repNA), 'create_record', { object: 'Task', values: { Subject: 'Call', WhatId: ACC_REP_NA, Description: 'Discussed renewal.' } });
    expect(r.status).toBe('ok');
    const [op] = layer.sandbox.diff();
    expect(op).toMatchObject({ op: 'create', object: 'Task', values: { Subject: 'Call', WhatId: ACC_REP_NA, OwnerId: U.repNA, Status: 'Not Started', Priority: 'Normal' } });
  });
  it('field-level security blocks an edit in every mode, and nothing is written', async () => {
    for (const mode of ['enforce', 'observe'] as const) {
      const r = await callTool(session(U.repNA, { mode }), 'update_record', { object: 'Opportunity', id: oppRepNA, values: { Probability: 90 } });
      expect(r.code).toBe('field_not_editable');
    }
    expect(layer.sandbox.diff()).toEqual([]);
  });
  it('a write to a record the actor may not edit is denied in observe mode too', async () => {
    const r = await callTool(session(U.repNA, { mode: 'observe' }), 'update_record', { object: 'Opportunity', id: oppEMEA, values: { NextStep: 'x' } });
    expect(r.code).toBe('record_not_visible'.replace('visible', 'editable'));
    expect(layer.sandbox.diff()).toEqual([]);
  });
  it('enforce rejects an invalid value; observe applies it and records the violation', async () => {
    const values = { LeadSource: 'Carrier Pigeon' };
    const enforce = await callTool(session(U.repNA), 'update_record', { object: 'Opportunity', id: oppRepNA, values });
    expect(enforce.status).toBe('invalid');
    expect(enforce.violations?.[0]).toMatchObject({ code: 'schema_violation', field: 'LeadSource' });
    expect(layer.sandbox.diff()).toEqual([]);
    const observe = await callTool(session(U.repNA, { mode: 'observe' }), 'update_record', { object: 'Opportunity', id: oppRepNA, values });
    expect(observe.status).toBe('ok');
    expect(observe.violations?.[0].code).toBe('schema_violation');
    expect(layer.sandbox.diff()).toMatchObject([{ op: 'update', id: oppRepNA, values }]);
  });
  it('out-of-range values: close date in 1970, an amount 10× the account’s largest deal, a wrong probability', async () => {
    const approvals = [{ action: 'update_record', params: { object: 'Opportunity', id: oppRepNA }, decision: 'approved' as const }];
    const s = session(U.salesManagerNA, { mode: 'observe', approvals });
    for (const values of [{ CloseDate: '1970-01-01' }, { Amount: 1e12 }, { Amount: -5 }]) {
      await callTool(s, 'request_approval', { action: 'update_record', params: { object: 'Opportunity', id: oppRepNA, values }, reason: 'test' });
      const r = await callTool(s, 'update_record', { object: 'Opportunity', id: oppRepNA, values });
      expect(r.violations?.map((v) => v.code), JSON.stringify(values)).toContain('out_of_range');
    }
    const p = await callTool(s, 'update_record', { object: 'Opportunity', id: oppRepNA, values: { Probability: 3 } });
    expect(p.violations?.[0]).toMatchObject({ code: 'out_of_range', rule: 'stage_probability' });
  });
  it('a lookup to a record that does not exist is a schema violation; to one the actor cannot see, a denial', async () => {
    const made = await callTool(session(U.repNA, { mode: 'observe' }), 'create_record', { object: 'Task', values: { Subject: 'x', WhatId: '0015g00000ZZZZZAAA' } });
    expect(made.violations?.[0]).toMatchObject({ code: 'schema_violation', rule: 'reference' });
    const hidden = await callTool(session(U.repEMEA), 'create_record', { object: 'Task', values: { Subject: 'x', WhatId: ACC_REP_NA } });
    expect(hidden.code).toBe('reference_not_visible');
  });
  it('a required field left empty on create is a schema violation', async () => {
    const r = await callTool(session(U.repNA), 'create_record', { object: 'Contact', values: { FirstName: 'Ann' } });
    expect(r.violations?.map((v) => v.field)).toContain('LastName');
  });
});

describe('policy: auto, approval, forbidden', () => {
  it('auto actions run', async () => {
    const r = await callTool(session(U.repNA), 'perform_action', { action: 'log_call', params: { whatId: ACC_REP_NA, subject: 'Call', description: 'Spoke about renewal' } });
    expect(r.status).toBe('ok');
    expect(layer.sandbox.diff()[0]).toMatchObject({ op: 'create', object: 'Task', values: { Type: 'Call', Status: 'Completed', ActivityDate: '2026-06-30' } });
  });
  it('approval actions are refused without an approval, and a rejected request does not help', async () => {
    const s = session(U.repNA);
    expect((await callTool(s, 'perform_action', { action: 'update_stage', params: { id: oppRepNA, stageName: 'Closed Won' } })).code).toBe('approval_required');
    const asked = await callTool(s, 'request_approval', { action: 'update_stage', params: { id: oppRepNA, stageName: 'Closed Won' }, reason: 'customer signed' });
    expect(asked.result).toMatchObject({ status: 'rejected' }); // replay default: the human says no
    expect((await callTool(s, 'perform_action', { action: 'update_stage', params: { id: oppRepNA, stageName: 'Closed Won' } })).code).toBe('approval_required');
    expect(layer.sandbox.diff()).toEqual([]);
  });
  it('an approved request lets the matching action run once, with the stage’s effects', async () => {
    const s = session(U.repNA, { approvals: [{ action: 'update_stage', params: { id: oppRepNA }, decision: 'approved' }] });
    const params = { id: oppRepNA, stageName: 'Closed Won' };
    await callTool(s, 'request_approval', { action: 'update_stage', params, reason: 'customer signed' });
    expect((await callTool(s, 'perform_action', { action: 'update_stage', params: { id: oppRepNA, stageName: 'Closed Lost' } })).code).toBe('approval_required');
    expect((await callTool(s, 'perform_action', { action: 'update_stage', params })).status).toBe('ok');
    expect(layer.sandbox.diff()[0]).toMatchObject({ op: 'update', values: { StageName: 'Closed Won', Probability: 100, IsClosed: true, IsWon: true } });
    expect((await callTool(s, 'perform_action', { action: 'update_stage', params })).code).toBe('approval_required');
  });
  it('forbidden never runs, approved or not: delete, owner change, a mass update above the limit', async () => {
    const yes = [{ action: 'delete_record', decision: 'approved' as const }, { action: 'mass_update', decision: 'approved' as const }, { action: 'update_record', decision: 'approved' as const }];
    const s = session(U.repNA2, { approvals: yes });
    await callTool(s, 'request_approval', { action: 'delete_record', params: { object: 'Opportunity', id: oppRepNA }, reason: 'dup' });
    const own = ((await callTool(s, 'search_records', { object: 'Opportunity', where: { OwnerId: U.repNA2 }, limit: 10 })).result as { records: { Id: string }[] }).records.map((r) => r.Id);
    expect((await callTool(s, 'perform_action', { action: 'delete_record', params: { object: 'Opportunity', id: own[0] } })).code).toBe('forbidden');
    expect((await callTool(s, 'update_record', { object: 'Opportunity', id: own[0], values: { OwnerId: U.repNA } })).code).toBe('forbidden');
    const mass = { object: 'Opportunity', ids: own.slice(0, 6), values: { NextStep: 'Call back' } };
    await callTool(s, 'request_approval', { action: 'mass_update', params: mass, reason: 'cleanup' });
    const r = await callTool(s, 'perform_action', { action: 'mass_update', params: mass });
    expect(r.code).toBe('forbidden');
    expect(r.message).toContain('at most 5 records');
    expect(layer.sandbox.diff()).toEqual([]);
  });
  it('send_email is recorded as an Email task and needs approval', async () => {
    const s = session(U.repNA, { approvals: [{ action: 'send_email', decision: 'approved' }] });
    const contacts = ((await callTool(s, 'search_records', { object: 'Contact', where: { OwnerId: U.repNA, HasOptedOutOfEmail: false }, limit: 20 })).result as { records: { Id: string; Email: string | null }[] }).records;
    const to = contacts.find((c) => c.Email)!;
    const params = { whoId: to.Id, subject: 'Renewal', body: 'Hi' };
    expect((await callTool(s, 'perform_action', { action: 'send_email', params })).code).toBe('approval_required');
    await callTool(s, 'request_approval', { action: 'send_email', params, reason: 'follow-up' });
    expect((await callTool(s, 'perform_action', { action: 'send_email', params })).status).toBe('ok');
    expect(layer.sandbox.diff()[0]).toMatchObject({ op: 'create', object: 'Task', values: { Subject: 'Email: Renewal', Type: 'Email', WhoId: to.Id } });
  });
});

describe('sandbox and audit log', () => {
  it('search sees the overlay; reset() drops it; diff() lists creates, updates and deletes', async () => {
    const s = session(U.admin);
    const made = await callTool(s, 'create_record', { object: 'Account', values: { Name: 'Zebulon Quux Holdings' } });
    const id = (made.result as { id: string }).id;
    const hit = (await callTool(s, 'search_records', { object: 'Account', query: 'Zebulon Quux' })).result as { records: { Id: string }[] };
    expect(hit.records.map((r) => r.Id)).toEqual([id]);
    await callTool(s, 'update_record', { object: 'Account', id: ACC_REP_NA, values: { Rating: 'Hot' } });
    expect(layer.sandbox.diff().map((d) => d.op).sort()).toEqual(['create', 'update']);
    layer.sandbox.reset();
    expect(layer.sandbox.diff()).toEqual([]);
    expect((await callTool(s, 'search_records', { object: 'Account', query: 'Zebulon Quux' })).result).toMatchObject({ count: 0 });
  });
  it('one audit entry per call, denied ones included, in the JSONL file and the DuckDB table', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'crmready-log-')), 'audit.jsonl');
    const log = new AuditLog({ file, db: acme.snap.db, table: 'audit_test', clock: () => new Date('2026-06-30T12:00:00Z') });
    const l2 = openToolLayer(acme.snap, layer.policy, { log, run: 'r1' });
    const s = l2.session({ actorId: U.repEMEA, scenario: 'audit' });
    await callTool(s, 'get_record', { object: 'Opportunity', id: oppRepNA });
    await callTool(s, 'get_record', { object: 'Opportunity', id: oppEMEA });
    await callTool(s, 'update_record', { object: 'Opportunity', id: oppEMEA, values: { NextStep: 'Demo' } });
    await callTool(s, 'nope', {});
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.tool, l.decision])).toEqual([['get_record', 'denied'], ['get_record', 'allowed'], ['update_record', 'allowed'], ['nope', 'denied']]);
    expect(lines[0]).toMatchObject({ run: 'r1', scenario: 'audit', actor: U.repEMEA, code: 'record_not_visible', time: '2026-06-30T12:00:00.000Z' });
    expect(lines[2].before).toHaveProperty('NextStep');
    expect(lines[2].after).toEqual({ NextStep: 'Demo' });
    await log.flush();
    const n = await acme.snap.db.runAndReadAll('SELECT count(*)::INT AS n FROM audit_test');
    expect(n.getRowObjectsJS()[0].n).toBe(4);
    log.close();
    await l2.sandbox.drop();
  });
});
