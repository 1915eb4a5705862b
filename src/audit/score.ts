/**
 * Scores, 0–100, from check results. A check's score is its pass rate over the records it evaluated.
 * Aggregates weigh each check by its severity weight times the records it evaluated, so a rule on a
 * million tasks counts for more than the same rule on ten users, and a critical rule more than a low
 * one. A dimension (or field, or object) with nothing evaluated is left out — never counted as 100.
 * Completeness is per field (each required-field check is one field), so a wide object with many
 * optional blanks does not collapse towards 0.
 */
import type { Dimension, Severity } from './check-types.js';
import type { Scoring } from './pack.js';

export interface ScoredCheck { id: string; object: string; field?: string; dimension: Dimension; severity: Severity; evaluated: number; failed: number }

export interface AuditScore {
  overall: number | null;
  byObject: Record<string, number>;
  byDimension: Record<string, number>;
  byField: Record<string, number>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

interface Acc { w: number; pass: number }
function add(map: Map<string, Acc>, key: string, w: number, passRate: number) {
  const a = map.get(key) ?? { w: 0, pass: 0 };
  a.w += w;
  a.pass += w * passRate;
  map.set(key, a);
}
const finish = (map: Map<string, Acc>) =>
  Object.fromEntries([...map.entries()].filter(([, a]) => a.w > 0).sort(([a], [b]) => a.localeCompare(b)).map(([k, a]) => [k, round1((100 * a.pass) / a.w)]));

/** Dimension-weighted mean of per-dimension scores (only dimensions that were evaluated). */
function combineDimensions(byDim: Record<string, number>, weights: Record<string, number>): number | null {
  let w = 0;
  let s = 0;
  for (const [d, score] of Object.entries(byDim)) {
    const dw = weights[d] ?? 1;
    w += dw;
    s += dw * score;
  }
  return w > 0 ? round1(s / w) : null;
}

export function scoreAudit(checks: ScoredCheck[], scoring: Scoring): AuditScore {
  const byDim = new Map<string, Acc>();
  const byField = new Map<string, Acc>();
  const byObjDim = new Map<string, Map<string, Acc>>();
  for (const c of checks) {
    if (c.evaluated <= 0) continue;
    const w = (scoring.severity[c.severity] ?? 1) * c.evaluated;
    const pass = 1 - c.failed / c.evaluated;
    add(byDim, c.dimension, w, pass);
    if (c.field) add(byField, `${c.object}.${c.field}`, w, pass);
    const od = byObjDim.get(c.object) ?? new Map<string, Acc>();
    add(od, c.dimension, w, pass);
    byObjDim.set(c.object, od);
  }
  const byDimension = finish(byDim);
  const byObject: Record<string, number> = {};
  for (const [object, dims] of [...byObjDim.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const s = combineDimensions(finish(dims), scoring.dimensions);
    if (s !== null) byObject[object] = s;
  }
  return { overall: combineDimensions(byDimension, scoring.dimensions), byObject, byDimension, byField: finish(byField) };
}
