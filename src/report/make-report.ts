/**
 * The report pipeline over a run folder: read the run (and the one to compare with), decide the
 * verdicts, build the data, render the charts and every renderer's text. Returns the files' texts;
 * write-report.ts puts them on disk, browser.ts prints the PDF.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Result } from '../core/problem.js';
import { evaluateReadiness, parseReadinessConfig, type ReadinessConfig } from '../readiness/index.js';
import { chartSpecs } from './chart-specs.js';
import { renderCharts } from './chart-svg.js';
import { loadRun } from './load-run.js';
import { buildModel } from './model.js';
import type { ReportModel } from './model-types.js';
import { RENDERERS } from './renderers/registry.js';

export function loadReadinessConfig(file: string): Result<ReadinessConfig> {
  if (!existsSync(file)) return { ok: false, problems: [{ code: 'missing_file', file, message: 'no readiness gates file here', hint: 'pass --gates FILE, or leave it out to use evals/readiness.yaml' }] };
  return parseReadinessConfig(readFileSync(file, 'utf8'), file);
}

export interface ReportOptions { config: ReadinessConfig; mask: boolean; generatedAt: string; compare?: string }
export interface MadeReport { model: ReportModel; files: { file: string; text: string }[] }

export async function makeReport(runDir: string, opts: ReportOptions): Promise<Result<MadeReport>> {
  const run = await loadRun(runDir);
  if (!run.ok) return run;
  const readiness = evaluateReadiness(run.value, opts.config, opts.generatedAt);
  let prev: Parameters<typeof buildModel>[2]['prev'];
  if (opts.compare) {
    const p = await loadRun(opts.compare);
    if (!p.ok) return { ok: false, problems: p.problems.map((x) => ({ ...x, message: `--compare: ${x.message}` })) };
    // The previous run is judged by today's gates, so a change of verdict is a change in the run.
    prev = { run: p.value, readiness: evaluateReadiness(p.value, opts.config, opts.generatedAt), runDir: opts.compare };
  }
  const model = buildModel(run.value, readiness, { mask: opts.mask, runDir, prev });
  if (!model.ok) return model;
  const specs = chartSpecs(model.value);
  const charts = await renderCharts(specs);
  const chartTitles = Object.fromEntries(specs.map((s) => [s.id, s.title]));
  return { ok: true, value: { model: model.value, files: RENDERERS.map((r) => ({ file: r.file, text: r.render({ model: model.value, charts, chartTitles }) })) } };
}
