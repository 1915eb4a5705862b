import type { Command } from 'commander';
import { resolve } from 'node:path';
import { SAMPLE_ORG } from '../paths.js';
import { consoleOutput } from '../output.js';
import { runAuditCommand } from './audit.js';
import { defaultSuites, runEvalCommand } from './eval.js';
import { runInspect } from './inspect.js';
import { runReportCommand } from './report.js';

/**
 * The first-run experience on the bundled sample org: verify and summarise the snapshot, audit it,
 * replay the bundled scenario suites through the tool layer and judge them, then write the
 * readiness report into the same run folder and print the verdicts.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run the pipeline on the bundled sample org (fixtures/acme): inspect, audit, scenario replay and the readiness report')
    .option('--out <dir>', 'where to write the results', 'reports/demo')
    .option('--snapshot <dir>', 'use another snapshot instead of the sample org', SAMPLE_ORG)
    .action(async (opts) => {
      const out = consoleOutput();
      const dir = resolve(opts.out);
      await runInspect(opts.snapshot, { cache: false }, out);
      out.result('');
      await runAuditCommand(opts.snapshot, { out: dir, cache: false }, out);
      out.result('');
      // The bundled suites name the sample org; another snapshot replaces it for every suite.
      await runEvalCommand(defaultSuites(), { out: dir, snapshot: resolve(opts.snapshot) === SAMPLE_ORG ? undefined : opts.snapshot }, out);
      out.result('');
      await runReportCommand(opts.out, {}, out);
    });
}
