import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../cli/paths.js';

const PF = join(PACKAGE_ROOT, 'evals/promptfoo');
const installed = existsSync(join(PF, 'node_modules/promptfoo/package.json'));
if (!installed) console.warn('skipped the promptfoo test: evals/promptfoo/node_modules is missing (install it with `npm --prefix evals/promptfoo ci`; ~1.4 GB)');

describe('promptfoo integration', () => {
  it.runIf(!installed && !!process.env.CRMREADY_REQUIRE_PROMPTFOO)('is installed where CI requires it', () => {
    expect(installed, 'CI runs `npm --prefix evals/promptfoo ci` before the tests; it did not install promptfoo').toBe(true);
  });
  it.skipIf(!installed)('runs the crmready suite in promptfoo, offline, and its JSON matches crmready eval', () => {
    const r = spawnSync('bash', [join(PF, 'ci-test.sh')], { encoding: 'utf8', cwd: PACKAGE_ROOT, env: { ...process.env, ANTHROPIC_API_KEY: '' }, timeout: 240_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/promptfoo: 4 tests \(4 passed\), \d+ crmready assertions each, all matching crmready eval/);
  }, 300_000);
});
