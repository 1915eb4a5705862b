/**
 * A live run's bookkeeping around runEval: its settings (live-run.json, so --resume needs nothing
 * but the folder), the journal, the budget, Ctrl-C, and the hooks that tie them to runEval — `done`
 * skips trials the journal holds, `onTrial` journals each finished one, `shouldStop` is Ctrl-C, the
 * budget, or an API refusal every later trial would meet too (a bad key, an unknown model: 401, 403,
 * 404 — checked again after waiting on the budget, since a trial may have met one meanwhile). The
 * first Ctrl-C lets running trials finish and writes the outputs; a second one exits at once
 * (finished trials are already in the journal).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Problem, Result } from '../../core/problem.js';
import type { EvalOptions, TrialRecord } from '../run-eval.js';
import { anthropicFromEnv, type MessagesClient } from './anthropic-client.js';
import { Budget } from './budget.js';
import { Journal, JOURNAL_FILE, readJournal, trialKey } from './journal.js';
import { liveDriver } from './live-driver.js';
import type { RetryOptions } from './retry.js';

export const RUN_FILE = 'live-run.json';

/** What fixes a live run: a resumed run keeps these. */
export const LiveSettingsSchema = z.object({
  format: z.literal('crmready-live-run/1'),
  runId: z.string(),
  createdAt: z.string(),
  model: z.string().min(1),
  trials: z.number().int().positive(),
  suites: z.array(z.string()).min(1),
  snapshot: z.string().optional(),
  policy: z.string(),
  record: z.string().optional(),
  maxSteps: z.number().int().positive(),
  maxTokens: z.number().int().positive(),
});
export type LiveSettings = z.infer<typeof LiveSettingsSchema>;

export interface LiveTuning {
  concurrency: number;
  budgetUsd?: number;
  timeoutMs: number;
  retry?: RetryOptions;
  /** Tests pass a client; otherwise the SDK reads the key and endpoint from the environment. */
  client?: MessagesClient;
  onRetry?: (info: { scenario: string; trial: number; attempt: number; delayMs: number; reason: string }) => void;
  /** Ctrl-C handling (off in tests that run in-process). */
  handleSignals?: boolean;
  onInterrupt?: () => void;
}

export function readLiveSettings(dir: string): Result<LiveSettings> {
  const file = join(dir, RUN_FILE);
  if (!existsSync(file)) return { ok: false, problems: [{ code: 'not_a_live_run', file: dir, message: `no ${RUN_FILE} here: this is not the folder of a live run`, hint: 'pass the --out folder of an earlier `crmready eval --mode live`' }] };
  try {
    const r = LiveSettingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (r.success) return { ok: true, value: r.data };
    return { ok: false, problems: [{ code: 'invalid_live_run', file, message: `${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`, hint: 'the run folder was edited or comes from another crmready version; start a new run' }] };
  } catch (e) {
    return { ok: false, problems: [{ code: 'invalid_live_run', file, message: `not valid JSON: ${(e as Error).message}` }] };
  }
}

export const runIdOf = (createdAt: string) => createdAt.replace(/\.\d+Z$/, 'Z').replace(/[:]/g, '-');

export interface LiveRun {
  settings: LiveSettings;
  /** The runEval options that make the run live. */
  evalOptions: Partial<EvalOptions>;
  resumed: number;
  startedNow: () => number;
  retries: () => number;
  spentUsd: () => number;
  close(): void;
}

/** Starts (or, with `resume`, continues) a live run in `dir`. */
export function openLiveRun(dir: string, settings: LiveSettings, tuning: LiveTuning, resume: boolean): Result<LiveRun> {
  const journalFile = join(dir, JOURNAL_FILE);
  if (!resume && existsSync(journalFile)) {
    return { ok: false, problems: [{ code: 'run_exists', file: dir, message: 'this folder already holds a live run (journal.jsonl)', hint: `continue it with --resume ${dir}, or choose another --out` }] };
  }
  mkdirSync(dir, { recursive: true });
  if (!resume) writeFileSync(join(dir, RUN_FILE), `${JSON.stringify(settings, null, 2)}\n`);
  const earlier = readJournal(journalFile);
  const budget = new Budget(tuning.budgetUsd, earlier.all.map((t) => t.transcript.usage?.costUsd ?? 0));
  const journal = new Journal(journalFile);
  let started = 0;
  let retries = 0;
  let interrupted: string | undefined;
  let fatal: string | undefined;
  const onSigint = () => {
    if (interrupted) process.exit(130);
    interrupted = 'interrupted (Ctrl-C): running trials were allowed to finish';
    tuning.onInterrupt?.();
  };
  if (tuning.handleSignals) { process.on('SIGINT', onSigint); process.on('SIGTERM', onSigint); }

  const driver = liveDriver({
    client: tuning.client ?? anthropicFromEnv(), model: settings.model, maxSteps: settings.maxSteps, maxTokens: settings.maxTokens,
    timeoutMs: tuning.timeoutMs, retry: tuning.retry,
    onRetry: (info) => { retries++; tuning.onRetry?.(info); },
    onFatal: (reason) => { fatal ??= `the API refused the run: ${reason}`; },
  });
  const evalOptions: Partial<EvalOptions> = {
    mode: 'live', trials: settings.trials, concurrency: tuning.concurrency, run: settings.runId,
    driver: (session, scenario, trial) => { started++; return driver(session, scenario, trial); },
    done: (suite, scenario, trial) => earlier.finished.get(trialKey(suite, scenario, trial)),
    onTrial: (t: TrialRecord) => { journal.append(t); budget.settle(t.transcript.usage?.costUsd ?? 0); },
    shouldStop: async () => interrupted ?? fatal ?? (await budget.reserve()) ?? fatal,
  };
  return {
    ok: true,
    value: {
      settings, evalOptions, resumed: earlier.finished.size, startedNow: () => started, retries: () => retries, spentUsd: () => budget.spentUsd,
      close: () => {
        journal.close();
        if (tuning.handleSignals) { process.off('SIGINT', onSigint); process.off('SIGTERM', onSigint); }
      },
    },
  };
}

export function liveSettingsProblem(s: Partial<LiveSettings>, given: Partial<LiveSettings>): Problem | undefined {
  for (const k of ['model', 'trials', 'snapshot', 'record'] as const) {
    if (given[k] !== undefined && s[k] !== undefined && given[k] !== s[k]) {
      return { code: 'resume_conflict', field: `--${k}`, message: `the run being resumed used ${k} ${String(s[k])}, not ${String(given[k])}`, hint: 'a resumed run keeps its settings; drop the option, or start a new run with another --out' };
    }
  }
  return undefined;
}
