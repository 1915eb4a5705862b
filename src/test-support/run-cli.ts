/** Runs the real CLI in a child process, as a user would (TypeScript through tsx). */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../cli/paths.js';

export function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], {
    encoding: 'utf8', cwd: PACKAGE_ROOT, env: { ...process.env, CRMREADY_CACHE_DIR: join(PACKAGE_ROOT, '.cache/test'), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, asynchronously: for tests whose fake servers answer from this process. */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], { cwd: PACKAGE_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
