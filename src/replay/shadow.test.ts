import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SAMPLE_ORG } from '../cli/paths.js';
import { orThrow } from '../core/problem.js';
import { acmePolicy } from '../test-support/acme-tools.js';
import { runSuites } from './run-eval.js';
import { proposalsSuite } from './shadow.js';

it('judges logged write proposals line by line, skipping lines that are not JSON', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'crmready-shadow-')), 'proposals.jsonl');
  writeFileSync(file, [
    JSON.stringify({ actor: '0055g0000000006AAA', object: 'Contact', id: '0035g0000000002AAA', values: { Title: 'Chief Executive Officer' }, evidence: 'Thomas Ferguson, Chief Executive Officer' }),
    JSON.stringify({ actor: '0055g0000000006AAA', object: 'Contact', id: '0035g0000000002AAA', values: { MobilePhone: '+1 213 555 0100' }, evidence: 'Thanks, Thomas' }),
    '{not json',
    JSON.stringify({ actor: '0055g0000000006AAA', object: 'Task', id: 'new', values: { Subject: 'Follow-up', WhatId: '0015g0000000001AAA' }, evidence: 'account 0015g0000000001AAA' }),
    JSON.stringify({ actor: '0055g0000000006AAA', object: 'Contact' }),
  ].join('\n'));
  const { suite, skipped } = orThrow(proposalsSuite(file, SAMPLE_ORG));
  const run = orThrow(await runSuites([suite], skipped, { policy: acmePolicy(), mode: 'replay' }));
  expect(run.results.map((r) => [r.id, r.verdict, r.raisedFlags])).toEqual([
    ['line-1', 'pass', []], ['line-2', 'fail', ['hallucinated_value']], ['line-4', 'pass', []],
  ]);
  expect(run.skipped.map((s) => [s.line, s.code])).toEqual([[3, 'invalid_json'], [5, 'invalid_proposal']]);
});
