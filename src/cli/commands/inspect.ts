import type { Command } from 'commander';
import { loadSnapshot } from '../../snapshot/load-snapshot.js';
import { summariseSnapshot, type SnapshotSummary } from '../../snapshot/summarise-snapshot.js';
import { findUnparsedValues } from '../../snapshot/unparsed-values.js';
import { consoleOutput, fmtInt, table, type Output } from '../output.js';

export function printSummary(out: Output, s: SnapshotSummary): void {
  out.result(`snapshot ${s.name} (as of ${s.asOf}, source ${s.source}): ${fmtInt(s.totalRows)} rows in ${s.objects.length} objects`);
  out.result(table(['object', 'rows', 'columns', 'filled %', 'required missing'], s.objects.map((o) => [
    o.object, o.rows, o.columns, o.filledPct.toFixed(1),
    Object.entries(o.requiredMissing).map(([f, n]) => `${f} ${fmtInt(n)}`).join(', ') || '-',
  ])));
}

/** Loads a snapshot (verifying every checksum) and prints what is in it. */
export async function runInspect(dir: string, opts: { cache?: boolean; fullVerify?: boolean; json?: boolean; quiet?: boolean }, out = consoleOutput(opts)): Promise<SnapshotSummary> {
  const started = Date.now();
  const snap = await loadSnapshot(dir, {
    cache: opts.cache,
    fullVerify: opts.fullVerify,
    onProgress: (e) => out.progress(e.phase === 'verify' ? `verifying ${e.object}…` : e.phase === 'cached' ? `${e.object}: from cache` : e.rows === undefined ? `loading ${e.object}…` : `loaded ${e.object} (${fmtInt(e.rows)} rows)`, e.rows !== undefined),
  });
  try {
    const summary = await summariseSnapshot(snap);
    const warnings = [...snap.warnings, ...(await findUnparsedValues(snap))];
    if (opts.json) out.result(JSON.stringify({ ...summary, warnings }, null, 2));
    else {
      printSummary(out, summary);
      out.warnings(warnings);
      out.info(`checksums verified${snap.fromCache ? ', tables from cache' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    return summary;
  } finally {
    snap.close();
  }
}

export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('verify a snapshot (checksums, row counts, schema), load it into DuckDB and summarise it')
    .argument('<snapshot>', 'snapshot folder (holds snapshot.json)')
    .option('--json', 'print the summary as JSON')
    .option('--no-cache', 'do not use the on-disk table cache (~/.cache/crmready)')
    .option('--full-verify', 're-hash every data file even if the cache says it is unchanged')
    .option('-q, --quiet', 'no progress or warnings')
    .action(async (dir: string, opts) => {
      await runInspect(dir, opts);
    });
}
