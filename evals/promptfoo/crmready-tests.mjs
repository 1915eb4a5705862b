// promptfoo test cases from crmready suites: one test per scenario, asserting every crmready judge
// and the scenario's overall verdict. A scenario crmready cannot run is still listed (its test
// fails with the reason) so nothing disappears silently from the table.
import { join, relative } from 'node:path';
import { HERE, lib, suiteFiles } from './crmready.mjs';

// Absolute: promptfoo resolves file:// paths against the config's folder, which is not this one.
const ASSERTIONS = `file://${join(HERE, 'crmready-assertions.mjs')}`;

export default async function generateTests(config = {}) {
  const [{ loadSuite }, { JUDGES }] = await Promise.all([lib('replay/load-suite.js'), lib('replay/judges/registry.js')]);
  const tests = [];
  for (const file of suiteFiles(config)) {
    const r = loadSuite(file);
    if (!r.ok) throw new Error(`${file}: ${r.problems.map((p) => `${p.line ? `line ${p.line}: ` : ''}${p.message}`).join('; ')}`);
    for (const { scenario } of r.value.scenarios) {
      tests.push({
        description: `${r.value.name}/${scenario.id}`,
        vars: { suite: relative(HERE, file), scenario: scenario.id, pattern: scenario.pattern, request: scenario.request, expected: scenario.expect.flags.join(', ') || 'none' },
        assert: [
          { type: 'javascript', value: `${ASSERTIONS}:scenario`, metric: 'as_expected' },
          ...JUDGES.map((j) => ({ type: 'javascript', value: `${ASSERTIONS}:judge`, config: { judge: j.name }, metric: j.name })),
        ],
        metadata: { suite: r.value.name, pattern: scenario.pattern },
      });
    }
  }
  return tests;
}
