/**
 * The audit against generated ground truth: precision and recall ≥ 0.98 for every finding code, on
 * seeds other than the committed fixture's. The audit never sees defects.json; only this test does.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../cli/paths.js';
import { generateOrg } from '../generate/index.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { auditAccuracy } from './accuracy.js';
import { auditSnapshot, defaultPackDir } from './index.js';

async function accuracyFor(seed: number, scale: 'small' | number) {
  const dir = join(mkdtempSync(join(tmpdir(), 'crmready-acc-')), 'org');
  await generateOrg({ out: dir, seed, scale });
  const snap = await loadSnapshot(dir);
  const out = join(dir, '..', 'audit');
  try {
    const res = await auditSnapshot(snap, out, { defaultPacks: defaultPackDir(PACKAGE_ROOT) });
    if (!res.ok) throw new Error(JSON.stringify(res.problems));
  } finally {
    snap.close();
  }
  const defects = JSON.parse(readFileSync(join(dir, 'defects.json'), 'utf8')).defects;
  const findings = parse(readFileSync(join(out, 'findings.csv'), 'utf8'), { columns: true }) as { object: string; id: string; code: string }[];
  return auditAccuracy(defects, findings);
}

describe('audit accuracy on generated orgs', () => {
  it.each([[3, 'small' as const], [11, 4000]])('seed %s, scale %s: precision and recall ≥ 0.98 for every code', async (seed, scale) => {
    const acc = await accuracyFor(seed, scale);
    const report = acc.map((a) => `${a.code}: truth ${a.truth} found ${a.found} P ${a.precision.toFixed(3)} R ${a.recall.toFixed(3)}${a.missed.length ? ` missed ${a.missed.join(' ')}` : ''}${a.extra.length ? ` extra ${a.extra.join(' ')}` : ''}`).join('\n');
    for (const a of acc) {
      expect(a.precision, report).toBeGreaterThanOrEqual(0.98);
      expect(a.recall, report).toBeGreaterThanOrEqual(0.98);
    }
  }, 120_000);
});
