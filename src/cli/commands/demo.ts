import type { Command } from 'commander';
import { resolve } from 'node:path';
import { SAMPLE_ORG } from '../paths.js';
import { consoleOutput } from '../output.js';
import { runAuditCommand } from './audit.js';
import { runInspect } from './inspect.js';

/**
 * The first-run experience on the bundled sample org: verify and summarise the snapshot, then audit
 * it. Replay and the readiness report join this pipeline as they are built.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run the pipeline on the bundled sample org (fixtures/acme): inspect and audit')
    .option('--out <dir>', 'where to write the results', 'reports/demo')
    .option('--snapshot <dir>', 'use another snapshot instead of the sample org', SAMPLE_ORG)
    .action(async (opts) => {
      const out = consoleOutput();
      await runInspect(opts.snapshot, { cache: false }, out);
      out.result('');
      await runAuditCommand(opts.snapshot, { out: resolve(opts.out), cache: false }, out);
    });
}
