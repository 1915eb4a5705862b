import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultPolicyPath, loadPolicy } from '../../access/policy.js';
import { CrmError, orThrow } from '../../core/problem.js';
import { runEval, type EvalOptions } from '../../replay/run-eval.js';
import { evalReport, writeEval } from '../../replay/write-eval.js';
import { consoleOutput, table, type Output } from '../output.js';
import { PACKAGE_ROOT } from '../paths.js';

/** Exit code when scenarios ran but some outcome differs from its `expect`. */
export const EXIT_SCENARIOS_FAILED = 4;

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

export async function runEvalCommand(suites: string[], opts: { out: string; snapshot?: string; policy?: string; quiet?: boolean; extra?: Partial<EvalOptions>; model?: string }, out: Output = consoleOutput(opts)) {
  const policyFile = opts.policy ?? defaultPolicyPath(PACKAGE_ROOT);
  const policy = orThrow(loadPolicy(policyFile));
  const files = suites.length ? suites.map((s) => resolve(s)) : defaultSuites();
  const run = orThrow(await runEval({ suites: files, snapshot: opts.snapshot && resolve(opts.snapshot), policy, mode: 'replay', toolLog: join(resolve(opts.out), 'tool-calls.jsonl'), ...opts.extra }));
  const report = evalReport(run, { mode: opts.extra?.mode ?? 'replay', createdAt: new Date().toISOString(), policyFile, k: opts.extra?.trials, model: opts.model });
  writeEval(opts.out, run, report);
  printEvalSummary(out, report, opts.out);
  return { report, run };
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('replay scenario suites against their snapshots through the tool layer and judge every step')
    .argument('[suites...]', 'suite files (default: every evals/suites/*.yaml)')
    .requiredOption('--out <dir>', 'run folder to write')
    .option('--snapshot <dir>', 'run every suite on this snapshot instead of the one it names')
    .option('--policy <file>', 'action policy (default: evals/policy.yaml)')
    .option('-q, --quiet', 'no progress or warnings')
    .action(async (suites: string[], opts) => {
      const { report } = await runEvalCommand(suites, opts);
      const failed = report.scenarios.filter((s) => s.verdict === 'fail').length;
      if (failed) throw new CrmError({ code: 'scenarios_failed', message: `${failed} scenario(s) did not behave as expected`, hint: `see ${opts.out}/eval.json and transcripts.jsonl` }, EXIT_SCENARIOS_FAILED);
      if (report.skipped.length) throw new CrmError({ code: 'scenarios_skipped', message: `${report.skipped.length} scenario(s) were skipped`, hint: 'fix the files and lines listed above' });
    });
}
