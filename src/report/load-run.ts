/**
 * Reads a run folder for a report: audit.json and/or eval.json (validated), the findings examples,
 * the fix lists. Every problem — no results at all, a file from another format version, halves from
 * different snapshots — comes back as data naming the file and what to do.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem, Result } from '../core/problem.js';
import { AUDIT_FORMAT, AuditRun, EVAL_FORMAT, EvalRun, parseResults, sameSnapshot } from '../readiness/index.js';
import { summariseFindings, type FindingsSummary } from './findings-summary.js';

export interface RunData {
  dir: string;
  audit?: AuditRun;
  eval?: EvalRun;
  findings?: FindingsSummary;
  /** Fix lists, relative to the run folder (fixes/Contact.csv). */
  fixes: string[];
}

function readJson(file: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (e) {
    return { ok: false, problems: [{ code: 'invalid_json', file, message: `not readable JSON (${(e as Error).message})`, hint: 'the file is damaged or was cut short; run the command that writes it again' }] };
  }
}

export async function loadRun(dir: string): Promise<Result<RunData>> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ok: false, problems: [{ code: 'missing_run', file: dir, message: 'no run folder here', hint: 'pass the folder given to `crmready audit --out` or `crmready eval --out`' }] };
  }
  const problems: Problem[] = [];
  const run: RunData = { dir, fixes: [] };
  const auditFile = join(dir, 'audit.json');
  const evalFile = join(dir, 'eval.json');
  if (existsSync(auditFile)) {
    const json = readJson(auditFile);
    const parsed = json.ok ? parseResults(AuditRun, AUDIT_FORMAT, json.value, auditFile) : json;
    if (parsed.ok) run.audit = parsed.value;
    else problems.push(...parsed.problems);
  }
  if (existsSync(evalFile)) {
    const json = readJson(evalFile);
    const parsed = json.ok ? parseResults(EvalRun, EVAL_FORMAT, json.value, evalFile) : json;
    if (parsed.ok) run.eval = parsed.value;
    else problems.push(...parsed.problems);
  }
  if (problems.length) return { ok: false, problems };
  if (!run.audit && !run.eval) {
    return { ok: false, problems: [{ code: 'no_results', file: dir, message: 'holds neither audit.json nor eval.json: there is nothing to report on', hint: 'run `crmready audit SNAPSHOT --out DIR` and/or `crmready eval --out DIR` first' }] };
  }
  if (run.audit && run.eval?.snapshot) {
    const cmp = sameSnapshot(run.audit.snapshot, run.eval.snapshot);
    if (!cmp.same) {
      return { ok: false, problems: [{ code: 'mixed_snapshots', file: dir, message: `audit.json and eval.json come from different snapshots (${cmp.differences.slice(0, 3).join('; ')})`, hint: 'audit and evaluate the same snapshot into one run folder' }] };
    }
  }
  const findingsFile = join(dir, 'findings.csv');
  if (run.audit && existsSync(findingsFile)) run.findings = await summariseFindings(findingsFile);
  const fixDir = join(dir, 'fixes');
  if (existsSync(fixDir)) run.fixes = readdirSync(fixDir).filter((f) => f.endsWith('.csv')).sort().map((f) => `fixes/${f}`);
  return { ok: true, value: run };
}
