/**
 * generateOrg: writes a deterministic sample Salesforce org as a snapshot directory, with seeded
 * defects of every finding code and their ground truth in defects.json. Same seed and scale, same
 * bytes: nothing reads the clock or Math.random, and work spread over two threads is written in a
 * fixed order (pipeline.ts).
 */
import { join } from 'node:path';
import { FINDING_CODES } from '../core/codes.js';
import { CrmError, EXIT_USAGE, type Result } from '../core/problem.js';
import { canonicalSchema } from '../snapshot/canonical/index.js';
import { SnapshotWriter } from '../snapshot/snapshot-writer.js';
import { buildAccess } from './access.js';
import { dayNumber } from './calendar.js';
import { joinDefectParts, type DefectCounts } from './defect-log.js';
import { AS_OF, CAPTURED_AT } from './defect-rules.js';
import { defectPartPath, type JobResult } from './object-jobs.js';
import { makeContext, type OrgContext } from './org-context.js';
import { runInline, runParallel, WorkerFailed, type Progress } from './pipeline.js';
import { checkSeed, planFor, type Plan, type Scale } from './plan.js';
import { buildSkeleton } from './skeleton.js';
import { USER_HEADER, USER_ROLE_HEADER, roleRows, userRows } from './user-rows.js';
import { buildPeople } from './users.js';

export interface GenerateOptions {
  out: string;
  seed: number;
  scale: Scale;
  replace?: boolean;
  onProgress?: (object: string, rows: number) => void;
  /** Run everything on the calling thread (same output, about half the speed on two cores). */
  singleThread?: boolean;
}

export interface GenerateSummary {
  out: string;
  asOf: string;
  objects: Record<string, number>;
  defects: Record<string, number>;
  ms: number;
  /** 2 when a worker thread shared the work, 1 when everything ran on the calling thread. */
  threads?: number;
}

/** The order of defects.json: by object, as an auditor reads an org. */
const DEFECT_ORDER = ['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Task'];

export function resolveOptions(opts: GenerateOptions): Result<{ plan: Plan; seed: number }> {
  const plan = planFor(opts.scale);
  const seed = checkSeed(opts.seed);
  if (plan.ok && seed.ok) return { ok: true, value: { plan: plan.value, seed: seed.value } };
  return { ok: false, problems: [...(plan.ok ? [] : plan.problems), ...(seed.ok ? [] : seed.problems)] };
}

export async function generateOrg(opts: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const resolved = resolveOptions(opts);
  if (!resolved.ok) throw new CrmError(resolved.problems, EXIT_USAGE);
  const { plan, seed } = resolved.value;
  const asOfDay = dayNumber(AS_OF);
  const people = buildPeople(seed, plan.contacts, asOfDay);
  const ctx = makeContext(seed, plan, buildSkeleton(plan, people, seed, asOfDay), people);
  const progress: Progress = opts.onProgress ?? (() => {});
  if (!opts.singleThread) {
    try {
      return await write(ctx, opts, true, progress, started);
    } catch (e) {
      // A worker that cannot start or dies costs speed, not output: start over on this thread.
      if (!(e instanceof WorkerFailed)) throw e;
    }
  }
  return write(ctx, { ...opts, replace: true }, false, progress, started);
}

async function write(ctx: OrgContext, opts: GenerateOptions, parallel: boolean, progress: Progress, started: number): Promise<GenerateSummary> {
  const writer = new SnapshotWriter(opts.out, { replace: opts.replace });
  try {
    const users = writer.object('User', USER_HEADER);
    users.writeText(userRows(ctx.people, ctx.asOfDay), ctx.people.users.length);
    const roles = writer.object('UserRole', USER_ROLE_HEADER);
    roles.writeText(roleRows(ctx.people), ctx.people.roles.length);
    const results: JobResult[] = parallel ? await runParallel(ctx, writer.staging, progress) : runInline(ctx, writer.staging, progress);
    for (const r of results) writer.addObjectFile(r.object, { file: `data/${r.object}.csv`, rows: r.rows, sha256: r.sha256 });
    await joinDefectParts(join(writer.staging, 'defects.json'), DEFECT_ORDER.map((o) => defectPartPath(writer.staging, o)));
    const manifest = writer.commit(
      {
        name: 'acme', asOf: AS_OF, capturedAt: CAPTURED_AT,
        source: { kind: 'generator', generator: 'crmready-generate/1', seed: ctx.seed, scale: opts.scale, contacts: ctx.plan.contacts },
      },
      { schema: canonicalSchema(), access: buildAccess(ctx.people) },
    );
    return {
      out: writer.target,
      asOf: AS_OF,
      objects: Object.fromEntries(Object.entries(manifest.objects).map(([k, v]) => [k, v.rows])),
      defects: sumCounts(results.map((r) => r.defects)),
      ms: Math.round(performance.now() - started),
      threads: parallel ? 2 : 1,
    };
  } catch (e) {
    writer.abort();
    throw e;
  }
}

function sumCounts(parts: DefectCounts[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const code of FINDING_CODES) {
    const n = parts.reduce((s, p) => s + (p[code] ?? 0), 0);
    if (n) out[code] = n;
  }
  return out;
}

export { AS_OF } from './defect-rules.js';
export { FIELD_DEFECTS, STALE_RATE, INACTIVE_OWNER_RATE, DUPLICATE_RATE } from './defect-rates.js';
export { COUNTRIES } from './countries.js';
