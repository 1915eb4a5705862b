import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTinySnapshot } from '../test-support/tiny-snapshot.js';
import { queryRows } from './duckdb.js';
import { loadSnapshotResult, type LoadedSnapshot } from './load-snapshot.js';
import { sha256File } from './file-digest.js';
import { findUnparsedValues } from './unparsed-values.js';

const open: LoadedSnapshot[] = [];
afterEach(() => open.splice(0).forEach((s) => s.close()));

async function load(dir: string, opts = {}) {
  const res = await loadSnapshotResult(dir, opts);
  if (res.ok) open.push(res.value);
  return res;
}

function editJson(dir: string, file: string, edit: (j: any) => void) {
  const p = join(dir, file);
  const j = JSON.parse(readFileSync(p, 'utf8'));
  edit(j);
  writeFileSync(p, JSON.stringify(j));
}

/** Replaces an object's data file and, unless `sealed` is false, records its checksum (and row count) in snapshot.json. */
async function replaceDataFile(dir: string, object: string, content: string | Buffer, opts: { rows?: number; sealed?: boolean } = {}): Promise<string> {
  const file = join(dir, `data/${object}.csv`);
  writeFileSync(file, content);
  if (opts.sealed !== false) {
    const sha256 = await sha256File(file);
    editJson(dir, 'snapshot.json', (j) => { j.objects[object].sha256 = sha256; if (opts.rows !== undefined) j.objects[object].rows = opts.rows; });
  }
  return file;
}

describe('loadSnapshot', () => {
  it('loads typed tables and keeps the raw text', async () => {
    const dir = writeTinySnapshot();
    const res = await load(dir);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const s = res.value;
    expect(s.objects.Account.rows).toBe(3);
    const rows = await queryRows(s.db, `SELECT Id, Name, AnnualRevenue, CreatedDate, Legacy_Code__c FROM ${s.objects.Account.table} ORDER BY Id`);
    expect(rows[0]).toMatchObject({ Name: 'Globex, Inc.', AnnualRevenue: 1200000, Legacy_Code__c: 'G-1' });
    expect(String(rows[0].CreatedDate)).toBe('2024-01-02 03:04:05');
    expect(rows[1].AnnualRevenue).toBeNull();
    expect(rows[2].Name).toBe('Line\nbreak Ltd');
    const raw = await queryRows(s.db, `SELECT AnnualRevenue FROM ${s.objects.Account.rawTable} ORDER BY Id`);
    expect(raw[1].AnnualRevenue).toBe('lots');
    const types = await queryRows<{ column_name: string; data_type: string }>(s.db, `SELECT column_name, data_type FROM duckdb_columns() WHERE database_name='snap' AND schema_name='main' AND table_name='Contact'`);
    const t = Object.fromEntries(types.map((r) => [r.column_name, r.data_type]));
    expect(t).toMatchObject({ Id: 'VARCHAR', Birthdate: 'DATE', HasOptedOutOfEmail: 'BOOLEAN', LastModifiedDate: 'TIMESTAMP' });
    // Unparsable values and unknown columns are reported, never dropped.
    const codes = [...s.warnings, ...(await findUnparsedValues(s))].map((w) => `${w.code}:${w.field}`);
    expect(codes).toContain('unparsed_values:Account.AnnualRevenue');
    expect(codes).toContain('unparsed_values:Contact.Birthdate');
    expect(codes).toContain('column_not_in_schema:Legacy_Code__c');
  });

  it('refuses a data file whose checksum does not match, and leaves it as it was', async () => {
    const dir = writeTinySnapshot();
    const file = join(dir, 'data/Contact.csv');
    appendFileSync(file, '003000000000003AAA,,Extra,,\n');
    const before = readFileSync(file);
    const res = await load(dir);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.problems[0]).toMatchObject({ code: 'checksum_mismatch', file });
    expect(res.problems[0].hint).toMatch(/immutable/);
    expect(readFileSync(file)).toEqual(before);
  });

  it('refuses a wrong row count', async () => {
    const dir = writeTinySnapshot();
    editJson(dir, 'snapshot.json', (j) => { j.objects.Account.rows = 7; });
    const res = await load(dir);
    expect(!res.ok && res.problems[0].code).toBe('row_count_mismatch');
  });

  it('names a missing data file', async () => {
    const dir = writeTinySnapshot();
    rmSync(join(dir, 'data/Account.csv'));
    const res = await load(dir);
    expect(!res.ok && res.problems[0]).toMatchObject({ code: 'missing_file', file: join(dir, 'data/Account.csv') });
  });

  it('names the bad key of an invalid schema.json', async () => {
    const dir = writeTinySnapshot();
    editJson(dir, 'schema.json', (j) => { j.objects.Account.fields.Name.type = 'text'; });
    const res = await load(dir);
    expect(!res.ok && res.problems[0]).toMatchObject({ code: 'invalid_schema', field: 'objects.Account.fields.Name.type' });
  });

  it('reports JSON syntax errors with a line', async () => {
    const dir = writeTinySnapshot();
    writeFileSync(join(dir, 'access.json'), '{\n "orgDefaults": {},\n "roles": [,]\n}');
    const res = await load(dir);
    expect(!res.ok && res.problems[0]).toMatchObject({ code: 'invalid_json', line: 3 });
  });

  it('rejects unknown objects, unknown profiles and a missing folder', async () => {
    const dir = writeTinySnapshot();
    const a = await load(dir, { objects: ['Opportunity'] });
    expect(!a.ok && a.problems[0]).toMatchObject({ code: 'unknown_object', field: 'Opportunity' });
    editJson(dir, 'schema.json', (j) => { delete j.objects.Contact; });
    const b = await load(dir);
    expect(!b.ok && b.problems[0]).toMatchObject({ code: 'unknown_object', field: 'objects.Contact' });
    const c = await load(join(dir, 'nope'));
    expect(!c.ok && c.problems[0].code).toBe('snapshot_not_found');
    const d = writeTinySnapshot();
    editJson(d, 'access.json', (j) => { j.users[0].profileId = '00eXXX'; });
    const e = await load(d);
    expect(!e.ok && e.problems[0]).toMatchObject({ code: 'invalid_access', field: 'users.0.profileId' });
  });

  it('reports a malformed CSV with its line', async () => {
    const dir = writeTinySnapshot();
    const file = await replaceDataFile(dir, 'Contact', 'Id,AccountId,LastName,Email,Birthdate\n003000000000001AAA,,Smith,,\n003000000000002AAA,,"Unclosed,,\n', { rows: 2 });
    const res = await load(dir);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.problems[0]).toMatchObject({ code: 'malformed_csv', file });
    expect(res.problems[0].line).toBeGreaterThanOrEqual(3);
  });

  it('reports a schema.json syntax error as JSON, not as a bad field definition', async () => {
    const dir = writeTinySnapshot();
    appendFileSync(join(dir, 'schema.json'), '\n}');
    const res = await load(dir);
    expect(!res.ok && res.problems[0]).toMatchObject({ code: 'invalid_json', file: join(dir, 'schema.json') });
    expect(!res.ok && res.problems[0].hint).toMatch(/^schema\.json is not valid JSON: fix the syntax at line \d+, column \d+/);
  });

  it('warns about rows without an Id, naming the first data rows', async () => {
    const dir = writeTinySnapshot();
    const file = await replaceDataFile(dir, 'Account', 'Id,Name\n001000000000001AAA,A\n,B\n  ,C\n001000000000004AAA,D\n', { rows: 4 });
    const res = await load(dir);
    if (!res.ok) throw new Error(JSON.stringify(res.problems));
    const blank = res.value.warnings.filter((w) => w.code === 'blank_id');
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatchObject({ file, field: 'Id' });
    expect(blank[0].message).toMatch(/^2 row\(s\) of Account have no Id \(data row 2, 3\)/);
  });
  it('loads NaN and infinities in number fields as values that do not parse, keeping the text', async () => {
    const dir = writeTinySnapshot();
    await replaceDataFile(dir, 'Account', 'Id,Name,AnnualRevenue\n001000000000001AAA,A,NaN\n001000000000002AAA,B,-Infinity\n001000000000003AAA,C,inf\n001000000000004AAA,D,12.5\n', { rows: 4 });
    const res = await load(dir);
    if (!res.ok) throw new Error(JSON.stringify(res.problems));
    const s = res.value;
    const typed = await queryRows(s.db, `SELECT AnnualRevenue FROM ${s.objects.Account.table} ORDER BY Id`);
    expect(typed.map((r) => r.AnnualRevenue)).toEqual([null, null, null, 12.5]);
    const raw = await queryRows(s.db, `SELECT AnnualRevenue FROM ${s.objects.Account.rawTable} ORDER BY Id`);
    expect(raw.map((r) => r.AnnualRevenue)).toEqual(['NaN', '-Infinity', 'inf', '12.5']);
    expect((await findUnparsedValues(s)).find((p) => p.field === 'Account.AnnualRevenue')?.message).toMatch(/^3 value/);
  });

  it('says a file is not UTF-8, with its line, whether a row, the header or the checksum reports first', async () => {
    const latin1 = (dir: string, text: string, sealed = true) => replaceDataFile(dir, 'Contact', Buffer.from(text, 'latin1'), { sealed });
    const rows = 'Id,AccountId,LastName,Email,Birthdate\n003000000000001AAA,,Smith,,\n003000000000002AAA,,M\xfcller,,\n';
    const dir = writeTinySnapshot();
    const file = await latin1(dir, rows);
    const a = await load(dir);
    expect(!a.ok && a.problems).toMatchObject([{ code: 'not_utf8', file, line: 3 }]);
    expect(!a.ok && a.problems[0].hint).toMatch(/UTF-8.*iconv -f latin1 -t utf-8 Contact\.csv > Contact-utf8\.csv.*capture the snapshot again/);
    // DuckDB does not check the header row: the loader's header reader must.
    const h = writeTinySnapshot();
    await latin1(h, 'Id,AccountId,LastName,Email,Birthdate,Pr\xe9nom__c\n003000000000001AAA,,Smith,,,\n003000000000002AAA,,Jones,,,\n');
    const b = await load(h);
    expect(!b.ok && b.problems).toMatchObject([{ code: 'not_utf8', line: 1 }]);
    // A file re-saved after capture: the checksum reports first, with and without a cache.
    for (const cache of [undefined, mkdtempSync(join(tmpdir(), 'crmready-cache-'))]) {
      const c = writeTinySnapshot();
      if (cache) expect((await load(c, { cache })).ok).toBe(true);
      const changed = await latin1(c, rows, false);
      const r = await load(c, { cache });
      expect(!r.ok && r.problems.map((p) => [p.code, p.file, p.line])).toEqual([['checksum_mismatch', changed, undefined], ['not_utf8', changed, 3]]);
    }
  });

  it('builds a cache once and reuses it read-only', async () => {
    const dir = writeTinySnapshot();
    const cache = mkdtempSync(join(tmpdir(), 'crmready-cache-'));
    const first = await load(dir, { cache });
    expect(first.ok && first.value.fromCache).toBe(false);
    const second = await load(dir, { cache });
    expect(second.ok && second.value.fromCache).toBe(true);
    if (!second.ok) return;
    const rows = await queryRows(second.value.db, `SELECT count(*) AS n FROM ${second.value.objects.Contact.table}`);
    expect(Number(rows[0].n)).toBe(2);
    // The typed and raw relations are views over one stored table, and that table is read-only.
    await expect(second.value.db.run(`DELETE FROM ${second.value.objects.Contact.table}`)).rejects.toThrow();
    await expect(second.value.db.run(`DELETE FROM ${second.value.objects.Contact.storeTable}`)).rejects.toThrow(/read-only|read only/i);
    // A changed file is caught even though a cache exists for the old checksums.
    appendFileSync(join(dir, 'data/Contact.csv'), '003000000000009AAA,,X,,\n');
    const third = await load(dir, { cache });
    expect(!third.ok && third.problems[0].code).toBe('checksum_mismatch');
  });
});

describe('loadSnapshot without a cache', () => {
  const scratchFiles = () => readdirSync(join(tmpdir(), 'crmready-duckdb')).filter((f) => f.startsWith(`snapshot-${process.pid}-`));

  it('keeps the tables in a read-only scratch file that close() removes', async () => {
    const before = scratchFiles().length;
    const res = await loadSnapshotResult(writeTinySnapshot());
    if (!res.ok) throw new Error('load failed');
    expect(scratchFiles().length).toBe(before + 1);
    await expect(res.value.db.run(`DELETE FROM ${res.value.objects.Contact.storeTable}`)).rejects.toThrow(/read-only|read only/i);
    res.value.close();
    expect(scratchFiles().length).toBe(before);
  });

  it('removes the scratch file of a snapshot that fails to load, and those of dead processes', async () => {
    const dir = writeTinySnapshot();
    const orphan = join(tmpdir(), 'crmready-duckdb', 'snapshot-999999999-0badf00d.duckdb');
    writeFileSync(orphan, '');
    const before = scratchFiles().length;
    appendFileSync(join(dir, 'data/Contact.csv'), '003000000000009AAA,,X,,\n');
    const res = await loadSnapshotResult(dir);
    expect(!res.ok && res.problems[0].code).toBe('checksum_mismatch');
    expect(scratchFiles().length).toBe(before);
    expect(existsSync(orphan)).toBe(false);
  });
});

describe('summariseSnapshot', () => {
  it('counts rows, filled cells and missing required values', async () => {
    const { summariseSnapshot } = await import('./summarise-snapshot.js');
    const res = await load(writeTinySnapshot());
    if (!res.ok) throw new Error('load failed');
    const s = await summariseSnapshot(res.value);
    expect(s.totalRows).toBe(5);
    const acc = s.objects.find((o) => o.object === 'Account')!;
    expect(acc).toMatchObject({ rows: 3, columns: 5 });
    expect(acc.filledPct).toBeCloseTo((3 + 3 + 2 + 2 + 2) / 15 * 100, 0);
    expect(s.objects.find((o) => o.object === 'Contact')!.requiredMissing).toEqual({});
  });
});
