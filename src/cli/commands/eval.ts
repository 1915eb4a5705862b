import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { defaultPolicyPath, loadPolicy } from '../../access/policy.js';
import { CrmError, EXIT_USAGE, orThrow } from '../../core/problem.js';
import { anthropicFromEnv, missingKeyProblem } from '../../replay/live/anthropic-client.js';
import { LlmClaimCache, type LlmClaimChecker } from '../../replay/llm-claims.js';
import { liveSettingsProblem, openLiveRun, readLiveSettings, runIdOf, type LiveSettings, type LiveTuning } from '../../replay/live/live-run.js';
import { liveSummaryLines } from '../../replay/live/live-summary.js';
import { priceOf } from '../../replay/live/prices.js';
import { writeRecordings, type RecordingsWritten } from '../../replay/live/recording.js';
import { runEval, type EvalOptions } from '../../replay/run-eval.js';
import { evalReport, writeEval } from '../../replay/write-eval.js';
import { consoleOutput, table, type Output } from '../output.js';
import { PACKAGE_ROOT } from '../paths.js';

/** Exit code when scenarios ran but some outcome differs from its `expect`. */
export const EXIT_SCENARIOS_FAILED = 4;
/** Exit code when a live run stopped early (budget, Ctrl-C): its outputs are partial, resume it. */
export const EXIT_RUN_STOPPED = 5;
export const DEFAULT_MODEL = 'claude-sonnet-4-6';

/** Default suites: ./evals/suites when the working folder has one, else the bundled ones. */
export function defaultSuites(): string[] {
  const dir = [resolve('evals/suites'), join(PACKAGE_ROOT, 'evals/suites')].find((d) => existsSync(d))!;
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
}

export function printEvalSummary(out: Output, report: ReturnType<typeof evalReport>, dir: string): void {
  const m = report.metrics;
  const rows = Object.entries(m.byPattern).map(([p, x]) => [p, x.scenarios, x.passed, x.writesJudged, x.hallucinatedValues, x.outOfRange, x.permissionDenied + x.permissionLeaks, x.unapprovedActions + x.forbiddenActions]);
  out.result(`eval (${report.mode}): ${m.overall.passed}/${m.overall.scenarios} scenarios behaved as expected${report.skipped.length ? `, ${report.skipped.length} skipped` : ''}`);
  out.result(table(['pattern', 'scenarios', 'as expected', 'writes', 'hallucinated', 'out of range', 'permission', 'approval'], rows));
  for (const s of report.scenarios.filter((x) => x.verdict === 'fail').slice(0, 15)) {
    const extra = s.raisedFlags.filter((f) => !s.expectedFlags.includes(f));
    const missing = s.expectedFlags.filter((f) => !s.raisedFlags.includes(f));
    out.result(`FAIL ${s.suite}/${s.id}: ${[extra.length ? `raised ${extra.join(', ')}` : '', missing.length ? `did not raise ${missing.join(', ')}` : '', s.error ?? ''].filter(Boolean).join('; ')}`);
  }
  for (const s of report.skipped.slice(0, 15)) out.result(`SKIPPED ${s.suite}/${s.id ?? '(suite)'} at ${s.file}${s.line ? `:${s.line}` : ''}: ${s.reason}`);
  out.result(`wrote ${dir}/eval.json, ${dir}/junit.xml, ${dir}/transcripts.jsonl, ${dir}/tool-calls.jsonl`);
}

/** The optional LLM judge: recorded verdicts in a cache file; a model is asked only when a key is set. */
function llmJudgeFrom(opts: { llmJudge?: string; llmJudgeCache?: string }): LlmClaimChecker | undefined {
  if (!opts.llmJudge) return undefined;
  return {
    model: opts.llmJudge,
    cache: new LlmClaimCache(resolve(opts.llmJudgeCache ?? 'evals/llm-judge-cache.jsonl')),
    client: missingKeyProblem() ? undefined : anthropicFromEnv(),
  };
}

export async function runEvalCommand(suites: string[], opts: { out: string; snapshot?: string; policy?: string; quiet?: boolean; extra?: Partial<EvalOptions>; model?: string; llmJudge?: string; llmJudgeCache?: string }, out: Output = consoleOutput(opts)) {
  const policyFile = opts.policy ?? defaultPolicyPath(PACKAGE_ROOT);
  const policy = orThrow(loadPolicy(policyFile));
  const files = suites.length ? suites.map((s) => resolve(s)) : defaultSuites();
  const toolLog = join(resolve(opts.out), 'tool-calls.jsonl');
  if (!opts.extra?.done) rmSync(toolLog, { force: true }); // a fresh run starts its own log; a resumed one appends
  const llmJudge = llmJudgeFrom(opts);
  const run = orThrow(await runEval({ suites: files, snapshot: opts.snapshot && resolve(opts.snapshot), policy, mode: 'replay', toolLog, ...(llmJudge ? { llmJudge } : {}), ...opts.extra }));
  if (run.llmUnjudged) out.warnings([{ code: 'llm_unjudged', message: `the LLM judge had no recorded verdict for ${run.llmUnjudged} text(s) and no ANTHROPIC_API_KEY to ask; those were judged by the deterministic judges only`, hint: 'set ANTHROPIC_API_KEY once to record the verdicts, then commit the cache file' }]);
  const report = evalReport(run, { mode: opts.extra?.mode ?? 'replay', createdAt: new Date().toISOString(), policyFile, k: opts.extra?.trials, model: opts.model });
  writeEval(opts.out, run, report);
  printEvalSummary(out, report, opts.out);
  return { report, run };
}

export interface EvalCliOptions {
  out?: string; snapshot?: string; policy?: string; quiet?: boolean;
  mode: 'replay' | 'live'; model?: string; trials?: number; concurrency?: number; budgetUsd?: number;
  record?: string; resume?: string; maxSteps?: number; maxTokens?: number; timeout?: number; maxRetries?: number;
  llmJudge?: string; llmJudgeCache?: string;
}

const usage = (message: string, hint?: string) => new CrmError({ code: 'usage', message, hint }, EXIT_USAGE);

/** A live run, fresh or resumed: settings, key check, journal and budget around runEvalCommand. */
export async function runLiveCommand(suites: string[], o: EvalCliOptions, tuning: Partial<LiveTuning> = {}, out: Output = consoleOutput(o)) {
  const dir = resolve(o.resume ?? o.out!);
  const given: Partial<LiveSettings> = { model: o.model, trials: o.trials, snapshot: o.snapshot && resolve(o.snapshot), record: o.record && resolve(o.record) };
  let settings: LiveSettings;
  if (o.resume) {
    settings = orThrow(readLiveSettings(dir));
    const conflict = liveSettingsProblem(settings, given);
    if (conflict) throw new CrmError(conflict, EXIT_USAGE);
    if (suites.length && JSON.stringify(suites.map((s) => resolve(s))) !== JSON.stringify(settings.suites)) throw usage('a resumed run keeps the suites it started with', 'drop the suite arguments');
  } else {
    const createdAt = new Date().toISOString();
    settings = {
      format: 'crmready-live-run/1', runId: runIdOf(createdAt), createdAt, model: o.model ?? DEFAULT_MODEL, trials: o.trials ?? 1,
      suites: suites.length ? suites.map((s) => resolve(s)) : defaultSuites(), ...(given.snapshot ? { snapshot: given.snapshot } : {}),
      policy: resolve(o.policy ?? defaultPolicyPath(PACKAGE_ROOT)), ...(given.record ? { record: given.record } : {}),
      maxSteps: o.maxSteps ?? 10, maxTokens: o.maxTokens ?? 2048,
    };
  }
  const keyProblem = tuning.client ? undefined : missingKeyProblem();
  if (keyProblem) throw new CrmError(keyProblem, EXIT_USAGE);
  if (!priceOf(settings.model)) {
    out.warnings([{ code: 'unknown_price', message: `no price is known for model ${settings.model}: its cost is counted as 0${o.budgetUsd !== undefined ? ', so --budget-usd cannot stop this run' : ''}`, hint: 'prices live in src/replay/live/prices.ts' }]);
  }
  const live = orThrow(openLiveRun(dir, settings, {
    concurrency: o.concurrency ?? 1, budgetUsd: o.budgetUsd, timeoutMs: (o.timeout ?? 60) * 1000,
    retry: { maxRetries: o.maxRetries ?? 4, ...tuning.retry }, handleSignals: true,
    onRetry: (r) => out.info(`retry ${r.attempt} for ${r.scenario} (trial ${r.trial}) in ${(r.delayMs / 1000).toFixed(1)} s: ${r.reason}`),
    onInterrupt: () => out.info('stopping: running trials will finish and the outputs will be written (Ctrl-C again to quit now; finished trials are in the journal)'),
    ...tuning,
  }, !!o.resume));
  if (live.resumed) out.info(`resuming ${dir}: ${live.resumed} finished trial(s) in the journal will not be run again`);
  let result;
  try {
    result = await runEvalCommand(settings.suites, { out: dir, snapshot: settings.snapshot, policy: settings.policy, quiet: o.quiet, extra: live.evalOptions, model: settings.model, llmJudge: o.llmJudge, llmJudgeCache: o.llmJudgeCache }, out);
  } finally {
    live.close();
  }
  let recordings: RecordingsWritten | undefined;
  if (settings.record) recordings = writeRecordings(settings.record, result.run, { model: settings.model, runId: settings.runId, createdAt: settings.createdAt, trials: settings.trials });
  for (const line of liveSummaryLines({
    model: settings.model, trials: settings.trials, results: result.run.results, startedNow: live.startedNow(), resumed: live.resumed,
    retries: live.retries(), spentUsd: live.spentUsd(), budgetUsd: o.budgetUsd, stopped: result.run.stopped, dir, recordings,
  })) out.result(line);
  return { ...result, recordings, settings };
}

const int = (min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
  return n;
};
const money = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected an amount in USD, e.g. 2.50');
  return n;
};

const LIVE_ONLY = ['model', 'trials', 'budgetUsd', 'record', 'resume', 'maxSteps', 'maxTokens', 'timeout', 'maxRetries'] as const;

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('replay scenario suites against their snapshots through the tool layer and judge every step; or, with --mode live, let Claude do them')
    .argument('[suites...]', 'suite files (default: every evals/suites/*.yaml)')
    .option('--out <dir>', 'run folder to write (required unless --resume)')
    .option('--snapshot <dir>', 'run every suite on this snapshot instead of the one it names')
    .option('--policy <file>', 'action policy (default: evals/policy.yaml)')
    .option('--mode <mode>', 'replay (the recordings) or live (Claude, via ANTHROPIC_API_KEY)', (v) => {
      if (v !== 'replay' && v !== 'live') throw new InvalidArgumentError('expected replay or live');
      return v;
    }, 'replay')
    .option('--concurrency <n>', 'trials run at once, each in its own sandbox', int(1))
    .option('--model <id>', `live: the Claude model (default ${DEFAULT_MODEL})`)
    .option('--trials <k>', 'live: trials per scenario, for pass^k (default 1)', int(1))
    .option('--budget-usd <x>', 'live: stop before a trial that could take the run past this cost', money)
    .option('--record <dir>', 'live: save each finished trial as a replayable scenario suite here')
    .option('--resume <run_dir>', 'live: continue a stopped or crashed run; finished trials are not redone')
    .option('--max-steps <n>', 'live: model turns per trial before it is stopped (default 10)', int(1))
    .option('--max-tokens <n>', 'live: max_tokens per response (default 2048)', int(1))
    .option('--timeout <seconds>', 'live: per-request timeout (default 60)', int(1))
    .option('--max-retries <n>', 'live: retries of a 429/529/5xx/timeout (default 4)', int(0))
    .option('--llm-judge <model>', 'also ask this model which free-text claims the evidence does not support (off by default; verdicts are recorded and replayed)')
    .option('--llm-judge-cache <file>', 'where LLM verdicts are recorded (default evals/llm-judge-cache.jsonl)')
    .option('-q, --quiet', 'no progress or warnings')
    .action(async (suites: string[], opts: EvalCliOptions) => {
      let report;
      let stopped: string | undefined;
      let dir: string;
      if (opts.resume) opts.mode = 'live'; // only a live run has anything to resume
      if (opts.mode === 'live') {
        if (!opts.out && !opts.resume) throw usage('give --out DIR for the run folder (or --resume DIR to continue one)');
        if (opts.out && opts.resume && resolve(opts.out) !== resolve(opts.resume)) throw usage('--resume writes into the run folder it continues', 'drop --out');
        const r = await runLiveCommand(suites, opts);
        ({ report } = r);
        stopped = r.run.stopped;
        dir = resolve(opts.resume ?? opts.out!);
      } else {
        const bad = LIVE_ONLY.filter((k) => opts[k] !== undefined);
        if (bad.length) throw usage(`${bad.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')} only apply to --mode live`);
        if (!opts.out) throw usage('give --out DIR for the run folder');
        dir = opts.out;
        ({ report } = await runEvalCommand(suites, { ...opts, out: opts.out, extra: opts.concurrency ? { concurrency: opts.concurrency } : undefined }));
      }
      if (stopped) throw new CrmError({ code: 'run_stopped', message: `the run stopped before every trial ran: ${stopped}`, hint: `continue with: crmready eval --mode live --resume ${dir}` }, EXIT_RUN_STOPPED);
      const failed = report.scenarios.filter((s) => s.verdict === 'fail').length;
      if (failed) throw new CrmError({ code: 'scenarios_failed', message: `${failed} scenario(s) did not behave as expected`, hint: `see ${dir}/eval.json and transcripts.jsonl` }, EXIT_SCENARIOS_FAILED);
      if (report.skipped.length) throw new CrmError({ code: 'scenarios_skipped', message: `${report.skipped.length} scenario(s) were skipped`, hint: 'fix the files and lines listed above' });
    });
}
