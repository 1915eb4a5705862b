import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAcme } from '../test-support/acme-tools.js';
import { Sandbox, type SearchSpec } from './sandbox.js';

let acme: Awaited<ReturnType<typeof openAcme>>;
beforeAll(async () => { acme = await openAcme(); });
afterAll(() => acme.close());

describe('Sandbox search: in memory and in DuckDB agree, overlay over snapshot', () => {
  const specs: [string, Partial<SearchSpec>][] = [
    ['Account', { query: 'inc' }],
    ['Account', { query: 'pemberton ROUSSEAU' }],
    ['Contact', { where: { AccountId: '0015g0000000001AAA' } }],
    ['Opportunity', { where: { IsClosed: false, StageName: 'prospecting' } }],
    ['Opportunity', { where: { Amount: 85200 } }],
    ['Task', { where: { ActivityDate: '2026-06-20' } }],
    ['Lead', { where: { Email: null }, query: 'a' }],
  ];
  it('returns the same Ids either way, after creates, updates and deletes', async () => {
    const mem = new Sandbox(acme.snap);
    const sql = new Sandbox(acme.snap, { sqlSearch: true });
    for (const box of [mem, sql]) {
      await box.create('Account', { Name: 'Pemberton Rousseau Inc Holdings' });
      await box.update('Opportunity', '0065g0000000001AAA', { Amount: 85200, StageName: 'Prospecting', IsClosed: false });
      await box.delete('Contact', '0035g0000000002AAA');
    }
    for (const [object, spec] of specs) {
      const full: SearchSpec = { textFields: ['Name', 'FirstName', 'LastName', 'Email', 'Subject', 'Company'].filter((f) => acme.snap.schema.objects[object].fields[f]), limit: 500, offset: 0, ...spec };
      const a = await mem.search(object, full);
      const b = await sql.search(object, full);
      expect(a, `${object} ${JSON.stringify(spec)}`).toEqual(b);
      expect(a.length, `${object} ${JSON.stringify(spec)} finds something`).toBeGreaterThan(0);
    }
    expect(await mem.search('Contact', { textFields: [], where: { AccountId: '0015g0000000001AAA' }, limit: 500, offset: 0 })).not.toContain('0035g0000000002AAA');
    await sql.drop();
  });
});
