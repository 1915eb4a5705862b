/**
 * Reads a suite file: YAML with line numbers, the suite header checked whole, each scenario checked
 * on its own so that one bad scenario is skipped (with file, line and key) while the others run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Problem, Result } from '../core/problem.js';
import { lineOf, parseYamlText, validateYaml, type YamlSource } from '../core/yaml-file.js';
import { ScenarioSchema, SuiteSchema, type Scenario } from './suite-schema.js';

export interface SkippedScenario { suite: string; id?: string; file: string; line?: number; code: string; reason: string }
export interface SuiteScenario { scenario: Scenario; line?: number; index: number }
export interface LoadedSuite {
  file: string;
  name: string;
  snapshotDir: string;
  scenarios: SuiteScenario[];
  skipped: SkippedScenario[];
  /** Source positions, for checks that need the snapshot (unknown actor, object, record). */
  src?: YamlSource;
}

const HINT = 'see DESIGN "Scenario suite" and evals/suites/*.yaml for the format';

export function loadSuite(file: string, snapshotOverride?: string): Result<LoadedSuite> {
  if (!existsSync(file)) return { ok: false, problems: [{ code: 'missing_suite', file, message: 'suite file not found', hint: 'give a path to a .yaml suite, or none to run evals/suites/*.yaml' }] };
  const parsed = parseYamlText(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) return parsed;
  const { value, src } = parsed.value;
  const head = validateYaml(SuiteSchema, value, src, 'invalid_suite', HINT);
  // `snapshot` may be left out only when --snapshot names one.
  const noSnapshot: Problem[] = !snapshotOverride && (value as { snapshot?: unknown } | null)?.snapshot === undefined
    ? [{ code: 'invalid_suite', file, line: 1, field: 'snapshot', message: 'missing: the suite does not say which snapshot it runs on', hint: 'add `snapshot: PATH` (relative to the suite file) or pass --snapshot DIR' }]
    : [];
  if (!head.ok) return { ok: false, problems: [...head.problems, ...noSnapshot] };
  if (noSnapshot.length) return { ok: false, problems: noSnapshot };
  const suite = head.value;
  const scenarios: SuiteScenario[] = [];
  const skipped: SkippedScenario[] = [];
  const ids = new Set<string>();
  suite.scenarios.forEach((raw, i) => {
    const path = ['scenarios', i];
    const r = ScenarioSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown })?.id;
    if (!r.success) {
      const issue = r.error.issues[0];
      const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
      const at = [...path, ...issue.path, ...keys.slice(0, 1)];
      skipped.push({
        suite: suite.suite, id: typeof rawId === 'string' ? rawId : undefined, file, line: lineOf(src, at), code: 'invalid_scenario',
        reason: `${at.map(String).join('.')}: ${keys.length ? `unknown key "${keys[0]}"` : issue.message}`,
      });
      return;
    }
    if (ids.has(r.data.id)) {
      skipped.push({ suite: suite.suite, id: r.data.id, file, line: lineOf(src, [...path, 'id']), code: 'duplicate_scenario', reason: `scenario id ${r.data.id} is used twice in this suite` });
      return;
    }
    ids.add(r.data.id);
    scenarios.push({ scenario: r.data, line: lineOf(src, path), index: i });
  });
  return { ok: true, value: { file, name: suite.suite, snapshotDir: snapshotOverride ?? resolve(dirname(file), suite.snapshot!), scenarios, skipped, src } };
}

export const skippedProblem = (s: SkippedScenario): Problem => ({ code: s.code, file: s.file, line: s.line, field: s.id, message: s.reason });
