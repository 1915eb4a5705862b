import type { Command } from 'commander';
import { DEFAULT_API_VERSION, DEFAULT_BULK_THRESHOLD, pullSalesforce } from '../../connectors/salesforce/index.js';
import { CrmError, EXIT_INPUT, EXIT_USAGE } from '../../core/problem.js';
import { consoleOutput, fmtInt, table } from '../output.js';

/** Problems that mean the command line or the environment is wrong, not the org's answers. */
const USAGE_CODES = new Set(['missing_credentials', 'invalid_credentials', 'invalid_option', 'unknown_object', 'output_exists']);

export function registerPull(program: Command): void {
  const cmd = program.command('pull').description('capture a snapshot straight from a CRM (read-only)');
  cmd
    .command('salesforce')
    .description('pull data, metadata and permissions from a Salesforce org into a snapshot (read-only: GET requests and Bulk query jobs only)')
    .requiredOption('--out <dir>', 'snapshot folder to write')
    .option('--objects <names>', 'comma-separated API names (default: Account, Contact, Lead, Opportunity, Case, Task, User, UserRole)')
    .option('--where-since <date>', 'only rows modified on or after this day (YYYY-MM-DD, UTC)')
    .option('--api-version <version>', 'Salesforce API version', DEFAULT_API_VERSION)
    .option('--bulk-threshold <rows>', 'objects with at least this many rows go through Bulk API 2.0', String(DEFAULT_BULK_THRESHOLD))
    .option('--as-of <date>', 'the snapshot date (YYYY-MM-DD) for time rules; default: the day of the pull')
    .option('--name <name>', 'snapshot name (default: the output folder name)')
    .option('--force', 'replace the output folder if it exists')
    .option('-q, --quiet', 'no progress or warnings')
    .addHelpText('after', '\nCredentials come from the environment: SF_INSTANCE_URL + SF_ACCESS_TOKEN, or SF_LOGIN_URL + SF_USERNAME + SF_PASSWORD (+ SF_SECURITY_TOKEN).\nAn interrupted pull resumes per object when run again with the same options.')
    .action(async (opts) => {
      const out = consoleOutput(opts);
      const result = await pullSalesforce({
        out: opts.out, objects: opts.objects ? String(opts.objects).split(',').map((s: string) => s.trim()).filter(Boolean) : undefined,
        whereSince: opts.whereSince, apiVersion: opts.apiVersion, bulkThreshold: Number(opts.bulkThreshold), asOf: opts.asOf, name: opts.name, replace: opts.force,
        onProgress: (object, rows) => out.progress(`pulling ${object}: ${fmtInt(rows)} rows`),
      });
      if (!result.ok) throw new CrmError(result.problems, result.problems.every((p) => USAGE_CODES.has(p.code)) ? EXIT_USAGE : EXIT_INPUT);
      const s = result.value;
      out.progress('', true);
      out.warnings(s.warnings);
      out.result(`wrote ${s.out} from ${s.instanceUrl} (as of ${s.asOf})`);
      out.result(table(['object', 'rows', 'via', 'fields skipped', 'resumed'], Object.entries(s.objects).map(([o, v]) => [o, v.rows, v.via, v.skipped.length, v.resumed ? 'yes' : ''])));
      if (s.apiUsage) out.result(`API requests: ${fmtInt(s.apiUsage.used)} of ${fmtInt(s.apiUsage.limit)} used in the last 24 hours`);
    });
}
