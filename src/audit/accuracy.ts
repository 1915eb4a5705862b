/**
 * Scores the audit against a generated org's ground truth (defects.json): precision and recall per
 * finding code, matching on (object, record Id, code). Only for testing the audit — the audit itself
 * never reads defects.json.
 */
import type { Defect } from '../core/snapshot-files.js';

export interface CodeAccuracy { code: string; truth: number; found: number; truePositives: number; precision: number; recall: number; missed: string[]; extra: string[] }

export function auditAccuracy(defects: Defect[], findings: { object: string; id: string; code: string }[], sample = 5): CodeAccuracy[] {
  const key = (x: { object: string; id: string; code: string }) => `${x.object}|${x.id}|${x.code}`;
  const truth = new Set(defects.map(key));
  const found = new Set(findings.map(key));
  const codes = [...new Set([...defects.map((d) => d.code), ...findings.map((f) => f.code)])].sort();
  return codes.map((code) => {
    const t = [...truth].filter((k) => k.endsWith(`|${code}`));
    const f = [...found].filter((k) => k.endsWith(`|${code}`));
    const tp = f.filter((k) => truth.has(k)).length;
    return {
      code, truth: t.length, found: f.length, truePositives: tp,
      precision: f.length ? tp / f.length : 1,
      recall: t.length ? tp / t.length : 1,
      missed: t.filter((k) => !found.has(k)).slice(0, sample),
      extra: f.filter((k) => !truth.has(k)).slice(0, sample),
    };
  });
}
