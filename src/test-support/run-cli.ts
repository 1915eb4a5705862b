/** Runs the real CLI in a child process, as a user would (TypeScript through tsx). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../cli/paths.js';

export function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src/cli/bin.ts'), ...args], {
    encoding: 'utf8', cwd: PACKAGE_ROOT, env: { ...process.env, CRMREADY_CACHE_DIR: join(PACKAGE_ROOT, '.cache/test'), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
