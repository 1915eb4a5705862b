import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTinySnapshot } from '../test-support/tiny-snapshot.js';
import { PACKAGE_ROOT } from './paths.js';

/** Runs the real CLI in a child process, as a user would (TypeScript through tsx). */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], {
    encoding: 'utf8', cwd: PACKAGE_ROOT, env: { ...process.env, CRMREADY_CACHE_DIR: join(PACKAGE_ROOT, '.cache/test'), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
