import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { orThrow } from '../../core/problem.js';
import { PATTERNS } from '../../readiness/index.js';
import { loadReadinessConfig, makeReport, printPdf, screenshot, writeReport, type MadeReport } from '../../report/index.js';
import { verdictLabel } from '../../report/words.js';
import { consoleOutput, type Output } from '../output.js';
import { PACKAGE_ROOT } from '../paths.js';

export const DEFAULT_GATES = resolve(PACKAGE_ROOT, 'evals/readiness.yaml');

export interface ReportCommandOptions { compare?: string; mask?: boolean; pdf?: boolean; png?: boolean; gates?: string; quiet?: boolean }

export function printVerdicts(out: Output, report: MadeReport): void {
  const r = report.model.readiness;
  const label = (p: (typeof PATTERNS)[number]) => verdictLabel(r.patterns[p], r.gates);
  const width = Math.max(...PATTERNS.map((p) => label(p).length));
  out.result('readiness');
  for (const p of PATTERNS) out.result(`  ${p.padEnd(5)}  ${label(p).padEnd(width)}  ${r.patterns[p].summary}`);
  for (const s of report.model.notJudged) out.result(`not judged: ${s}`);
}

export async function runReportCommand(runDir: string, opts: ReportCommandOptions, out: Output = consoleOutput(opts)): Promise<{ report: MadeReport; html: string }> {
  const config = orThrow(loadReadinessConfig(opts.gates ?? DEFAULT_GATES));
  const report = orThrow(await makeReport(runDir, { config, mask: opts.mask !== false, compare: opts.compare, generatedAt: new Date().toISOString() }));
  const written = writeReport(runDir, report);
  const html = resolve(runDir, 'readiness.html');
  if (opts.pdf) written.push(orThrow(await printPdf(html, join(runDir, 'readiness.pdf'))));
  if (opts.png) written.push(orThrow(await screenshot(html, join(runDir, 'readiness.png'))));
  printVerdicts(out, report);
  out.result(`wrote ${written.join(', ')}`);
  out.result(`open ${html}`);
  return { report, html };
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('decide readiness per AI pattern from a run folder (audit.json and/or eval.json) and write readiness.html, .md, .json and junit.xml')
    .argument('<run-dir>', 'run folder written by `crmready audit --out` and/or `crmready eval --out`')
    .option('--compare <prev-run-dir>', 'show the trend against an earlier run of the same org')
    .option('--no-mask', 'show personal data (names, emails, phones) in example records')
    .option('--pdf', 'also print readiness.pdf with chromium')
    .option('--png', 'also save a screenshot of the report (readiness.png) with chromium')
    .option('--gates <file>', 'readiness gates to apply', DEFAULT_GATES)
    .option('-q, --quiet', 'no progress or warnings')
    .action(async (dir: string, opts) => {
      await runReportCommand(dir, opts);
    });
}
