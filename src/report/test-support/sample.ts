/** The sample org's run (test-data/acme: a real audit of fixtures/acme + a hand-written eval.json), reported. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../../cli/paths.js';
import { orThrow } from '../../core/problem.js';
import { loadReadinessConfig, makeReport, type MadeReport } from '../make-report.js';

export const SAMPLE_RUN = join(dirname(fileURLToPath(import.meta.url)), '../test-data/acme');
export const GENERATED_AT = '2026-07-01T08:00:00.000Z';
export const config = () => orThrow(loadReadinessConfig(join(PACKAGE_ROOT, 'evals/readiness.yaml')));

/** A scratch copy of the sample run, minus `drop` files, with `edit` applied to its JSON files. */
export function sampleCopy(drop: string[] = [], edit: Record<string, (json: any) => unknown> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'crmready-report-')), 'run');
  cpSync(SAMPLE_RUN, dir, { recursive: true, filter: (src) => !drop.some((d) => src.endsWith(`/${d}`)) });
  for (const [file, fn] of Object.entries(edit)) writeFileSync(join(dir, file), JSON.stringify(fn(JSON.parse(readFileSync(join(dir, file), 'utf8'))), null, 2));
  return dir;
}

export async function sampleReport(opts: { dir?: string; mask?: boolean; compare?: string } = {}): Promise<MadeReport> {
  return orThrow(await makeReport(opts.dir ?? SAMPLE_RUN, { config: config(), mask: opts.mask ?? true, generatedAt: GENERATED_AT, compare: opts.compare }));
}

export const fileText = (r: MadeReport, file: string): string => r.files.find((f) => f.file === file)!.text;

/** Timestamps become a placeholder so snapshots compare the story, not the clock. */
export const normalise = (s: string): string => s.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<generatedAt>');
