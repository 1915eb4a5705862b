/**
 * junit.xml for CI: one test case per gate and one per scenario. A blocking gate or a scenario not as
 * expected is a failure; a conditional gate passes with its reason in system-out (a judgement call,
 * not a broken build); a gate with missing input is skipped, with what is missing.
 */
import type { ReportModel } from '../model-types.js';
import { exampleText } from './markdown.js';
import type { Renderer } from './renderer.js';

export const xml = (s: string): string =>
  s.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderJunit(m: ReportModel): string {
  const gates = m.readiness.gates.map((g) => {
    const head = `    <testcase classname="readiness.${g.pattern}" name="${xml(g.id)}">`;
    if (g.status === 'fail') return `${head}\n      <failure message="${xml(g.reason)}" type="not_ready"/>\n    </testcase>`;
    if (g.status === 'no_data') return `${head}\n      <skipped message="${xml(g.reason)}"/>\n    </testcase>`;
    if (g.status === 'warn') return `${head}\n      <system-out>${xml(`conditional: ${g.reason}`)}</system-out>\n    </testcase>`;
    return `${head.slice(0, -1)}/>`;
  });
  const scenarios = (m.eval?.scenarios ?? []).map((s) => {
    const head = `    <testcase classname="eval.${s.pattern}" name="${xml(s.id)}">`;
    if (s.verdict === 'pass') return `${head.slice(0, -1)}/>`;
    const why = [...s.unexpected.map((x) => `unexpected ${x.code}: ${exampleText({ ...x, scenario: undefined })}`), ...s.missed.map((c) => `expected ${c}, not raised`)];
    const msg = `expected ${s.expected.join(', ') || 'no flags'}, raised ${s.raised.join(', ') || 'none'}`;
    return `${head}\n      <failure message="${xml(msg)}" type="scenario">${xml(why.join('\n'))}</failure>\n    </testcase>`;
  });
  for (const s of m.eval?.skipped ?? []) scenarios.push(`    <testcase classname="eval.skipped" name="${xml(s.id)}">\n      <skipped message="${xml(s.reason)}"/>\n    </testcase>`);
  const failures = (xs: string[]) => xs.filter((x) => x.includes('<failure')).length;
  const skipped = (xs: string[]) => xs.filter((x) => x.includes('<skipped')).length;
  const suite = (name: string, xs: string[]) => `  <testsuite name="${name}" tests="${xs.length}" failures="${failures(xs)}" errors="0" skipped="${skipped(xs)}" timestamp="${xml(m.generatedAt)}">\n${xs.join('\n')}\n  </testsuite>`;
  const all = [...gates, ...scenarios];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="crmready" tests="${all.length}" failures="${failures(all)}" errors="0" skipped="${skipped(all)}">`,
    suite('readiness gates', gates),
    ...(m.eval ? [suite(`scenarios${m.eval.suite ? `: ${xml(m.eval.suite)}` : ''}`, scenarios)] : []),
    '</testsuites>',
    '',
  ].join('\n');
}

export const junit: Renderer = {
  id: 'junit',
  file: 'junit.xml',
  summary: 'JUnit XML for CI: a test case per gate and per scenario',
  render: ({ model }) => renderJunit(model),
};
