import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTinySnapshot } from '../test-support/tiny-snapshot.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { auditSnapshot } from './index.js';

describe('audit on a tiny snapshot', () => {
  it('writes audit.json and findings.csv per contract', async () => {
    const snap = await loadSnapshot(writeTinySnapshot());
    const out = mkdtempSync(join(tmpdir(), 'crmready-audit-'));
    const packDir = mkdtempSync(join(tmpdir(), 'crmready-pack-'));
    writeFileSync(join(packDir, 'p.yaml'), 'pack: t\nchecks:\n  - kind: required\n  - kind: reference\n    object: Contact\n');
    try {
      const res = await auditSnapshot(snap, out, { defaultPacks: false, audits: [packDir] });
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      const audit = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));
      expect(audit.format).toBe('crmready-audit/1');
      // The loader's warnings (a column schema.json lacks) belong to the run's record too.
      expect(audit.warnings.map((w: { code: string; field?: string }) => `${w.code}:${w.field}`)).toContain('column_not_in_schema:Legacy_Code__c');
      const ids = audit.checks.map((c: { id: string }) => c.id);
      expect(ids).toContain('reference.Contact.AccountId');
      const ref = audit.checks.find((c: { id: string }) => c.id === 'reference.Contact.AccountId');
      expect(ref).toMatchObject({ evaluated: 2, failed: 1, code: 'orphan_reference' });
      const csv = readFileSync(join(out, 'findings.csv'), 'utf8').trim().split('\n');
      expect(csv[0]).toBe('object,id,field,code,check,value,cluster,message');
      expect(csv).toContain('Contact,003000000000002AAA,AccountId,orphan_reference,reference.Contact.AccountId,001000000000009AAA,,AccountId points to no Account in the snapshot');
    } finally {
      snap.close();
    }
  });
});
