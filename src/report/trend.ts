/**
 * The trend against a previous run of the same org. A different org (snapshot name) is refused: the
 * numbers would compare two companies. The same org captured again is the point of a trend; what
 * changed in the data (checksums or row counts) is listed so nobody credits a prompt change with
 * what a data clean-up did.
 */
import type { Problem, Result } from '../core/problem.js';
import { PATTERNS, sameSnapshot, type Readiness } from '../readiness/index.js';
import type { AuditSection, EvalSection, Trend, TrendRow } from './model-types.js';

export interface TrendSide { dir: string; readiness: Readiness; audit?: AuditSection; eval?: EvalSection }

function rows(prev: { name: string; v: number }[], now: { name: string; v: number }[]): TrendRow[] {
  const names = [...new Set([...prev.map((x) => x.name), ...now.map((x) => x.name)])].sort();
  return names.map((name) => ({ name, prev: prev.find((x) => x.name === name)?.v ?? null, now: now.find((x) => x.name === name)?.v ?? null }));
}

export function compareRuns(prev: TrendSide, now: TrendSide): Result<Trend> {
  const a = prev.readiness.snapshot;
  const b = now.readiness.snapshot;
  if (a && b && a.name !== b.name) {
    const p: Problem = {
      code: 'compare_other_snapshot', file: prev.dir,
      message: `--compare run is of snapshot "${a.name}", this run is of "${b.name}": the numbers would compare two different orgs`,
      hint: 'compare with an earlier run of the same org (same snapshot name)',
    };
    return { ok: false, problems: [p] };
  }
  const dataChanges = a && b ? sameSnapshot(a, b).differences : [];
  const gates = now.readiness.gates
    .map((g) => ({ id: g.id, now: g.status, prev: prev.readiness.gates.find((x) => x.id === g.id)?.status }))
    .filter((g): g is Trend['gates'][number] => !!g.prev && g.prev !== g.now);
  return {
    ok: true,
    value: {
      prevDir: prev.dir,
      prevSnapshot: a,
      dataChanges,
      verdicts: PATTERNS.map((p) => ({ pattern: p, prev: prev.readiness.verdicts[p], now: now.readiness.verdicts[p] })),
      overall: prev.audit || now.audit ? { name: 'hygiene score', prev: prev.audit?.overall ?? null, now: now.audit?.overall ?? null } : null,
      byObject: rows((prev.audit?.byObject ?? []).map((x) => ({ name: x.name, v: x.score })), (now.audit?.byObject ?? []).map((x) => ({ name: x.name, v: x.score }))),
      byCode: rows((prev.audit?.byCode ?? []).map((x) => ({ name: x.code, v: x.records })), (now.audit?.byCode ?? []).map((x) => ({ name: x.code, v: x.records }))),
      passRate: rows(
        (prev.eval?.byPattern ?? []).filter((x) => x.passRate !== null).map((x) => ({ name: x.pattern, v: x.passRate! })),
        (now.eval?.byPattern ?? []).filter((x) => x.passRate !== null).map((x) => ({ name: x.pattern, v: x.passRate! })),
      ),
      gates,
    },
  };
}
