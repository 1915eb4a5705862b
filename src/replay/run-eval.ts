/**
 * runEval: every scenario of every suite, each on its suite's snapshot, through the tool layer, then
 * judged. Suites are grouped by snapshot so each snapshot loads once; the sandbox is reset between
 * scenarios. A bad suite file or scenario is skipped with its reason and the run goes on. The driver
 * decides what the AI does: the recording (replay) or a live model (live mode). With `concurrency`
 * above 1, trials run in parallel workers, each with its own sandbox; a stop (budget, Ctrl-C) lets
 * running trials finish and starts no new one.
 */
import { resolveActor } from '../access/access-model.js';
import type { Policy } from '../access/policy.js';
import type { Result } from '../core/problem.js';
import { AuditLog } from '../sandbox/audit-log.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openToolLayer, type ToolLayer } from '../sandbox/index.js';
import type { ToolSession } from '../sandbox/tool-session.js';
import { loadSnapshotResult, type LoadedSnapshot } from '../snapshot/load-snapshot.js';
import { checkScenario } from './check-scenario.js';
import { chosenValues } from './claims.js';
import { judgeRun } from './judge-run.js';
import { checkClaims, claimTexts, evidenceTexts, type LlmClaimChecker, type LlmVerdict } from './llm-claims.js';
import type { JudgeFinding } from './judges/judge-types.js';
import { loadSuite, type LoadedSuite, type SkippedScenario, type SuiteScenario } from './load-suite.js';
import type { ScenarioResult } from './metrics.js';
import { replayRecording, scenarioSession } from './replay-recording.js';
import { SnapshotFacts } from './snapshot-facts.js';
import type { Scenario } from './suite-schema.js';
import type { Transcript } from './transcript.js';

export type Driver = (session: ToolSession, scenario: Scenario, trial: number) => Promise<Transcript>;

/** One finished trial: what a journal keeps so a resumed run does not redo it. */
export interface TrialRecord {
  suite: string;
  scenario: string;
  trial: number;
  transcript: Transcript;
  findings: JudgeFinding[];
  writes: number;
}

export interface EvalOptions {
  suites: string[];
  snapshot?: string;
  policy: Policy;
  mode: 'replay' | 'live';
  trials?: number;
  driver?: Driver;
  run?: string;
  /** JSONL file for the tool layer's audit log (every call of every scenario). */
  toolLog?: string;
  /** A trial finished earlier (resume), or undefined to run it. */
  done?: (suite: string, scenario: string, trial: number) => TrialRecord | undefined;
  onTrial?: (t: TrialRecord) => void;
  /** Stop starting new trials (a budget reached, Ctrl-C); finished ones are kept. */
  shouldStop?: () => string | undefined | Promise<string | undefined>;
  /** Trials run at once, each in its own sandbox (default 1). Results keep suite order. */
  concurrency?: number;
  /** The optional LLM judge (recorded verdicts; a client only when it may call a model). */
  llmJudge?: LlmClaimChecker;
}

export interface SuiteInfo { name: string; file: string; snapshot: string }
export interface EvalRun {
  suites: SuiteInfo[];
  results: ScenarioResult[];
  skipped: SkippedScenario[];
  snapshots: { dir: string; snap: Pick<LoadedSnapshot, 'manifest' | 'objects' | 'dir'> }[];
  stopped?: string;
  trials: TrialRecord[];
  /** Texts the LLM judge had no recorded verdict for (and no client to ask). */
  llmUnjudged?: number;
}

const unique = (xs: string[]) => [...new Set(xs)].sort();

/** What the runs touched: objects read or written, and the fields the AI chose values for. */
function touched(trials: TrialRecord[]): { objects: string[]; writes: string[] } {
  const objects = new Set<string>();
  const writes = new Set<string>();
  for (const t of trials) {
    for (const s of t.transcript.steps) {
      if (s.outcome.status !== 'ok') continue;
      for (const r of s.outcome.reads ?? []) objects.add(r.object);
      for (const w of s.outcome.writes ?? []) objects.add(w.object);
      const chosen = s.outcome.writes?.length ? chosenValues(s.tool, (s.input ?? {}) as Record<string, unknown>) : undefined;
      for (const f of Object.keys(chosen?.values ?? {})) if (chosen!.values[f] !== undefined) writes.add(`${chosen!.object}.${f}`);
    }
  }
  return { objects: [...objects].sort(), writes: [...writes].sort() };
}

export function scenarioResult(suite: string, scenario: Scenario, trials: TrialRecord[]): ScenarioResult {
  const expected = unique(scenario.expect.flags);
  const verdicts = trials.map((t) => (t.transcript.error === undefined && JSON.stringify(unique(t.findings.map((f) => f.code))) === JSON.stringify(expected)));
  const findings = trials.flatMap((t) => t.findings.map((f) => (trials.length > 1 ? { ...f, trial: t.trial } : f)));
  const answerBad = (t: TrialRecord) => t.findings.some((f) => f.step === null && (f.code === 'hallucinated_value' || f.code === 'permission_leak'));
  const usage = trials.some((t) => t.transcript.usage) ? trials.reduce((u, t) => ({
    inputTokens: u.inputTokens + (t.transcript.usage?.inputTokens ?? 0), outputTokens: u.outputTokens + (t.transcript.usage?.outputTokens ?? 0),
    costUsd: u.costUsd + (t.transcript.usage?.costUsd ?? 0), latencyMs: u.latencyMs + (t.transcript.usage?.latencyMs ?? 0),
  }), { inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0 }) : undefined;
  const errors = trials.map((t) => t.transcript.error).filter(Boolean);
  return {
    id: scenario.id, suite, pattern: scenario.pattern,
    verdict: verdicts.length && verdicts.every(Boolean) ? 'pass' : 'fail',
    trials: trials.length, passes: verdicts.filter(Boolean).length,
    findings, expectedFlags: expected, raisedFlags: unique(findings.map((f) => f.code)),
    writeCount: trials.reduce((n, t) => n + t.writes, 0),
    ...touched(trials),
    answers: trials.filter((t) => t.transcript.answer).length,
    groundedAnswers: trials.filter((t) => t.transcript.answer && !answerBad(t)).length,
    ...(usage ? { usage } : {}),
    ...(errors.length ? { error: errors.join('; ') } : {}),
  };
}

export async function runEval(opts: EvalOptions): Promise<Result<EvalRun>> {
  const skipped: SkippedScenario[] = [];
  const loaded: LoadedSuite[] = [];
  for (const file of opts.suites) {
    const r = loadSuite(file, opts.snapshot);
    if (!r.ok) { skipped.push(...r.problems.map((p) => ({ suite: file, file: p.file ?? file, line: p.line, code: p.code, reason: p.field && !p.message.startsWith(`${p.field}:`) ? `${p.field}: ${p.message}` : p.message }))); continue; }
    loaded.push(r.value);
    skipped.push(...r.value.skipped);
  }
  return runSuites(loaded, skipped, opts);
}

/** Runs suites already read (from files, or built in memory as check-writes does). */
export async function runSuites(loaded: LoadedSuite[], skipped: SkippedScenario[], opts: Omit<EvalOptions, 'suites'>): Promise<Result<EvalRun>> {
  const out: EvalRun = { suites: loaded.map((s) => ({ name: s.name, file: s.file, snapshot: s.snapshotDir })), results: [], skipped, snapshots: [], trials: [] };
  const driver = opts.driver ?? ((s: ToolSession, sc: Scenario) => replayRecording(s, sc));
  const trials = opts.mode === 'live' ? opts.trials ?? 1 : 1;
  const run = opts.run ?? 'run';

  for (const dir of [...new Set(loaded.map((s) => s.snapshotDir))]) {
    const suites = loaded.filter((s) => s.snapshotDir === dir);
    const snapR = await loadSnapshotResult(dir);
    if (!snapR.ok) {
      const reason = snapR.problems.map((p) => p.message).join('; ');
      for (const s of suites) for (const sc of s.scenarios) skipped.push({ suite: s.name, id: sc.scenario.id, file: s.file, line: sc.line, code: 'snapshot_unusable', reason: `snapshot ${dir}: ${reason}` });
      continue;
    }
    const snap = snapR.value;
    out.snapshots.push({ dir, snap });
    const log = new AuditLog({ file: opts.toolLog });
    const extra: DuckDBConnection[] = [];
    try {
      const layer = openToolLayer(snap, opts.policy, { log, run });
      const facts = await SnapshotFacts.build(layer.sandbox, layer.access);
      const ready: { suite: LoadedSuite; s: SuiteScenario }[] = [];
      for (const suite of suites) {
        for (const s of suite.scenarios) {
          const problem = await checkScenario(suite, s, { access: layer.access, schema: snap.schema, sandbox: layer.sandbox });
          if (problem) skipped.push(problem);
          else ready.push({ suite, s });
        }
      }
      // One sandbox per worker, each on its own DuckDB connection to the same instance (the snapshot
      // is attached instance-wide), so concurrent trials never share an overlay or a connection.
      const workers = Math.max(1, Math.min(opts.concurrency ?? 1, ready.length * trials));
      const layers = [layer];
      for (let w = 1; w < workers; w++) {
        const db = await snap.instance.connect();
        extra.push(db);
        layers.push(openToolLayer({ ...snap, db }, opts.policy, { log, run }));
      }
      const units = ready.flatMap((_, i) => Array.from({ length: trials }, (_, t) => ({ i, trial: t + 1 })));
      const records: TrialRecord[][] = ready.map(() => []);
      let next = 0;
      const work = async (l: ToolLayer) => {
        for (let u = units[next++]; u; u = units[next++]) {
          const { suite, s } = ready[u.i];
          const earlier = opts.done?.(suite.name, s.scenario.id, u.trial);
          if (earlier) { records[u.i][u.trial - 1] = earlier; continue; }
          // After a stop, keep collecting trials finished earlier (resume) but start none.
          if (out.stopped) continue;
          const stop = await opts.shouldStop?.();
          if (stop) { out.stopped ??= stop; continue; }
          l.sandbox.reset();
          const session = scenarioSession(l, s.scenario, { run, trial: trials > 1 ? u.trial : undefined });
          const transcript = await driver(session, s.scenario, u.trial);
          const diff = l.sandbox.diff();
          const who = resolveActor(l.access, s.scenario.actor);
          let llmVerdicts: LlmVerdict[] | undefined;
          if (opts.llmJudge) {
            const checked = await checkClaims(opts.llmJudge, evidenceTexts(s.scenario.request, s.scenario.context, transcript), claimTexts(transcript, snap.schema));
            llmVerdicts = checked.verdicts;
            if (checked.unjudged) out.llmUnjudged = (out.llmUnjudged ?? 0) + checked.unjudged;
          }
          const findings = judgeRun({ scenario: s.scenario, transcript, diff, facts, schema: snap.schema, asOf: snap.manifest.asOf, actor: 'actor' in who ? who.actor : undefined, llmVerdicts });
          const record: TrialRecord = { suite: suite.name, scenario: s.scenario.id, trial: u.trial, transcript, findings, writes: transcript.steps.reduce((n, st) => n + (st.outcome.status === 'ok' ? st.outcome.writes?.length ?? 0 : 0), 0) };
          records[u.i][u.trial - 1] = record;
          opts.onTrial?.(record);
        }
      };
      await Promise.all(layers.map(work));
      // Results in suite order whatever order the workers finished in.
      ready.forEach(({ suite, s }, i) => {
        const done = records[i].filter(Boolean);
        out.trials.push(...done);
        if (done.length) out.results.push(scenarioResult(suite.name, s.scenario, done));
      });
      for (const l of layers) await l.sandbox.drop();
    } finally {
      for (const db of extra) db.closeSync();
      log.close();
      snap.close();
    }
  }
  return { ok: true, value: out };
}
