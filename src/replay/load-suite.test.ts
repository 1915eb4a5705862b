import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ORG } from '../cli/paths.js';
import { runScenarios } from '../test-support/run-scenario.js';
import { acmePolicy } from '../test-support/acme-tools.js';
import { loadSuite } from './load-suite.js';
import { runEval } from './run-eval.js';

const write = (text: string) => { const f = join(mkdtempSync(join(tmpdir(), 'crmready-suite-')), 'suite.yaml'); writeFileSync(f, text); return f; };
const GOOD = `  - id: ok
    pattern: read
    actor: 0055g0000000006AAA
    request: "hi"
`;

describe('loadSuite: bad input', () => {
  it('an unreadable YAML file is an error at its line', () => {
    const r = loadSuite(write(`suite: x\nsnapshot: ${SAMPLE_ORG}\nscenarios:\n  - id: a\n    request: "unclosed\n`));
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'invalid_yaml', line: expect.any(Number) });
  });
  it('a suite without scenarios or snapshot says which key is wrong', () => {
    const r = loadSuite(write('suite: x\nscenarios: []\n'));
    expect(!r.ok && r.problems.map((p) => p.field).sort()).toEqual(['scenarios', 'snapshot']);
  });
  it('an unknown key in a scenario skips that scenario with file:line and the key path, and keeps the others', () => {
    const f = write(`suite: x\nsnapshot: ${SAMPLE_ORG}\nscenarios:\n${GOOD}  - id: typo\n    pattern: read\n    actor: 0055g0000000006AAA\n    request: "hi"\n    expect:\n      flag: [hallucinated_value]\n`);
    const r = loadSuite(f);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.scenarios.map((s) => s.scenario.id)).toEqual(['ok']);
    expect(r.value.skipped).toEqual([expect.objectContaining({ id: 'typo', file: f, line: 13, code: 'invalid_scenario', reason: expect.stringContaining('scenarios.1.expect.flag: unknown key "flag"') })]);
  });
  it('an unknown judge code is refused', () => {
    const r = loadSuite(write(`suite: x\nsnapshot: ${SAMPLE_ORG}\nscenarios:\n  - id: a\n    pattern: read\n    actor: "005"\n    request: "hi"\n    expect: {flags: [made_up]}\n`));
    expect(r.ok && r.value.skipped[0].reason).toMatch(/flags\.0/);
  });
});

describe('runEval: scenarios naming what the snapshot lacks', () => {
  it('unknown actor, tool, object and record are skipped with their line; the rest run', async () => {
    const base = { pattern: 'write', request: 'x', actor: '0055g0000000006AAA' };
    const run = await runScenarios([
      { id: 'fine', ...base, recording: { steps: [{ tool: 'get_record', input: { object: 'Account', id: '0015g0000000001AAA' } }] } },
      { id: 'ghost', ...base, actor: '005000000000000AAA' },
      { id: 'tool', ...base, recording: { steps: [{ tool: 'drop_everything', input: {} }] } },
      { id: 'object', ...base, recording: { steps: [{ tool: 'get_record', input: { object: 'Widget', id: 'x' } }] } },
      { id: 'record', ...base, expect: { state: [{ op: 'update', object: 'Account', id: '001000000000000AAA' }] } },
    ]);
    expect(run.results.map((r) => r.id)).toEqual(['fine']);
    expect(run.skipped.map((s) => [s.id, s.code, typeof s.line])).toEqual([
      ['ghost', 'unknown_actor', 'number'], ['tool', 'unknown_tool', 'number'], ['object', 'unknown_object', 'number'], ['record', 'unknown_record', 'number'],
    ]);
    expect(run.skipped[1].reason).toContain('tools: search_records, get_record');
  });
});

describe('loadSuite: the snapshot key', () => {
  const NO_SNAPSHOT = `suite: x\nscenarios:\n${GOOD}`;
  it('may be left out when --snapshot names the snapshot', () => {
    const r = loadSuite(write(NO_SNAPSHOT), SAMPLE_ORG);
    expect(r.ok && [r.value.snapshotDir, r.value.scenarios.length]).toEqual([SAMPLE_ORG, 1]);
  });
  it('left out with no --snapshot, is an error naming the key', () => {
    const r = loadSuite(write(NO_SNAPSHOT));
    expect(!r.ok && r.problems).toEqual([expect.objectContaining({ field: 'snapshot', line: 1, message: expect.stringContaining('missing') })]);
  });
});

describe('runEval: a bad suite header', () => {
  it('the skipped reason names the key', async () => {
    const r = await runEval({ suites: [write('suite: x\nsnapshot: 3\nscenarios: []\n')], policy: acmePolicy(), mode: 'replay' });
    expect(r.ok && r.value.skipped.map((s) => s.reason.split(':')[0]).sort()).toEqual(['scenarios', 'snapshot']);
  });
});
