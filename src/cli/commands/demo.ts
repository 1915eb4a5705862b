import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SAMPLE_ORG } from '../paths.js';
import { consoleOutput } from '../output.js';
import { runInspect } from './inspect.js';

/**
 * The first-run experience on the bundled sample org. For now: verify, load and summarise the
 * snapshot; audit, eval and report join this pipeline as they are built.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run the pipeline on the bundled sample org (fixtures/acme)')
    .option('--out <dir>', 'where to write the results', 'reports/demo')
    .option('--snapshot <dir>', 'use another snapshot instead of the sample org', SAMPLE_ORG)
    .action(async (opts) => {
      const out = consoleOutput();
      const summary = await runInspect(opts.snapshot, { cache: false }, out);
      const dir = resolve(opts.out);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'snapshot-summary.json'), JSON.stringify(summary, null, 2) + '\n');
      out.result(`summary written to ${join(dir, 'snapshot-summary.json')}`);
    });
}
