import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.js';
import { makeReport } from './make-report.js';
import { config, fileText, GENERATED_AT, sampleCopy, sampleReport } from './test-support/sample.js';

const report = (dir: string, compare?: string) => makeReport(dir, { config: config(), mask: true, generatedAt: GENERATED_AT, compare });
const problems = async (dir: string, compare?: string) => {
  const r = await report(dir, compare);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.problems.map(formatProblem).join('\n');
};

describe('report: bad input', () => {
  it('a run folder with no results says what is missing and how to make it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crmready-empty-'));
    expect(await problems(dir)).toMatch(/holds neither audit\.json nor eval\.json.*\n\s+hint: run `crmready audit SNAPSHOT --out DIR`/);
    expect(await problems(join(dir, 'nope'))).toMatch(/nope: no run folder here/);
  });
  it('results of another format version are named, with the version found and wanted', async () => {
    const dir = sampleCopy([], { 'eval.json': (j) => ({ ...j, format: 'crmready-eval/2' }) });
    expect(await problems(dir)).toMatch(/eval\.json: format: is format "crmready-eval\/2"; this crmready reads "crmready-eval\/1"\n\s+hint: run `crmready eval/);
  });
  it('a damaged results file is named', async () => {
    const dir = sampleCopy();
    writeFileSync(join(dir, 'audit.json'), '{"format": "crmready-audit/1", "sco');
    expect(await problems(dir)).toMatch(/audit\.json: not readable JSON/);
  });
  it('audit and eval of different snapshots in one run are refused', async () => {
    const dir = sampleCopy([], { 'eval.json': (j) => ({ ...j, snapshot: { ...j.snapshot, objects: { ...j.snapshot.objects, Contact: 499 } } }) });
    expect(await problems(dir)).toMatch(/audit\.json and eval\.json come from different snapshots \(Contact: 500 vs 499 rows\)/);
  });
  it('a compare run of another org is refused', async () => {
    const other = sampleCopy(['eval.json'], { 'audit.json': (j) => ({ ...j, snapshot: { ...j.snapshot, name: 'globex' } }) });
    expect(await problems(sampleCopy(), other)).toMatch(/--compare run is of snapshot "globex", this run is of "acme"/);
  });
  it('a compare run that does not exist is named as the compare run', async () => {
    expect(await problems(sampleCopy(), '/nonexistent/prev')).toMatch(/\/nonexistent\/prev: --compare: no run folder here/);
  });
});

describe('report: partial runs say which half is missing', () => {
  it('audit only: hygiene judged, AI behaviour not judged, no pattern ready', async () => {
    const r = await sampleReport({ dir: sampleCopy(['eval.json']) });
    const md = fileText(r, 'readiness.md');
    expect(r.model.readiness.missing).toEqual(['eval.json']);
    expect(Object.values(r.model.readiness.verdicts)).not.toContain('ready');
    expect(md).toMatch(/AI behaviour is not judged: eval\.json is missing/);
    expect(md).toMatch(/\*\*Not judged \(eval\.json missing\)\*\*/);
    expect(fileText(r, 'readiness.html')).toContain('Not judged: this run has no eval.json.');
  });
  it('eval only: AI behaviour judged, hygiene not judged', async () => {
    const r = await sampleReport({ dir: sampleCopy(['audit.json', 'findings.csv']) });
    expect(r.model.readiness.missing).toEqual(['audit.json']);
    expect(r.model.readiness.gates.find((g) => g.id === 'read.hygiene')?.status).toBe('no_data');
    expect(fileText(r, 'readiness.md')).toMatch(/Data hygiene is not judged: audit\.json is missing/);
    expect(fileText(r, 'readiness.html')).toContain('Not judged: this run has no audit.json.');
  });
});

describe('report: trend', () => {
  it('compares with an earlier run of the same org and names what changed in the data', async () => {
    const prev = sampleCopy([], {
      'audit.json': (j) => ({ ...j, snapshot: { ...j.snapshot, objects: { ...j.snapshot.objects, Contact: 480 } }, score: { ...j.score, overall: 91.2, byObject: { ...j.score.byObject, Contact: 88.5 } } }),
      'eval.json': (j) => ({ ...j, snapshot: { ...j.snapshot, objects: { ...j.snapshot.objects, Contact: 480 } } }),
    });
    const r = await sampleReport({ compare: prev });
    const t = r.model.trend!;
    expect(t.dataChanges).toEqual(['Contact: 480 vs 500 rows']);
    expect(t.overall).toEqual({ name: 'hygiene score', prev: 91.2, now: 98.5 });
    expect(t.byObject.find((x) => x.name === 'Contact')).toEqual({ name: 'Contact', prev: 88.5, now: 98.7 });
    expect(fileText(r, 'readiness.html')).toMatch(/id="trend"[\s\S]*id="chart-trend-by-object"/);
    expect(fileText(r, 'readiness.md')).toMatch(/## Trend[\s\S]*\| hygiene score \| 91.2 \| 98.5 \| \+7.3 \|/);
  });
});
