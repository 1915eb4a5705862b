/**
 * Builds the report's data from a run and its readiness: sections, blockers, trend, all masked when
 * asked. Pure: the run was read by load-run.ts, the clock is in `readiness.generatedAt`.
 */
import type { Result } from '../core/problem.js';
import { scenarioFlags, type Readiness } from '../readiness/index.js';
import { auditExample, topBlockers } from './blockers.js';
import { evalSection } from './eval-section.js';
import type { FindingsSummary } from './findings-summary.js';
import type { RunData } from './load-run.js';
import { isPersonalField, makeMasker, type Masker } from './mask.js';
import type { AuditSection, CodeRow, ReportModel } from './model-types.js';
import { compareRuns } from './trend.js';

export interface ModelOptions { mask: boolean; runDir: string; prev?: { run: RunData; readiness: Readiness; runDir: string } }

/** Names seen in person-name fields: masked wherever else they appear (messages, free text). */
function personNames(run: RunData): string[] {
  const names = new Set<string>();
  for (const g of run.findings?.groups ?? []) for (const r of g.examples) if (r.value && isPersonalField(r.object, r.field) && !/email|phone|fax|birth/i.test(r.field)) names.add(r.value);
  for (const s of run.eval?.scenarios ?? []) {
    for (const f of s.findings) if (typeof f.value === 'string' && isPersonalField(f.object, f.field) && !/email|phone|fax|birth/i.test(f.field ?? '')) names.add(f.value);
  }
  return [...names];
}

function codeRows(run: RunData, summary: FindingsSummary | undefined, mask: Masker): CodeRow[] {
  const byCode = new Map<string, CodeRow>();
  if (summary) {
    for (const g of [...summary.groups].sort((a, b) => b.count - a.count || a.check.localeCompare(b.check))) {
      const row = byCode.get(g.code) ?? { code: g.code, records: 0, objects: [], examples: [] };
      row.records += g.count;
      if (!row.objects.includes(g.object)) row.objects.push(g.object);
      if (row.examples.length < 2 && g.examples.length) row.examples.push(auditExample(g, 0, mask));
      byCode.set(g.code, row);
    }
  } else {
    // No findings.csv: counts from audit.json alone, without examples.
    for (const c of run.audit!.checks) {
      if (!c.failed) continue;
      const row = byCode.get(c.code) ?? { code: c.code, records: 0, objects: [], examples: [] };
      row.records += c.failed;
      if (!row.objects.includes(c.object)) row.objects.push(c.object);
      byCode.set(c.code, row);
    }
  }
  return [...byCode.values()].map((r) => ({ ...r, objects: r.objects.sort() })).sort((a, b) => b.records - a.records || a.code.localeCompare(b.code));
}

function auditSection(run: RunData, mask: Masker): AuditSection | undefined {
  const a = run.audit;
  if (!a) return undefined;
  const byCode = codeRows(run, run.findings, mask);
  return {
    overall: a.score.overall,
    byObject: Object.entries(a.score.byObject).map(([name, score]) => ({ name, score })).sort((x, y) => x.score - y.score || x.name.localeCompare(y.name)),
    byDimension: Object.entries(a.score.byDimension).map(([name, score]) => ({ name, score })).sort((x, y) => x.score - y.score || x.name.localeCompare(y.name)),
    byCode,
    findings: run.findings?.total ?? a.findings?.total ?? byCode.reduce((s, r) => s + r.records, 0),
    checks: a.checks.length,
    fixes: run.fixes,
  };
}

function notJudged(r: Readiness): string[] {
  const out: string[] = [];
  if (r.missing.includes('audit.json')) out.push('Data hygiene is not judged: audit.json is missing from this run. Run `crmready audit SNAPSHOT --out RUN_DIR` into the same folder.');
  if (r.missing.includes('eval.json')) out.push('AI behaviour is not judged: eval.json is missing from this run, so no pattern can be ready. Run `crmready eval --out RUN_DIR` into the same folder.');
  for (const g of r.gates) {
    if (g.status !== 'no_data' || g.missing === 'audit.json' || g.missing === 'eval.json') continue;
    out.push(`${g.title} (${g.pattern}) is not judged: ${g.reason.replace(/^not judged: /, '')}.`);
  }
  return out;
}

export function buildModel(run: RunData, readiness: Readiness, opts: ModelOptions): Result<ReportModel> {
  const mask = makeMasker(opts.mask, personNames(run));
  const flags = (run.eval?.scenarios ?? []).map(scenarioFlags);
  const audit = auditSection(run, mask);
  const ev = run.eval ? evalSection(run.eval, flags, mask) : undefined;
  const model: ReportModel = {
    generatedAt: readiness.generatedAt,
    runDir: opts.runDir,
    masked: opts.mask,
    readiness,
    notJudged: notJudged(readiness),
    blockers: topBlockers(readiness.gates, { audit: run.audit, findings: run.findings, flags, mask }),
    audit,
    eval: ev,
  };
  if (opts.prev) {
    const p = opts.prev;
    const pmask = makeMasker(opts.mask, personNames(p.run));
    const pflags = (p.run.eval?.scenarios ?? []).map(scenarioFlags);
    const trend = compareRuns(
      { dir: p.runDir, readiness: p.readiness, audit: auditSection(p.run, pmask), eval: p.run.eval ? evalSection(p.run.eval, pflags, pmask) : undefined },
      { dir: opts.runDir, readiness, audit, eval: ev },
    );
    if (!trend.ok) return trend;
    model.trend = trend.value;
  }
  return { ok: true, value: model };
}
