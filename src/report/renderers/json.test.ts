import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../cli/paths.js';
import { fileText, normalise, sampleReport } from '../test-support/sample.js';

const CHECK_PY = join(PACKAGE_ROOT, '../shared/contract/check.py');

describe('readiness.json for the sample org', () => {
  it('matches the snapshot (timestamp normalised)', async () => {
    await expect(normalise(fileText(await sampleReport(), 'readiness.json'))).toMatchFileSnapshot('__snapshots__/acme.readiness.json');
  });
  it('follows the contract', async () => {
    const r = JSON.parse(fileText(await sampleReport(), 'readiness.json'));
    expect(r.format).toBe('crmready-readiness/1');
    expect(r.verdicts).toEqual({ read: 'ready', write: 'not_ready', act: 'not_ready' });
    for (const g of r.gates) for (const k of ['id', 'pattern', 'passed', 'value', 'threshold', 'reason']) expect(g).toHaveProperty(k);
    if (!existsSync(CHECK_PY)) return console.warn(`skipped the contract check: ${CHECK_PY} is not here`);
    const dir = mkdtempSync(join(tmpdir(), 'crmready-json-'));
    writeFileSync(join(dir, 'readiness.json'), fileText(await sampleReport(), 'readiness.json'));
    writeFileSync(join(dir, 'junit.xml'), fileText(await sampleReport(), 'junit.xml'));
    const out = spawnSync('python3', [CHECK_PY, 'run', dir], { encoding: 'utf8' });
    expect(out.stdout + out.stderr).toMatch(/^ok: run/);
  });
  it('holds no personal data even with --no-mask', async () => {
    const json = fileText(await sampleReport({ mask: false }), 'readiness.json');
    expect(json).not.toMatch(/@|555 0188/);
  });
});
