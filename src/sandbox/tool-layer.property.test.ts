/**
 * Property: whatever an AI asks, as whoever it acts for, no result ever carries a field or a record
 * that actor may not read — and thousands of random writes leave the snapshot's files and tables
 * exactly as they were.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveActor } from '../access/access-model.js';
import { readableFields } from '../access/permissions.js';
import { SAMPLE_ORG } from '../cli/paths.js';
import { sha256File } from '../snapshot/file-digest.js';
import { ACME_USERS, openAcme } from '../test-support/acme-tools.js';
import { recordAllowed } from './access-checks.js';
import { scriptedApprover } from './approvals.js';
import { callTool } from './call-tool.js';
import type { ToolLayer } from './index.js';

let acme: Awaited<ReturnType<typeof openAcme>>;
let layer: ToolLayer;
let ids: Record<string, string[]>;
const OBJECTS = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Task', 'User'];

async function tableDigest(): Promise<string> {
  const parts: string[] = [];
  for (const o of Object.keys(acme.snap.objects)) {
    const r = await acme.snap.db.runAndReadAll(`SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(t))::VARCHAR, '') AS d FROM ${acme.snap.objects[o].table} t`);
    parts.push(`${o}=${(r.getRowObjectsJS()[0] as { d: string }).d}`);
  }
  return parts.join(',');
}

beforeAll(async () => {
  acme = await openAcme();
  layer = acme.layer;
  ids = {};
  for (const o of OBJECTS) ids[o] = await layer.sandbox.store.ids(o);
});
afterAll(() => acme.close());

it('never discloses what the actor may not read; never modifies the snapshot', async () => {
  const manifest = JSON.parse(readFileSync(join(SAMPLE_ORG, 'snapshot.json'), 'utf8'));
  const before = await tableDigest();
  const users = [...Object.values(ACME_USERS), '005000000000000AAA'];
  const schema = acme.snap.schema.objects;
  const anyId = fc.oneof(fc.constantFrom(...OBJECTS).chain((o) => fc.constantFrom(...ids[o])), fc.constant('0015g00000ZZZZZAAA'));
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -10, max: 1e7 }), fc.boolean(), fc.constant(null), anyId,
    fc.constantFrom('Closed Won', '1970-01-01', '2026-07-01', 'not-an-email', '+14155550100'));
  const fieldsOf = (o: string) => fc.subarray(Object.keys(schema[o].fields), { maxLength: 4 });
  // Mostly Ids of the object asked for (so calls reach real records), sometimes any Id or none.
  const idOf = (o: string) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids[o]) }, { weight: 1, arbitrary: anyId });
  const call = fc.constantFrom(...OBJECTS).chain((object) => fc.oneof(
    fc.record({ tool: fc.constant('get_record'), input: fc.record({ object: fc.constant(object), id: idOf(object), fields: fc.option(fieldsOf(object), { nil: undefined }) }) }),
    fc.record({ tool: fc.constant('search_records'), input: fc.record({ object: fc.constant(object), query: fc.option(fc.constantFrom('a', 'inc', 'call', 'smith'), { nil: undefined }), limit: fc.integer({ min: 1, max: 50 }) }) }),
    fc.record({ tool: fc.constant('update_record'), input: fc.record({ object: fc.constant(object), id: idOf(object), values: fieldsOf(object).chain((fs) => fc.tuple(...fs.map(() => value)).map((vs) => Object.fromEntries(fs.map((f, i) => [f, vs[i]])))) }) }),
    fc.record({ tool: fc.constant('create_record'), input: fc.record({ object: fc.constant(object), values: fieldsOf(object).chain((fs) => fc.tuple(...fs.map(() => value)).map((vs) => Object.fromEntries(fs.map((f, i) => [f, vs[i]])))) }) }),
    fc.record({ tool: fc.constant('perform_action'), input: fc.record({ action: fc.constantFrom('update_stage', 'delete_record', 'log_call', 'mass_update'), params: fc.record({ id: anyId, object: fc.constant(object), stageName: fc.constant('Closed Won'), whatId: anyId, subject: fc.constant('s'), description: fc.constant('d'), ids: fc.array(anyId, { maxLength: 3 }), values: fc.constant({ Description: 'x' }) }, { requiredKeys: [] }) }) }),
  ));

  let writes = 0;
  let disclosed = 0;
  await fc.assert(fc.asyncProperty(fc.constantFrom(...users), fc.constantFrom('enforce', 'observe'), fc.array(call, { minLength: 1, maxLength: 12 }), async (actorId, mode, calls) => {
    const s = layer.session({ actorId, scenario: 'property', mode: mode as 'enforce' | 'observe', approver: scriptedApprover([{ action: 'update_stage', decision: 'approved' }]) });
    for (const c of calls) {
      const out = await callTool(s, c.tool, c.input);
      if (c.tool.endsWith('_record') && c.tool !== 'get_record' && c.tool !== 'search_records') writes++;
      if (c.tool === 'perform_action') writes++;
      const result = out.result as { record?: Record<string, unknown>; records?: Record<string, unknown>[]; object?: string };
      const shown = [...(result.record ? [result.record] : []), ...(result.records ?? [])];
      if (!shown.length) continue;
      const who = resolveActor(layer.access, actorId);
      expect('actor' in who, 'an unknown or inactive user got records').toBe(true);
      if (!('actor' in who)) continue;
      const object = result.object!;
      const mayRead = new Set(['Id', ...readableFields(layer.access, who.actor, object)]);
      disclosed += shown.length;
      for (const rec of shown) {
        for (const f of Object.keys(rec)) expect(mayRead.has(f), `${actorId} saw ${object}.${f}`).toBe(true);
        const full = await layer.sandbox.get(object, String(rec.Id));
        expect((await recordAllowed(s, who.actor, object, full!, 'read')).allowed, `${actorId} saw ${object} ${rec.Id}`).toBe(true);
      }
    }
    layer.sandbox.reset();
  }), { numRuns: 400, seed: 20261203 });

  expect(writes).toBeGreaterThan(1000);
  expect(disclosed).toBeGreaterThan(1000); // the property was really exercised
  expect(await tableDigest()).toBe(before);
  for (const [o, f] of Object.entries(manifest.objects) as [string, { file: string; sha256: string }][]) {
    expect(await sha256File(join(SAMPLE_ORG, f.file)), o).toBe(f.sha256);
  }
}, 120_000);
