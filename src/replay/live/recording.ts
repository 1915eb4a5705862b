/**
 * "Record once, replay forever": each live trial saved as a scenario of the suite format — the same
 * scenario with `recording: {steps, answer}` replaced by what the model did — one YAML suite per
 * source suite per run, so `crmready eval RECORDED.yaml` replays it without a model, to the same
 * verdicts, in CI. Tool results are not stored (replay recomputes them from the snapshot). A trial
 * that did not finish (API failure, step limit, cut-off response) is left out and listed: replaying
 * its half-done steps would judge a different run than the one that failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { loadSuite } from '../load-suite.js';
import type { EvalRun, TrialRecord } from '../run-eval.js';
import type { Scenario } from '../suite-schema.js';

export interface RecordingMeta { model: string; runId: string; createdAt: string }
export interface RecordingsWritten { files: string[]; recorded: number; left: { suite: string; scenario: string; trial: number; reason: string }[] }

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The scenario as the trial played it. Several trials of one scenario become `id.t1`, `id.t2` … */
export function recordedScenario(sc: Scenario, t: TrialRecord, opts: { model: string; trials: number }): Record<string, unknown> {
  return {
    id: opts.trials > 1 ? `${sc.id}.t${t.trial}` : sc.id,
    pattern: sc.pattern,
    ...(sc.description ? { description: sc.description } : {}),
    actor: sc.actor,
    request: sc.request,
    ...(sc.context.length ? { context: sc.context } : {}),
    recording: {
      // The API always sends an object; anything else is kept visibly rather than dropped.
      steps: t.transcript.steps.map((s) => ({ tool: s.tool, input: isObject(s.input) ? s.input : { _invalid: s.input ?? null } })),
      answer: t.transcript.answer,
    },
    ...(sc.approvals.length ? { approvals: sc.approvals } : {}),
    expect: { ...(sc.expect.state ? { state: sc.expect.state } : {}), flags: sc.expect.flags },
    tags: [...new Set([...sc.tags, 'recorded', `model:${opts.model}`])],
  };
}

export function writeRecordings(dir: string, run: EvalRun, meta: RecordingMeta & { trials: number }): RecordingsWritten {
  mkdirSync(dir, { recursive: true });
  const out: RecordingsWritten = { files: [], recorded: 0, left: [] };
  for (const suite of run.suites) {
    const loaded = loadSuite(suite.file, suite.snapshot);
    if (!loaded.ok) continue; // it loaded for the run; a file edited since cannot be recorded against
    const scenarios: Record<string, unknown>[] = [];
    for (const { scenario } of loaded.value.scenarios) {
      for (const t of run.trials.filter((x) => x.suite === suite.name && x.scenario === scenario.id).sort((a, b) => a.trial - b.trial)) {
        if (t.transcript.error) { out.left.push({ suite: suite.name, scenario: scenario.id, trial: t.trial, reason: t.transcript.error }); continue; }
        scenarios.push(recordedScenario(scenario, t, meta));
      }
    }
    if (!scenarios.length) continue;
    const file = join(dir, `${suite.name}.${meta.runId}.yaml`);
    const head = [
      `# Recorded by \`crmready eval --mode live\`: model ${meta.model}, run ${meta.runId} (${meta.createdAt}),`,
      `# from ${suite.file}. Replay without a model: crmready eval ${file}`,
    ].join('\n');
    const body = stringify({ suite: `${suite.name}-recorded`, description: `${suite.name} as ${meta.model} played it live (run ${meta.runId})`, snapshot: relative(dir, suite.snapshot) || '.', scenarios }, { lineWidth: 0, aliasDuplicateObjects: false });
    writeFileSync(file, `${head}\n${body}`);
    out.files.push(file);
    out.recorded += scenarios.length;
  }
  return out;
}
