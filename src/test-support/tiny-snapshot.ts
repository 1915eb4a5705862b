/** A tiny hand-written snapshot for tests that need one without running the generator. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccessFileInput } from '../core/snapshot-files.js';
import { canonicalSchema } from '../snapshot/canonical/index.js';
import { SnapshotWriter } from '../snapshot/snapshot-writer.js';

export const TINY_ACCESS: AccessFileInput = {
  orgDefaults: { Account: 'Private', Contact: 'ControlledByParent' },
  roles: [{ id: '00E000000000001AAA', name: 'CEO', parentId: null }],
  profiles: [{ id: '00e000000000001AAA', name: 'System Administrator', objects: { Account: { create: true, read: true, edit: true, delete: true } }, fields: {} }],
  users: [{ id: '005000000000001AAA', name: 'Ada Admin', email: 'ada@example.com', roleId: '00E000000000001AAA', profileId: '00e000000000001AAA', active: true }],
};

export function writeTinySnapshot(dir = join(mkdtempSync(join(tmpdir(), 'crmready-tiny-')), 'snap')): string {
  const w = new SnapshotWriter(dir);
  const acc = w.object('Account', ['Id', 'Name', 'AnnualRevenue', 'CreatedDate', 'Legacy_Code__c']);
  acc.writeRow(['001000000000001AAA', 'Globex, Inc.', '1200000', '2024-01-02T03:04:05.000+0000', 'G-1']);
  acc.writeRow(['001000000000002AAA', 'Initech "West"', 'lots', '2024-02-03T00:00:00Z', '']);
  acc.writeRow(['001000000000003AAA', 'Line\nbreak Ltd', '', '', 'X']);
  const con = w.object('Contact', ['Id', 'AccountId', 'LastName', 'Email', 'Birthdate']);
  con.writeRow(['003000000000001AAA', '001000000000001AAA', 'Smith', 'jo@globex.com', '1980-05-06']);
  con.writeRow(['003000000000002AAA', '001000000000009AAA', 'Müller', '', 'not a date']);
  w.commit(
    { name: 'tiny', asOf: '2025-01-31', capturedAt: '2025-01-31T00:00:00Z', source: { kind: 'csv' } },
    { schema: canonicalSchema(['Account', 'Contact']), access: TINY_ACCESS },
  );
  return dir;
}
