import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTinySnapshot } from '../test-support/tiny-snapshot.js';
import { runCli } from '../test-support/run-cli.js';
import { PACKAGE_ROOT } from './paths.js';

const CHECK_PY = join(PACKAGE_ROOT, '../shared/contract/check.py');

describe('crmready CLI', () => {
  it('inspects a snapshot', () => {
    const dir = writeTinySnapshot();
    const r = runCli(['inspect', dir, '--no-cache']);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/snapshot tiny \(as of 2025-01-31, source csv\): 5 rows in 2 objects/);
    expect(r.stdout).toMatch(/Account\s+3/);
    expect(r.stderr).toMatch(/warning: .*AnnualRevenue/);
  });

  it('says what is wrong with a corrupted snapshot, without a stack trace', () => {
    const dir = writeTinySnapshot();
    const file = join(dir, 'data/Account.csv');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Globex', 'Globox'));
    const r = runCli(['inspect', dir, '--no-cache']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`error: ${file}: SHA-256 is`);
    expect(r.stderr).toContain('hint:');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing snapshot folder', () => {
    const r = runCli(['inspect', '/nonexistent/snap']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/error: \/nonexistent\/snap: no snapshot folder here\n\s+hint: /);
  });

  it('rejects unknown commands and bad options with a usage exit code', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
    const r = runCli(['generate', '--out', '/tmp/x', '--scale', 'huge']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/small, medium, large or a number/);
  });
});

describe('crmready CLI: generate, import, audit, demo', () => {
  it('generates a small org that passes the contract check', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'crmready-cli-')), 'org');
    const r = runCli(['generate', '--out', out, '--seed', '5', '--scale', 'small', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/seeded defects: .*duplicate/);
    const again = runCli(['generate', '--out', out, '--seed', '5']);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/already exists.*\n\s+hint: .*--force/);
    if (existsSync(CHECK_PY)) {
      const check = spawnSync('python3', [CHECK_PY, 'snapshot', out], { encoding: 'utf8' });
      expect(check.stdout + check.stderr).toMatch(/^ok: snapshot/);
    } else console.warn(`skipped the contract check: ${CHECK_PY} is not here (it lives in ../shared beside the clone)`);
  });

  it('refuses an unknown profile and a missing source with a clear message', () => {
    const r = runCli(['import', 'csv', '/nonexistent', '--profile', 'pipedrive', '--out', join(tmpdir(), 'never')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/unknown import profile "pipedrive"; known profiles: salesforce, tree, hubspot, dynamics/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs the demo on the bundled sample org and writes a contract-valid run folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'crmready-demo-'));
    const r = runCli(['demo', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/snapshot acme \(as of 2026-06-30, source generator\)/);
    expect(r.stdout).toMatch(/hygiene score \d+(\.\d)? \/ 100/);
    for (const f of ['audit.json', 'findings.csv', 'records.csv']) expect(existsSync(join(out, f)), f).toBe(true);
    if (existsSync(CHECK_PY)) {
      const check = spawnSync('python3', [CHECK_PY, 'run', out], { encoding: 'utf8' });
      expect(check.stdout + check.stderr).toMatch(/^ok: run/);
    }
  });
});
