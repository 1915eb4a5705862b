import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrmError } from '../core/problem.js';
import { AccessFileSchema } from '../core/snapshot-files.js';
import { CANONICAL_OBJECTS } from '../snapshot/canonical/index.js';
import { generateOrg, type GenerateSummary } from './index.js';
import { readSnapshot } from './test-support/read-snapshot.js';

const CHECK_PY = join(import.meta.dirname, '../../../shared/contract/check.py');

function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix = '') => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      if (f.isDirectory()) walk(join(d, f.name), `${prefix}${f.name}/`);
      else out[prefix + f.name] = createHash('sha256').update(readFileSync(join(d, f.name))).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('generateOrg', () => {
  const root = mkdtempSync(join(tmpdir(), 'crmready-gen-'));
  const dir = (name: string) => join(root, name);
  let small: GenerateSummary;
  let smallAgain: GenerateSummary;

  beforeAll(async () => {
    small = await generateOrg({ out: dir('a'), seed: 7, scale: 'small' });
    smallAgain = await generateOrg({ out: dir('b'), seed: 7, scale: 'small', singleThread: true });
    await generateOrg({ out: dir('c'), seed: 8, scale: 'small' });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives byte-identical files for the same seed and scale, with or without the worker thread', () => {
    expect(small.threads).toBe(2);
    expect(smallAgain.threads).toBe(1);
    const a = digests(dir('a'));
    expect(Object.keys(a).sort()).toEqual(['access.json', 'data/Account.csv', 'data/Case.csv', 'data/Contact.csv', 'data/Lead.csv',
      'data/Opportunity.csv', 'data/Task.csv', 'data/User.csv', 'data/UserRole.csv', 'defects.json', 'schema.json', 'snapshot.json']);
    expect(digests(dir('b'))).toEqual(a);
  });

  it('stays identical across threads when objects span many chunks', async () => {
    // 17k contacts: 2+ contact chunks and 2 task chunks, claimed by both threads in any order.
    const [x, y] = [await generateOrg({ out: dir('x'), seed: 3, scale: 17_000 }), await generateOrg({ out: dir('y'), seed: 3, scale: 17_000, singleThread: true })];
    expect(x.threads).toBe(2);
    expect(x.objects).toEqual(y.objects);
    expect(digests(dir('x'))).toEqual(digests(dir('y')));
  });

  it('gives different data for a different seed', () => {
    const a = digests(dir('a')), c = digests(dir('c'));
    for (const f of ['data/Account.csv', 'data/Contact.csv', 'data/Task.csv', 'defects.json']) expect(c[f]).not.toBe(a[f]);
  });

  it('passes the snapshot contract check', (ctx) => {
    if (!existsSync(CHECK_PY)) {
      console.warn(`SKIPPED: ${CHECK_PY} not found, contract check not run`);
      ctx.skip();
    }
    const r = spawnSync('python3', [CHECK_PY, 'snapshot', dir('a')], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('ok: snapshot');
    expect(r.status).toBe(0);
  });

  it('describes itself in snapshot.json and reports what it wrote', () => {
    const s = readSnapshot(dir('a'));
    expect(s.manifest.asOf).toBe('2026-06-30');
    expect(s.manifest.capturedAt.startsWith('2026-06-30')).toBe(true);
    expect(s.manifest.source).toMatchObject({ kind: 'generator', seed: 7, scale: 'small', contacts: 500 });
    for (const [object, n] of Object.entries(small.objects)) expect(s.rows[object].length, object).toBe(n);
    const total = Object.values(small.objects).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(1800);
    expect(total).toBeLessThan(2300);
    const counted: Record<string, number> = {};
    for (const d of s.defects) counted[d.code] = (counted[d.code] ?? 0) + 1;
    expect(counted).toEqual(small.defects);
  });

  it('keeps the committed-fixture size small', () => {
    const bytes = Object.keys(digests(dir('a'))).reduce((n, f) => n + readFileSync(join(dir('a'), f)).length, 0);
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('writes every canonical field, in the canonical order', () => {
    const s = readSnapshot(dir('a'));
    for (const [object, def] of Object.entries(CANONICAL_OBJECTS)) expect(s.headers[object], object).toEqual(Object.keys(def.fields));
  });

  it('writes an access model whose users, roles and profiles hold together', () => {
    const raw = JSON.parse(readFileSync(join(dir('a'), 'access.json'), 'utf8')) as unknown;
    const access = AccessFileSchema.parse(raw);
    const roles = new Set(access.roles.map((r) => r.id));
    const profiles = new Map(access.profiles.map((p) => [p.name, p]));
    for (const u of access.users) {
      expect(roles.has(u.roleId!), u.name).toBe(true);
      expect(access.profiles.some((p) => p.id === u.profileId), u.name).toBe(true);
    }
    for (const r of access.roles) if (r.parentId) expect(roles.has(r.parentId)).toBe(true);
    expect(access.roles.filter((r) => !r.parentId)).toHaveLength(1);
    expect(access.users.filter((u) => !u.active).length).toBeGreaterThanOrEqual(2);
    expect(Object.values(access.orgDefaults)).toContain('Private');
    expect(profiles.get('Service Agent')!.fields['Account.AnnualRevenue']).toEqual({ read: false, edit: false });
    for (const name of ['Sales Rep', 'Service Agent']) {
      expect(profiles.get(name)!.fields['Contact.Birthdate']?.read, name).toBe(false);
      expect(profiles.get(name)!.fields['Contact.HomePhone']?.read, name).toBe(false);
    }
    for (const name of ['System Administrator', 'Sales Manager']) expect(profiles.get(name)!.fields['Contact.Birthdate'], name).toBeUndefined();
    const users = new Set(access.users.map((u) => u.id));
    const sets = new Set(access.permissionSets.map((p) => p.id));
    expect(access.assignments.length).toBeGreaterThan(0);
    for (const a of access.assignments) expect(users.has(a.userId) && sets.has(a.permissionSetId)).toBe(true);
    // User.csv agrees with access.json.
    const s = readSnapshot(dir('a'));
    for (const u of s.rows.User) {
      const au = access.users.find((x) => x.id === u.Id)!;
      expect(au.roleId).toBe(u.UserRoleId);
      expect(au.profileId).toBe(u.ProfileId);
      expect(String(au.active)).toBe(u.IsActive);
    }
  });

  it('refuses bad options with problems, not stack traces', async () => {
    await expect(generateOrg({ out: dir('bad'), seed: 1, scale: 3 })).rejects.toBeInstanceOf(CrmError);
    await expect(generateOrg({ out: dir('bad'), seed: -1, scale: 'small' })).rejects.toThrow(/seed/);
    await expect(generateOrg({ out: dir('bad'), seed: 1, scale: 'huge' as 'small' })).rejects.toThrow(/scale/);
  });

  it('leaves an existing folder alone unless asked to replace it', async () => {
    mkdirSync(dir('taken'));
    writeFileSync(join(dir('taken'), 'keep.txt'), 'mine');
    await expect(generateOrg({ out: dir('taken'), seed: 1, scale: 'small' })).rejects.toThrow(/already exists/);
    expect(readFileSync(join(dir('taken'), 'keep.txt'), 'utf8')).toBe('mine');
    await generateOrg({ out: dir('taken'), seed: 1, scale: 'small', replace: true });
    expect(existsSync(join(dir('taken'), 'keep.txt'))).toBe(false);
    expect(existsSync(join(dir('taken'), 'snapshot.json'))).toBe(true);
  });
});
