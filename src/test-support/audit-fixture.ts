/**
 * Runs an audit pack over a few hand-written records, for check tests: rows in, findings out.
 * Objects take the canonical schema unless `schema` says otherwise; rows without an Id get one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { auditSnapshot } from '../audit/index.js';
import type { CheckReport } from '../audit/run-audit.js';
import type { Problem } from '../core/problem.js';
import { makeId } from '../core/salesforce-id.js';
import type { AccessFileInput, SnapshotSchema } from '../core/snapshot-files.js';
import { canonicalSchema } from '../snapshot/canonical/index.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { SnapshotWriter } from '../snapshot/snapshot-writer.js';
import { TINY_ACCESS } from './tiny-snapshot.js';

export interface FixtureFinding { object: string; id: string; field: string; code: string; check: string; value: string; cluster: string; message: string }

export interface FixtureResult { findings: FixtureFinding[]; checks: CheckReport[]; problems?: Problem[]; warnings: Problem[]; out: string }

export function writeFixtureSnapshot(objects: Record<string, Record<string, string>[]>, opts: { schema?: SnapshotSchema; access?: AccessFileInput; asOf?: string } = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'crmready-fixture-')), 'snap');
  const w = new SnapshotWriter(dir);
  for (const [object, rows] of Object.entries(objects)) {
    const header = ['Id', ...new Set(rows.flatMap((r) => Object.keys(r)).filter((k) => k !== 'Id'))];
    const ow = w.object(object, header);
    rows.forEach((r, i) => ow.writeRow(header.map((h) => (h === 'Id' ? r.Id ?? makeId(object, i + 1) : r[h] ?? ''))));
  }
  const schema = opts.schema ?? canonicalSchema(Object.keys(objects));
  w.commit({ name: 'fixture', asOf: opts.asOf ?? '2026-06-30', capturedAt: '2026-06-30T00:00:00Z', source: { kind: 'csv' } }, { schema, access: opts.access ?? TINY_ACCESS });
  return dir;
}

export async function auditFixture(objects: Record<string, Record<string, string>[]>, packYaml: string, opts: { schema?: SnapshotSchema; access?: AccessFileInput; asOf?: string } = {}): Promise<FixtureResult> {
  const dir = writeFixtureSnapshot(objects, opts);
  const packDir = mkdtempSync(join(tmpdir(), 'crmready-pack-'));
  writeFileSync(join(packDir, 'pack.yaml'), packYaml.includes('pack:') ? packYaml : `pack: test\nchecks:\n${packYaml}`);
  const snap = await loadSnapshot(dir);
  const out = join(packDir, 'out');
  try {
    const res = await auditSnapshot(snap, out, { defaultPacks: false, audits: [packDir] });
    if (!res.ok) return { findings: [], checks: [], problems: res.problems, warnings: [], out };
    const findings = parse(readFileSync(join(out, 'findings.csv'), 'utf8'), { columns: true }) as FixtureFinding[];
    return { findings, checks: res.value.audit.checks, warnings: res.value.audit.warnings, out };
  } finally {
    snap.close();
  }
}

/** "Object.Field=value" for each finding of a code: compact to assert on. */
export const flagged = (r: FixtureResult, code?: string) => r.findings.filter((f) => !code || f.code === code).map((f) => `${f.object}.${f.field}=${f.value}`).sort();
