import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PullStaging, stagingDirFor } from './pull-staging.js';

const key = { instanceUrl: 'http://127.0.0.1:1', apiVersion: '62.0', objects: ['Account', 'Contact'] };
const meta = { via: 'rest' as const, def: { fields: { Id: { type: 'id' as const } } }, fields: ['Id'], skipped: {}, permissionable: [] };

describe('pull staging (resume per object)', () => {
  it('keeps finished objects for a pull with the same options, and drops unfinished ones', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'crm-staging-')), 'snap');
    const a = await PullStaging.open(out, key);
    expect(a.previous).toBe('none');
    const w = a.open('Account', ['Id']);
    w.writeRow(['001']);
    a.finish('Account', w, meta);
    const partial = a.open('Contact', ['Id']);
    partial.writeRow(['003']);
    // …the process dies here.
    const b = await PullStaging.open(out, key);
    expect(b.previous).toBe('resumed');
    expect(Object.keys(b.finished())).toEqual(['Account']);
    expect(b.finished().Account.rows).toBe(1);
    expect(b.dir).toBe(stagingDirFor(out));
  });
  it('redoes an object whose file changed, and starts over for other options', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'crm-staging-')), 'snap');
    const a = await PullStaging.open(out, key);
    const w = a.open('Account', ['Id']);
    w.writeRow(['001']);
    a.finish('Account', w, meta);
    writeFileSync(a.dataFile('Account'), 'Id\n002\n');
    expect(Object.keys((await PullStaging.open(out, key)).finished())).toEqual([]);
    const w2 = a.open('Account', ['Id']);
    a.finish('Account', w2, meta);
    const other = await PullStaging.open(out, { ...key, whereSince: '2026-01-01' });
    expect(other.previous).toBe('discarded');
    expect(other.finished()).toEqual({});
    other.remove();
    expect(existsSync(other.dir)).toBe(false);
  });
});
