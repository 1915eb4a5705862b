/**
 * Eval outputs (DESIGN "Eval output"): eval.json, junit.xml (one test case per scenario) and
 * transcripts.jsonl (every trial's tool calls, results and answer — what an engineer reads when a
 * scenario fails). Scenario order is suite order, so the same inputs give the same bytes apart
 * from `createdAt`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { metrics, passHatK } from './metrics.js';
import type { EvalRun } from './run-eval.js';

export function evalReport(run: EvalRun, opts: { mode: 'replay' | 'live'; createdAt: string; policyFile: string; k?: number; model?: string }) {
  const first = run.snapshots[0]?.snap;
  const snapshotBlock = (s: NonNullable<typeof first>) => ({
    name: s.manifest.name, asOf: s.manifest.asOf, source: s.manifest.source.kind, dir: s.dir,
    objects: Object.fromEntries(Object.entries(s.objects).map(([k, o]) => [k, o.rows])),
    checksums: Object.fromEntries(Object.entries(s.manifest.objects).map(([k, o]) => [k, o.sha256])),
  });
  return {
    format: 'crmready-eval/1',
    suite: run.suites.map((s) => s.name).join(', '),
    suites: run.suites,
    mode: opts.mode,
    ...(opts.model ? { model: opts.model } : {}),
    createdAt: opts.createdAt,
    policy: opts.policyFile,
    snapshot: first ? snapshotBlock(first) : null,
    ...(run.snapshots.length > 1 ? { snapshots: run.snapshots.map((s) => snapshotBlock(s.snap)) } : {}),
    // pass^k per scenario where it has at least k trials (live runs); replay has one trial each.
    scenarios: run.results.map(({ writeCount: _w, answers: _a, groundedAnswers: _g, ...r }) => (r.trials >= (opts.k ?? 3) && (opts.k ?? 3) >= 2 ? { ...r, passK: Math.round(passHatK(r.trials, r.passes, opts.k ?? 3) * 10_000) / 10_000 } : r)),
    skipped: run.skipped,
    ...(run.stopped ? { stopped: run.stopped } : {}),
    metrics: metrics(run.results, opts.k ?? 3),
  };
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export function junitXml(report: ReturnType<typeof evalReport>): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const suites = [...new Set([...report.scenarios.map((s) => s.suite), ...report.skipped.map((s) => s.suite)])];
  const failed = report.scenarios.filter((s) => s.verdict === 'fail').length;
  lines.push(`<testsuites name="crmready eval" tests="${report.scenarios.length + report.skipped.length}" failures="${failed}" skipped="${report.skipped.length}">`);
  for (const suite of suites) {
    const cases = report.scenarios.filter((s) => s.suite === suite);
    const skips = report.skipped.filter((s) => s.suite === suite);
    lines.push(`  <testsuite name="${xml(suite)}" tests="${cases.length + skips.length}" failures="${cases.filter((c) => c.verdict === 'fail').length}" skipped="${skips.length}">`);
    for (const c of cases) {
      lines.push(`    <testcase classname="${xml(`${suite}.${c.pattern}`)}" name="${xml(c.id)}">`);
      if (c.verdict === 'fail') {
        const missing = c.expectedFlags.filter((f) => !c.raisedFlags.includes(f));
        const extra = c.raisedFlags.filter((f) => !c.expectedFlags.includes(f));
        const msg = [extra.length ? `unexpected: ${extra.join(', ')}` : '', missing.length ? `expected but not raised: ${missing.join(', ')}` : '', c.error ?? ''].filter(Boolean).join('; ');
        lines.push(`      <failure message="${xml(msg)}">${xml(c.findings.map((f) => `[${f.judge}/${f.code}] step ${f.step ?? '-'}: ${f.message}`).join('\n'))}</failure>`);
      }
      lines.push('    </testcase>');
    }
    for (const s of skips) lines.push(`    <testcase classname="${xml(suite)}" name="${xml(s.id ?? '(suite)')}"><skipped message="${xml(`${s.file}${s.line ? `:${s.line}` : ''}: ${s.reason}`)}"/></testcase>`);
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

export function writeEval(dir: string, run: EvalRun, report: ReturnType<typeof evalReport>): string[] {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'eval.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(out, 'junit.xml'), junitXml(report));
  const transcripts = run.trials.map((t) => JSON.stringify({
    suite: t.suite, scenario: t.scenario, trial: t.trial, answer: t.transcript.answer, ...(t.transcript.error ? { error: t.transcript.error } : {}),
    steps: t.transcript.steps.map((s) => ({ index: s.index, tool: s.tool, input: s.input, status: s.outcome.status, code: s.outcome.code, message: s.outcome.message, result: s.outcome.result })),
  }));
  writeFileSync(join(out, 'transcripts.jsonl'), transcripts.length ? `${transcripts.join('\n')}\n` : '');
  return ['eval.json', 'junit.xml', 'transcripts.jsonl'];
}
