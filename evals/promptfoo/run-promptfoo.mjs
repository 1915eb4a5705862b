#!/usr/bin/env node
// Runs promptfoo offline on crmready's config: no telemetry, update check, sharing or remote
// generation, and its database under evals/promptfoo/.promptfoo unless PROMPTFOO_CONFIG_DIR says
// otherwise. Arguments go to promptfoo (default: eval -c ../promptfooconfig.yaml, i.e. evals/promptfooconfig.yaml). Exit code 100 means
// a test failed (promptfoo's convention); 1 means promptfoo itself failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { HERE, ROOT } from './crmready.mjs';

const bin = join(HERE, 'node_modules/promptfoo/dist/src/entrypoint.js');
if (!existsSync(bin)) {
  console.error('error: promptfoo is not installed here\n  hint: npm --prefix evals/promptfoo ci');
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist/replay/run-eval.js'))) {
  console.error('error: crmready is not built\n  hint: run `npm ci` (or `npm run build`) at the repository root first');
  process.exit(2);
}
const env = {
  PROMPTFOO_DISABLE_TELEMETRY: '1', PROMPTFOO_DISABLE_UPDATE: '1', PROMPTFOO_DISABLE_SHARING: '1', PROMPTFOO_DISABLE_REMOTE_GENERATION: '1',
  PROMPTFOO_CONFIG_DIR: join(HERE, '.promptfoo'),
  ...process.env,
};
mkdirSync(env.PROMPTFOO_CONFIG_DIR, { recursive: true });
const args = process.argv.slice(2);
// Options alone (`npm run eval -- -o out.json`) go to the default eval command.
const argv = !args.length || args[0].startsWith('-') ? ['eval', '-c', join(HERE, '..', 'promptfooconfig.yaml'), ...args] : args;
const child = spawn(process.execPath, [bin, ...argv], { cwd: HERE, env, stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(signal ? 1 : code ?? 1));
