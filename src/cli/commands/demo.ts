import type { Command } from 'commander';
import { resolve } from 'node:path';
import { SAMPLE_ORG } from '../paths.js';
import { consoleOutput } from '../output.js';
import { runAuditCommand } from './audit.js';
import { runInspect } from './inspect.js';
import { runReportCommand } from './report.js';

/**
 * The first-run experience on the bundled sample org: verify and summarise the snapshot, audit it,
 * then write the readiness report into the same run folder and print the verdicts. Scenario replay
 * joins between the audit and the report; until then the report says the eval half is missing.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run the pipeline on the bundled sample org (fixtures/acme): inspect, audit and the readiness report')
    .option('--out <dir>', 'where to write the results', 'reports/demo')
    .option('--snapshot <dir>', 'use another snapshot instead of the sample org', SAMPLE_ORG)
    .action(async (opts) => {
      const out = consoleOutput();
      const dir = resolve(opts.out);
      await runInspect(opts.snapshot, { cache: false }, out);
      out.result('');
      await runAuditCommand(opts.snapshot, { out: dir, cache: false }, out);
      out.result('');
      await runReportCommand(opts.out, {}, out);
    });
}
