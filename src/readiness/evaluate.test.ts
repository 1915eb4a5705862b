import { describe, expect, it } from 'vitest';
import type { ReadinessConfig } from './config.js';
import { evaluateReadiness } from './evaluate.js';
import { audit, DEFAULT_TARGETS, evalRun, finding, scenario } from './test-support/fixtures.js';

const config = (cumulative = true): ReadinessConfig => ({
  cumulative,
  targets: DEFAULT_TARGETS,
  gates: [
    { id: 'read.hygiene', pattern: 'read', kind: 'hygiene', ready: 90, conditional: 70, whenMissing: 'not_ready' },
    { id: 'read.leaks', pattern: 'read', kind: 'judge_flags', codes: ['permission_leak'], ready: 0, whenMissing: 'not_ready' } as never,
    { id: 'write.hallucinations', pattern: 'write', kind: 'judge_flags', codes: ['hallucinated_value'], ready: 0, whenMissing: 'not_ready' } as never,
    { id: 'act.pass_k', pattern: 'act', kind: 'pass_k', k: 3, ready: 90, whenMissing: 'conditional' } as never,
  ],
});
const NOW = '2026-07-01T00:00:00.000Z';
const clean = evalRun([scenario('r', 'read'), scenario('w', 'write'), scenario('a', 'act')]);

describe('verdicts', () => {
  it('ready, conditional, not ready from the worst gate of each pattern', () => {
    const r = evaluateReadiness({ audit: audit([], { Account: 95, Contact: 92 }), eval: clean }, config(false), NOW);
    expect(r.verdicts).toEqual({ read: 'ready', write: 'ready', act: 'conditional' });
    expect(r.patterns.act.summary).toMatch(/reliability|pass\^3|live trials/);
    const warn = evaluateReadiness({ audit: audit([], { Account: 75, Contact: 92 }), eval: clean }, config(false), NOW);
    expect(warn.verdicts.read).toBe('conditional');
    expect(warn.patterns.read.decidedBy).toEqual(['read.hygiene']);
  });

  it('caps write by read and act by write when cumulative, and says why', () => {
    const leaky = evalRun([scenario('r', 'read', { verdict: 'fail', findings: [finding('permission_leak')] }), scenario('w', 'write'), scenario('a', 'act', { trials: 5, passes: 5 })], 'live');
    const r = evaluateReadiness({ audit: audit([], { Account: 95, Contact: 95 }), eval: leaky }, config(), NOW);
    expect(r.verdicts).toEqual({ read: 'not_ready', write: 'not_ready', act: 'not_ready' });
    expect(r.patterns.write).toMatchObject({ cappedBy: 'read' });
    expect(r.patterns.write.summary).toMatch(/capped at not ready because read is not ready/);
    expect(evaluateReadiness({ audit: audit([], { Account: 95, Contact: 95 }), eval: leaky }, config(false), NOW).verdicts.write).toBe('ready');
  });

  it('a run with the audit only invents no verdict: eval gates are not judged, the missing half is named', () => {
    const r = evaluateReadiness({ audit: audit([], { Account: 95, Contact: 95 }) }, config(false), NOW);
    expect(r.missing).toEqual(['eval.json']);
    expect(r.verdicts).toEqual({ read: 'not_ready', write: 'not_ready', act: 'conditional' });
    expect(r.gates.find((g) => g.id === 'read.hygiene')?.status).toBe('pass');
    expect(r.gates.find((g) => g.id === 'read.leaks')).toMatchObject({ status: 'no_data', passed: false, missing: 'eval.json' });
    expect(r.patterns.read.summary).toMatch(/not judged \(no eval\.json\)/);
  });

  it('a run with the eval only: audit gates not judged, audit.json named as missing', () => {
    const r = evaluateReadiness({ eval: clean }, config(false), NOW);
    expect(r.missing).toEqual(['audit.json']);
    expect(r.gates.find((g) => g.id === 'read.hygiene')).toMatchObject({ status: 'no_data', missing: 'audit.json' });
    expect(r.verdicts.read).toBe('not_ready');
    expect(r.verdicts.write).toBe('ready');
  });

  it('takes the audit targets from the scenarios when they name them', () => {
    const e = evalRun([scenario('r', 'read', { objects: ['Opportunity'] }), scenario('w', 'write', { writes: ['Task.Description'] })]);
    const r = evaluateReadiness({ audit: audit([], { Opportunity: 60, Account: 99, Contact: 99 }), eval: e }, config(false), NOW);
    expect(r.targets).toMatchObject({ readObjects: ['Opportunity'], writeFields: ['Task.Description'], source: { read: 'eval', write: 'eval' } });
    expect(r.verdicts.read).toBe('not_ready');
  });
});
