import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../core/problem.js';
import { importCsv, type ImportOptions } from './index.js';
import { fingerprint, folderWith, tempDir } from './test-helpers.js';

const HEADER = 'Id,Name\n0015g0000000001AAA,Acme\n';

/** Runs an import that must fail; checks every problem is explained and nothing was written. */
async function problemsOf(opts: Partial<ImportOptions> & { src: string }): Promise<Problem[]> {
  const out = opts.out ?? join(tempDir(), 'snap');
  const before = existsSync(opts.src) ? fingerprint(opts.src) : undefined;
  const r = await importCsv({ profile: 'salesforce', out, ...opts });
  expect(r.ok).toBe(false);
  if (r.ok) return [];
  for (const p of r.problems) {
    expect(p.code).toMatch(/^[a-z_]+$/);
    expect(p.message.length).toBeGreaterThan(10);
    expect(p.hint, p.code).toBeTruthy();
  }
  if (!opts.out) expect(existsSync(out)).toBe(false);
  if (existsSync(dirname(out)) && statSync(dirname(out)).isDirectory()) {
    expect(readdirSync(dirname(out)).filter((n) => n.includes('.partial-'))).toEqual([]); // no staging left
  }
  if (before) expect(fingerprint(opts.src)).toEqual(before);
  return r.problems;
}

describe('import problems', () => {
  it('missing SRC', async () => {
    const [p] = await problemsOf({ src: '/nonexistent/export' });
    expect(p).toMatchObject({ code: 'src_not_found', file: '/nonexistent/export' });
  });

  it('a folder without CSV files', async () => {
    const src = folderWith({ 'README.txt': 'hello' });
    expect(await problemsOf({ src })).toMatchObject([{ code: 'no_source_files', file: src }]);
  });

  it('a single file that is not CSV', async () => {
    const src = join(folderWith({ 'Account.xlsx': 'PK' }), 'Account.xlsx');
    expect(await problemsOf({ src })).toMatchObject([{ code: 'not_a_source_file', file: src }]);
  });

  it('an unknown profile, listing the known ones', async () => {
    const [p] = await problemsOf({ src: folderWith({ 'Account.csv': HEADER }), profile: 'pipedrive' });
    expect(p.code).toBe('unknown_profile');
    expect(p.message).toContain('salesforce, tree');
  });

  it('an object name that is not an API name, and Data Loader\'s default file name', async () => {
    const src = folderWith({ 'My Accounts.csv': HEADER, 'extract.csv': HEADER });
    const ps = await problemsOf({ src });
    expect(ps.map((p) => [p.code, p.file])).toEqual([
      ['invalid_object_name', join(src, 'My Accounts.csv')], ['invalid_object_name', join(src, 'extract.csv')],
    ]);
    expect(ps[0].hint).toContain('My_Accounts__c.csv');
  });

  it('two files for one object', async () => {
    const src = folderWith({ 'Account.csv': HEADER, 'account.CSV': HEADER });
    expect(await problemsOf({ src })).toMatchObject([{ code: 'duplicate_object', field: 'Account' }]);
  });

  it('an empty file, an empty header name, a duplicate header name', async () => {
    const src = folderWith({ 'Account.csv': '', 'Contact.csv': 'Id,,LastName\n1,2,3\n', 'Lead.csv': 'Id,Email,email\n' });
    const ps = await problemsOf({ src });
    expect(ps.map((p) => [p.code, p.file, p.line])).toEqual([
      ['empty_file', join(src, 'Account.csv'), undefined],
      ['empty_header', join(src, 'Contact.csv'), 1],
      ['duplicate_header', join(src, 'Lead.csv'), 1],
    ]);
  });

  it('a header with an unclosed quote (malformed CSV at line N)', async () => {
    const src = folderWith({ 'Account.csv': '\n"Id,Name\n1,2\n' });
    expect(await problemsOf({ src })).toMatchObject([{ code: 'malformed_csv', line: 2, file: join(src, 'Account.csv') }]);
  });

  it('a semicolon-separated file', async () => {
    const src = folderWith({ 'Account.csv': 'Id;Name\n1;Acme\n' });
    expect(await problemsOf({ src })).toMatchObject([{ code: 'wrong_delimiter', line: 1 }]);
  });

  it('a file so broken it is not CSV', async () => {
    const src = folderWith({ 'Account.csv': 'Id,Name\n' + '"x,1\n'.repeat(1100) });
    expect(await problemsOf({ src })).toMatchObject([{ code: 'malformed_csv', file: join(src, 'Account.csv') }]);
  });

  it('invalid JSON, with its line and column', async () => {
    const src = folderWith({ 'data-Account.json': '{\n  "records": [\n    {"Name": "A",}\n  ]\n}' });
    const [p] = await problemsOf({ src: join(src, 'data-Account.json'), profile: 'tree' });
    expect(p).toMatchObject({ code: 'invalid_json', file: join(src, 'data-Account.json'), line: 3 });
  });

  it('a plan naming no files, a folder without a plan, a folder with two', async () => {
    const empty = folderWith({ 'data-plan.json': '[{"sobject": "Account", "files": []}]' });
    expect(await problemsOf({ src: empty, profile: 'tree' })).toMatchObject([{ code: 'plan_empty', file: join(empty, 'data-plan.json') }]);
    const none = folderWith({ 'data-Account.json': '{"records": []}' });
    expect(await problemsOf({ src: none, profile: 'tree' })).toMatchObject([{ code: 'no_source_files' }]);
    const two = folderWith({ 'a-plan.json': '[]', 'b-plan.json': '[]' });
    expect(await problemsOf({ src: two, profile: 'tree' })).toMatchObject([{ code: 'ambiguous_plan' }]);
  });

  it('a plan whose files are all missing, or that is not a plan', async () => {
    const gone = folderWith({ 'data-plan.json': '[{"sobject": "Account", "files": ["data-Account.json"]}]' });
    expect(await problemsOf({ src: gone, profile: 'tree' })).toMatchObject([{ code: 'no_source_files' }]);
    const notPlan = folderWith({ 'data-plan.json': '{"sobject": "Account"}' });
    expect((await problemsOf({ src: notPlan, profile: 'tree' }))[0].code).toBe('invalid_tree_file');
    const badName = folderWith({ 'data-plan.json': '[{"sobject": "My Thing", "files": ["x.json"]}]', 'x.json': '{"records":[]}' });
    expect(await problemsOf({ src: badName, profile: 'tree' })).toMatchObject([{ code: 'invalid_object_name', field: 'My Thing' }]);
  });

  it('a tree data file without records', async () => {
    const src = folderWith({ 'data-Account.json': '[1, 2]' });
    expect(await problemsOf({ src: join(src, 'data-Account.json'), profile: 'tree' })).toMatchObject([{ code: 'invalid_tree_file', field: 'records' }]);
  });

  it('an output folder that exists (and is kept)', async () => {
    const src = folderWith({ 'Account.csv': HEADER });
    const out = tempDir();
    writeFileSync(join(out, 'keep.txt'), 'mine');
    expect(await problemsOf({ src, out })).toMatchObject([{ code: 'output_exists', file: out }]);
    expect(readdirSync(out)).toEqual(['keep.txt']);
  });

  it('an output folder that overlaps the source, even with replace', async () => {
    const src = folderWith({ 'Account.csv': HEADER });
    expect(await problemsOf({ src, out: src, replace: true })).toMatchObject([{ code: 'output_overlaps_source' }]);
    expect(await problemsOf({ src: join(src, 'Account.csv'), out: src, replace: true })).toMatchObject([{ code: 'output_overlaps_source' }]);
    const nested = join(src, 'snap');
    expect(await problemsOf({ src, out: nested })).toMatchObject([{ code: 'output_overlaps_source' }]);
  });

  it('a bad asOf', async () => {
    expect(await problemsOf({ src: folderWith({ 'Account.csv': HEADER }), asOf: '2024-02-30' })).toMatchObject([{ code: 'invalid_option', field: 'asOf' }]);
  });

  it('an access.json that breaks the contract', async () => {
    const dir = folderWith({
      'Account.csv': HEADER,
      'bad/access.json': JSON.stringify({ orgDefaults: { Account: 'Public' }, roles: [], profiles: [], users: [] }),
      'dangling/access.json': JSON.stringify({ orgDefaults: {}, roles: [], profiles: [], users: [{ id: 'u', name: 'U', profileId: 'nope' }] }),
    });
    const src = join(dir, 'Account.csv');
    expect(await problemsOf({ src, access: join(dir, 'bad', 'access.json') })).toMatchObject([{ code: 'invalid_access', field: 'orgDefaults.Account' }]);
    expect(await problemsOf({ src, access: join(dir, 'dangling', 'access.json') })).toMatchObject([{ code: 'invalid_access', field: 'users.0.profileId' }]);
    expect(await problemsOf({ src, access: join(dir, 'none.json') })).toMatchObject([{ code: 'invalid_access' }]);
  });

  it('an output folder that cannot be written', async () => {
    const blocker = join(tempDir(), 'file');
    writeFileSync(blocker, 'x'); // a file where the output's parent folder should be
    const [p] = await problemsOf({ src: folderWith({ 'Account.csv': HEADER }), out: join(blocker, 'snap') });
    expect(p.code).toBe('output_unwritable');
  });
});
