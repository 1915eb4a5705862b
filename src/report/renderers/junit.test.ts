import { describe, expect, it } from 'vitest';
import { fileText, sampleCopy, sampleReport } from '../test-support/sample.js';

describe('junit.xml', () => {
  it('has one test case per gate and per scenario, failing blockers and unexpected outcomes', async () => {
    const report = await sampleReport();
    const xml = fileText(report, 'junit.xml');
    const gates = report.model.readiness.gates;
    const scenarios = report.model.eval!.scenarios;
    expect(xml.match(/<testcase /g)?.length).toBe(gates.length + scenarios.length);
    const failing = gates.filter((g) => g.status === 'fail').length + scenarios.filter((s) => s.verdict === 'fail').length;
    expect(xml.match(/<failure /g)?.length).toBe(failing);
    expect(xml).toMatch(new RegExp(`<testsuites name="crmready" tests="${gates.length + scenarios.length}" failures="${failing}"`));
    expect(xml).toMatch(/<testcase classname="readiness.act" name="act.pass_k">\n\s+<skipped message="not judged: eval.json is a replay run/);
    expect(xml).toMatch(/<testcase classname="eval.write" name="log-call-with-new-phone">\n\s+<failure message="expected no flags, raised hallucinated_value"/);
    expect(xml).not.toContain('555 0188');
  });

  it('lists the scenarios the eval skipped as skipped test cases', async () => {
    const dir = sampleCopy([], { 'eval.json': (j) => ({ ...j, skipped: [{ suite: 's', id: 'bad-actor', file: 'evals/suites/s.yaml', line: 12, reason: 'unknown actor 005x' }] }) });
    const xml = fileText(await sampleReport({ dir }), 'junit.xml');
    expect(xml).toMatch(/<testcase classname="eval.skipped" name="bad-actor">\n\s+<skipped message="evals\/suites\/s.yaml:12: unknown actor 005x"\/>/);
  });
});
