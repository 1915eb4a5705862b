import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSalesforce } from '../../connectors/salesforce/test-support/fake-salesforce.js';
import { readJson, startFake, tempOut } from '../../connectors/salesforce/test-support/pull-harness.js';
import { PACKAGE_ROOT } from '../paths.js';

/** The real CLI in a child process, asynchronously: the fake org answers from this process. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], {
      cwd: PACKAGE_ROOT, env: { ...process.env, SF_INSTANCE_URL: '', SF_ACCESS_TOKEN: '', SF_USERNAME: '', SF_PASSWORD: '', CRMREADY_CACHE_DIR: join(PACKAGE_ROOT, '.cache/test'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let fake: FakeSalesforce;
beforeAll(async () => {
  fake = await startFake();
});
afterAll(() => fake.stop());

describe('crmready pull salesforce', () => {
  it('pulls the org into a snapshot that `crmready audit` audits', async () => {
    const out = tempOut();
    const env = { SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: 'fake-token' };
    const pulled = await runCli(['pull', 'salesforce', '--out', out, '--bulk-threshold', '400', '--as-of', '2026-06-30'], env);
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(pulled.stdout).toMatch(/wrote .* from http:\/\/127\.0\.0\.1:\d+ \(as of 2026-06-30\)/);
    expect(pulled.stdout).toMatch(/Task\s+1,000\s+bulk/);
    expect(pulled.stdout).toMatch(/API requests: \d+ of 15,000/);
    const runDir = tempOut('crm-pull-audit-');
    const audited = await runCli(['audit', out, '--out', runDir, '--no-cache'], {});
    expect(audited.code, audited.stderr).toBe(0);
    expect(audited.stdout).toMatch(/hygiene score \d+(\.\d)? \/ 100/);
    const audit = readJson(join(runDir, 'audit.json'));
    expect(Object.keys(audit.score.byObject)).toEqual(expect.arrayContaining(['Account', 'Contact', 'Opportunity']));
    expect(existsSync(join(runDir, 'findings.csv'))).toBe(true);
  });

  it('says which credentials are missing, with exit code 2 and no stack trace', async () => {
    const r = await runCli(['pull', 'salesforce', '--out', tempOut()], { SF_INSTANCE_URL: fake.url });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: SF_ACCESS_TOKEN: Salesforce credentials are incomplete: SF_ACCESS_TOKEN is not set\n\s+hint: set SF_INSTANCE_URL \+ SF_ACCESS_TOKEN/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
