import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultPolicyPath, loadPolicy } from '../../access/policy.js';
import { CrmError, orThrow } from '../../core/problem.js';
import { runSuites } from '../../replay/run-eval.js';
import { proposalsSuite } from '../../replay/shadow.js';
import { evalReport, writeEval } from '../../replay/write-eval.js';
import { consoleOutput } from '../output.js';
import { PACKAGE_ROOT } from '../paths.js';
import { EXIT_SCENARIOS_FAILED, printEvalSummary } from './eval.js';

export function registerCheckWrites(program: Command): void {
  program
    .command('check-writes')
    .description('shadow mode: judge write proposals an AI logged in production (JSONL) with the replay judges')
    .argument('<snapshot>', 'snapshot folder the proposals apply to')
    .requiredOption('--proposals <file>', 'JSONL: one {"actor","object","id"|null,"values","evidence"} per line')
    .requiredOption('--out <dir>', 'run folder to write')
    .option('--policy <file>', 'action policy (default: evals/policy.yaml)')
    .option('-q, --quiet', 'no progress or warnings')
    .action(async (snapshot: string, opts) => {
      const out = consoleOutput(opts);
      const policyFile = opts.policy ?? defaultPolicyPath(PACKAGE_ROOT);
      const policy = orThrow(loadPolicy(policyFile));
      const { suite, skipped } = orThrow(proposalsSuite(resolve(opts.proposals), resolve(snapshot)));
      const run = orThrow(await runSuites([suite], skipped, { policy, mode: 'replay', toolLog: resolve(opts.out, 'tool-calls.jsonl') }));
      const report = { ...evalReport(run, { mode: 'replay', createdAt: new Date().toISOString(), policyFile }), source: 'shadow' };
      writeEval(opts.out, run, report);
      printEvalSummary(out, report, opts.out);
      const flagged = report.scenarios.filter((s) => s.verdict === 'fail').length;
      if (flagged) throw new CrmError({ code: 'writes_flagged', message: `${flagged} of ${report.scenarios.length} proposed write(s) were flagged`, hint: `see ${opts.out}/eval.json` }, EXIT_SCENARIOS_FAILED);
      if (report.skipped.length) throw new CrmError({ code: 'proposals_skipped', message: `${report.skipped.length} line(s) were skipped`, hint: 'fix the lines listed above' });
    });
}
