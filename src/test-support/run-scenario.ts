/** Runs inline scenarios on fixtures/acme through the real tool layer and judges, for judge tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { SAMPLE_ORG } from '../cli/paths.js';
import { orThrow } from '../core/problem.js';
import type { ScenarioResult } from '../replay/metrics.js';
import { runEval, type EvalRun } from '../replay/run-eval.js';
import { acmePolicy } from './acme-tools.js';

export async function runScenarios(scenarios: Record<string, unknown>[]): Promise<EvalRun> {
  const dir = mkdtempSync(join(tmpdir(), 'crmready-suite-'));
  const file = join(dir, 'suite.yaml');
  writeFileSync(file, stringify({ suite: 'test', snapshot: SAMPLE_ORG, scenarios }));
  return orThrow(await runEval({ suites: [file], policy: acmePolicy(), mode: 'replay' }));
}

export async function runScenario(scenario: Record<string, unknown>): Promise<ScenarioResult> {
  const run = await runScenarios([{ id: 's', pattern: 'write', actor: '0055g0000000006AAA', request: 'test', ...scenario }]);
  if (run.skipped.length) throw new Error(`skipped: ${JSON.stringify(run.skipped)}`);
  return run.results[0];
}

export const codesOf = (r: ScenarioResult) => r.findings.map((f) => `${f.code}${f.field ? `:${f.field}` : ''}`).sort();

/** Records of fixtures/acme the judge tests lean on. */
export const ACME = {
  REP: '0055g0000000006AAA', // Shirley Green, Sales Rep NA, sees her accounts' contacts' birthdates
  AGENT: '0055g000000000IAAQ', // Joyce Jones, Service Agent: no AnnualRevenue
  ACC: '0015g0000000001AAA', // Pemberton & Rousseau Associates, Shirley's
  THOMAS: '0035g0000000002AAA', // Thomas Ferguson, President there
  OPP: '0065g0000000001AAA', // its open Data Migration deal
} as const;

/** A recording of these steps and no answer. */
export const steps = (...s: unknown[]) => ({ recording: { steps: s, answer: null } });
