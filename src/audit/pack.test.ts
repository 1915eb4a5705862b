import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuditPlan } from './pack.js';

function pack(dir: string, name: string, body: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
}

describe('loadAuditPlan', () => {
  it('rejects two entries of one pack with the same explicit id, naming both lines', () => {
    const file = pack(mkdtempSync(join(tmpdir(), 'crmready-pack-')), 'dup.yaml', 'pack: mine\nchecks:\n  - {kind: required, id: same, object: Contact, fields: [LastName]}\n  - {kind: required, id: same, object: Lead, fields: [LastName]}\n');
    const r = loadAuditPlan(undefined, [file]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toMatchObject([{ code: 'duplicate_check_id', file, line: 4, field: 'checks.1.id' }]);
    expect(r.problems[0].message).toContain(`${file}:3`);
  });
  it('still lets a check of a later pack override an earlier pack\'s check of the same id', () => {
    const root = mkdtempSync(join(tmpdir(), 'crmready-pack-'));
    pack(join(root, 'default'), 'default.yaml', 'pack: default\nchecks:\n  - {kind: required, id: same, object: Contact, fields: [LastName]}\n');
    const mine = pack(root, 'mine.yaml', 'pack: mine\nchecks:\n  - {kind: required, id: same, object: Lead, fields: [LastName]}\n');
    const r = loadAuditPlan(join(root, 'default'), [mine]);
    expect(r.ok && r.value.checks.map((c) => [c.spec.id, c.spec.object, c.file])).toEqual([['same', 'Lead', mine]]);
  });
});
