import type { Command } from 'commander';
import { importCsv, listProfiles } from '../../connectors/csv/index.js';
import { orThrow } from '../../core/problem.js';
import { consoleOutput, fmtInt, table } from '../output.js';

export function registerImport(program: Command): void {
  const cmd = program.command('import').description('turn CRM exports into a snapshot');
  cmd
    .command('csv')
    .description('import CSV/JSON exports (Salesforce Data Loader, sf data tree, …) into a snapshot')
    .argument('<src>', 'export folder or file')
    .option('--profile <id>', `export profile: ${listProfiles().map((p) => p.id).join(', ')} (default: detected from the file names and headers)`)
    .requiredOption('--out <dir>', 'snapshot folder to write')
    .option('--as-of <date>', 'the snapshot date (YYYY-MM-DD) for time rules; default: the latest date in the data, else today')
    .option('--name <name>', 'snapshot name (default: the output folder name)')
    .option('--access <file>', 'access.json to use (users, roles, profiles); default: a permissive one derived from the owners')
    .option('--force', 'replace the output folder if it exists')
    .option('-q, --quiet', 'no progress or warnings')
    .action(async (src: string, opts) => {
      const out = consoleOutput(opts);
      const summary = orThrow(await importCsv({
        src, profile: opts.profile, out: opts.out, asOf: opts.asOf, today: new Date().toISOString().slice(0, 10), name: opts.name, access: opts.access, replace: opts.force,
        onProgress: (object, rows) => out.progress(`importing ${object}: ${fmtInt(rows)} rows`),
      }));
      out.progress('', true);
      out.warnings(summary.warnings);
      out.result(`wrote ${summary.out} (as of ${summary.asOf}; profile ${summary.profile}${opts.profile ? '' : ', detected'})`);
      out.result(table(['object', 'read', 'loaded', 'rejected', 'rejects file'], Object.entries(summary.objects).map(([o, s]) => [o, s.read, s.loaded, s.rejected, s.rejectsFile ?? '-'])));
    });
  cmd
    .command('profiles')
    .description('list the export profiles')
    .action(() => {
      consoleOutput().result(table(['profile', 'reads'], listProfiles().map((p) => [p.id, p.description])));
    });
}
