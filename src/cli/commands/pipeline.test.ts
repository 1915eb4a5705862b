/**
 * The whole pipeline against the fake Salesforce server: pull → audit → eval (the bundled suites on
 * the pulled snapshot) → report, through the real CLI in child processes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FakeSalesforce } from '../../connectors/salesforce/test-support/fake-salesforce.js';
import { startFake, tempOut } from '../../connectors/salesforce/test-support/pull-harness.js';
import { runCliAsync } from '../../test-support/run-cli.js';

const runCli = runCliAsync;

let fake: FakeSalesforce;
beforeAll(async () => { fake = await startFake(); });
afterAll(() => fake.stop());

it('pull → audit → eval → report works end to end against the fake Salesforce server', async () => {
  const snap = tempOut('crm-e2e-snap-');
  const pulled = await runCli(['pull', 'salesforce', '--out', snap, '--as-of', '2026-06-30', '-q'], { SF_INSTANCE_URL: fake.url, SF_ACCESS_TOKEN: 'fake-token' });
  expect(pulled.code, pulled.stderr).toBe(0);
  const run = tempOut('crm-e2e-run-');
  const audited = await runCli(['audit', snap, '--out', run, '--no-cache', '-q']);
  expect(audited.code, audited.stderr).toBe(0);
  // The fake org serves the sample org's records, so the bundled suites apply to the pulled copy.
  const evaluated = await runCli(['eval', '--snapshot', snap, '--out', run, '-q']);
  expect(evaluated.stderr).not.toMatch(/\n\s+at /);
  const report = JSON.parse(readFileSync(join(run, 'eval.json'), 'utf8'));
  expect(report.snapshot.source).toBe('salesforce');
  expect(report.skipped).toEqual([]);
  const failed = report.scenarios.filter((s: { verdict: string }) => s.verdict === 'fail').map((s: { id: string; raisedFlags: string[]; expectedFlags: string[] }) => `${s.id}: raised ${s.raisedFlags} expected ${s.expectedFlags}`);
  expect(failed).toEqual([]);
  expect(evaluated.code).toBe(0);
  const reported = await runCli(['report', run]);
  expect(reported.code, reported.stderr).toBe(0);
  for (const f of ['audit.json', 'eval.json', 'readiness.json', 'readiness.html', 'readiness.md', 'junit.xml']) expect(existsSync(join(run, f)), f).toBe(true);
  const readiness = JSON.parse(readFileSync(join(run, 'readiness.json'), 'utf8'));
  expect(Object.keys(readiness.verdicts).sort()).toEqual(['act', 'read', 'write']);
}, 180_000);
