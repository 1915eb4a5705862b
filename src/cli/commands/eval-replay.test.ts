/** `crmready eval` and `check-writes` as a user meets them: exit codes, messages, contract-valid output. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, SAMPLE_ORG } from '../paths.js';
import { runCli } from '../../test-support/run-cli.js';

const CHECK_PY = join(PACKAGE_ROOT, '../shared/contract/check.py');
const tmp = (tag: string) => mkdtempSync(join(tmpdir(), tag));

function suiteFile(scenarios: string): string {
  const f = join(tmp('crmready-evalcli-'), 'suite.yaml');
  writeFileSync(f, `suite: cli\nsnapshot: ${SAMPLE_ORG}\nscenarios:\n${scenarios}`);
  return f;
}
const PASSING = `  - id: reads
    pattern: read
    actor: 0055g0000000006AAA
    request: "who is Thomas?"
    recording:
      steps:
        - {tool: get_record, input: {object: Contact, id: 0035g0000000002AAA}}
      answer: "Thomas Ferguson, President."
`;

describe('crmready eval', () => {
  it('writes a contract-valid run folder and exits 0 when every scenario behaves as expected', () => {
    const out = tmp('crmready-evalout-');
    const r = runCli(['eval', suiteFile(PASSING), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1\/1 scenarios behaved as expected/);
    for (const f of ['eval.json', 'junit.xml', 'transcripts.jsonl', 'tool-calls.jsonl']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(/<testcase classname="cli.read" name="reads">/);
    if (existsSync(CHECK_PY)) expect(spawnSync('python3', [CHECK_PY, 'run', out], { encoding: 'utf8' }).stdout).toMatch(/^ok: run/);
    else console.warn(`skipped the contract check: ${CHECK_PY} is not here`);
  });
  it('exits 4 when a scenario raises other flags than expected, naming it', () => {
    const bad = PASSING.replace('Thomas Ferguson, President.', 'Thomas Ferguson, President, mobile (213) 555-0199.');
    const r = runCli(['eval', suiteFile(bad), '--out', tmp('crmready-evalout-')]);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/FAIL cli\/reads: raised hallucinated_value/);
    expect(r.stderr).toMatch(/1 scenario\(s\) did not behave as expected/);
  });
  it('skips a scenario with an unknown actor at its line, runs the rest, and exits 3', () => {
    const f = suiteFile(PASSING + PASSING.replace('id: reads', 'id: ghost').replace('0055g0000000006AAA', '005000000000000AAA'));
    const r = runCli(['eval', f, '--out', tmp('crmready-evalout-')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`SKIPPED cli/ghost at ${f}:14: actor 005000000000000AAA is not a user`);
    expect(r.stdout).toMatch(/1\/1 scenarios behaved as expected, 1 skipped/);
  });
  it('a malformed policy file is an error at its file and line', () => {
    const policy = join(tmp('crmready-policy-'), 'policy.yaml');
    writeFileSync(policy, readFileSync(join(PACKAGE_ROOT, 'evals/policy.yaml'), 'utf8').replace('log_call: auto', 'log_call: sometimes'));
    const r = runCli(['eval', suiteFile(PASSING), '--policy', policy, '--out', tmp('crmready-evalout-')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`error: ${policy}:\\d+: actions.log_call: `));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('crmready check-writes', () => {
  it('judges logged proposals and names the lines it could not read', () => {
    const file = join(tmp('crmready-shadowcli-'), 'proposals.jsonl');
    writeFileSync(file, `${JSON.stringify({ actor: '0055g0000000006AAA', object: 'Contact', id: '0035g0000000002AAA', values: { Title: 'CEO' }, evidence: 'Thomas is our CEO now' })}\nnot json\n`);
    const r = runCli(['check-writes', SAMPLE_ORG, '--proposals', file, '--out', tmp('crmready-shadowout-')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`SKIPPED shadow/line-2 at ${file}:2: not JSON`);
    expect(r.stdout).toMatch(/1\/1 scenarios behaved as expected/);
  });
});
