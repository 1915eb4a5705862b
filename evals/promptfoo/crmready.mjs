// The bridge from promptfoo to crmready: loads the compiled library from the repository's dist/
// (built by `npm ci` / `npm run build` at the root) and runs each suite once, memoised, so every
// promptfoo test of a suite shares one snapshot load and one run — like `crmready eval` does.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../..');

export async function lib(path) {
  const file = join(ROOT, 'dist', path);
  if (!existsSync(file)) throw new Error(`crmready is not built (${file} is missing): run \`npm ci\` or \`npm run build\` at the repository root first`);
  return import(pathToFileURL(file).href);
}

/** Suites to run: the tests config's `suites`, else CRMREADY_SUITES (comma-separated), else evals/suites/*.yaml. */
export function suiteFiles(config = {}) {
  const listed = config.suites ?? (process.env.CRMREADY_SUITES ? process.env.CRMREADY_SUITES.split(',') : undefined);
  if (listed?.length) return listed.map((f) => resolve(HERE, f.trim()));
  const dir = join(ROOT, 'evals/suites');
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
}

/** replay (the recordings) unless told otherwise; `auto` goes live when ANTHROPIC_API_KEY is set. */
export function modeOf(config = {}) {
  const mode = process.env.CRMREADY_MODE ?? config.mode ?? 'auto';
  if (mode === 'auto') return process.env.ANTHROPIC_API_KEY?.trim() ? 'live' : 'replay';
  if (mode !== 'replay' && mode !== 'live') throw new Error(`crmready provider: mode must be replay, live or auto, not ${mode}`);
  return mode;
}

const runs = new Map();

/** The crmready run of one suite file (started on first use, shared by every test of the suite). */
export function runSuite(suite, config = {}) {
  const file = resolve(HERE, suite); // tests name suites relative to this folder
  const mode = modeOf(config);
  const key = `${mode}\u0000${file}`;
  if (!runs.has(key)) runs.set(key, startRun(file, mode, config));
  return runs.get(key);
}

async function startRun(file, mode, config) {
  const [{ runEval }, { loadPolicy }, { liveDriver }, { anthropicFromEnv }, { JUDGES }] = await Promise.all([
    lib('replay/run-eval.js'), lib('access/policy.js'), lib('replay/live/live-driver.js'), lib('replay/live/anthropic-client.js'), lib('replay/judges/registry.js'),
  ]);
  const policy = loadPolicy(resolve(HERE, config.policy ?? join(ROOT, 'evals/policy.yaml')));
  if (!policy.ok) throw new Error(policy.problems.map((p) => p.message).join('; '));
  const model = process.env.CRMREADY_MODEL ?? config.model ?? 'claude-sonnet-4-6';
  const live = mode === 'live' ? {
    mode: 'live', trials: 1, concurrency: config.concurrency ?? 2,
    driver: liveDriver({ client: anthropicFromEnv(), model, maxSteps: config.maxSteps ?? 10, timeoutMs: (config.timeoutSeconds ?? 60) * 1000 }),
  } : { mode: 'replay' };
  const r = await runEval({ suites: [file], policy: policy.value, ...live });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return { run: r.value, mode, model: mode === 'live' ? model : undefined, judges: JUDGES.map((j) => j.name) };
}
