/**
 * For the live-mode tests: run a suite live, in this process, against the fake Messages API, with
 * the SDK reading the key and endpoint from the environment exactly as in production.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadPolicy } from '../../access/policy.js';
import { PACKAGE_ROOT } from '../../cli/paths.js';
import { orThrow } from '../../core/problem.js';
import { startFakeAnthropic, type FakeAnthropic, type FakeHandler } from '../../test-support/fake-anthropic-server.js';
import { runEval, type EvalRun } from '../run-eval.js';
import { openLiveRun, runIdOf, type LiveRun, type LiveSettings, type LiveTuning } from './live-run.js';

export const LIVE_SUITE = resolve(PACKAGE_ROOT, 'src/replay/live/testdata/live-suite.yaml');
export const POLICY_FILE = resolve(PACKAGE_ROOT, 'evals/policy.yaml');
/** Recognisable, so a test can prove it is nowhere it should not be. */
export const FAKE_KEY = 'sk-ant-api03-FAKE-KEY-c0ffee-MUST-NEVER-LEAK-0123456789';

export interface LiveTestRun { run: EvalRun; fake: FakeAnthropic; live: LiveRun; dir: string; settings: LiveSettings }

export async function runLiveTest(handler: FakeHandler, o: Partial<LiveTuning> & { trials?: number; model?: string; maxSteps?: number; suites?: string[]; dir?: string; resume?: boolean } = {}): Promise<LiveTestRun> {
  const fake = await startFakeAnthropic(handler);
  process.env.ANTHROPIC_BASE_URL = fake.url;
  process.env.ANTHROPIC_API_KEY = FAKE_KEY;
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'crmready-live-'));
  const createdAt = new Date().toISOString();
  const settings: LiveSettings = {
    format: 'crmready-live-run/1', runId: runIdOf(createdAt), createdAt, model: o.model ?? 'claude-sonnet-4-5', trials: o.trials ?? 1,
    suites: o.suites ?? [LIVE_SUITE], policy: POLICY_FILE, maxSteps: o.maxSteps ?? 10, maxTokens: 1024,
  };
  const live = orThrow(openLiveRun(dir, settings, { concurrency: 1, timeoutMs: 5000, ...o, retry: { baseDelayMs: 5, maxDelayMs: 20, ...o.retry } }, !!o.resume));
  try {
    const run = orThrow(await runEval({ suites: settings.suites, policy: orThrow(loadPolicy(POLICY_FILE)), ...live.evalOptions, mode: 'live', toolLog: join(dir, 'tool-calls.jsonl') }));
    return { run, fake, live, dir, settings };
  } finally {
    live.close();
    await fake.close();
  }
}

/** Verdicts and flags by scenario, to compare runs. */
export const verdicts = (run: EvalRun) => Object.fromEntries(run.results.map((r) => [r.id, { verdict: r.verdict, flags: r.raisedFlags, trials: r.trials, passes: r.passes }]));
