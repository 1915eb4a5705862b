import { InvalidArgumentError, type Command } from 'commander';
import { generateOrg, type GenerateOptions } from '../../generate/index.js';
import { consoleOutput, fmtInt, table } from '../output.js';

export function parseScale(v: string): GenerateOptions['scale'] {
  if (v === 'small' || v === 'medium' || v === 'large') return v;
  if (/^\d+$/.test(v) && Number(v) > 0) return Number(v);
  throw new InvalidArgumentError('use small, medium, large or a number of contacts (e.g. 1000000)');
}

export function parseSeed(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('the seed is a whole number, e.g. 7');
  return Number(v);
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('write a realistic sample org as a snapshot, with seeded defects and their ground truth (defects.json)')
    .requiredOption('--out <dir>', 'snapshot folder to write')
    .option('--seed <n>', 'random seed: the same seed and scale give byte-identical files', parseSeed, 1)
    .option('--scale <scale>', 'small (~2,000 records), medium (50k contacts), large (1M contacts) or a number of contacts', parseScale, 'small')
    .option('--force', 'replace the output folder if it exists')
    .option('-q, --quiet', 'no progress')
    .action(async (opts) => {
      const out = consoleOutput(opts);
      const summary = await generateOrg({
        out: opts.out, seed: opts.seed, scale: opts.scale, replace: opts.force,
        onProgress: (object, rows) => out.progress(`generating ${object}: ${fmtInt(rows)} rows`),
      });
      out.progress('', true);
      out.result(`wrote ${summary.out} (as of ${summary.asOf}) in ${(summary.ms / 1000).toFixed(1)} s`);
      out.result(table(['object', 'rows'], Object.entries(summary.objects)));
      out.result(`seeded defects: ${Object.entries(summary.defects).map(([c, n]) => `${c} ${fmtInt(n)}`).join(', ')}`);
    });
}
