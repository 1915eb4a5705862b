/**
 * `crmready pull salesforce` as a library: capture a snapshot straight from an org — data, metadata
 * and who may see what — through read-only calls only. Steps: check options and credentials → list
 * the org's objects → per object: describe, count, pull (Bulk 2.0 or REST) into a staging folder that
 * survives interruption → read the access model → commit the snapshot atomically. Problems are
 * returned as data; a failed pull leaves finished objects staged for the next run.
 */
import { renameSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CrmError, EXIT_USAGE, fail, ok, type Problem, type Result } from '../../core/problem.js';
import type { SnapshotSchema } from '../../core/snapshot-files.js';
import { CANONICAL_OBJECTS } from '../../snapshot/canonical/index.js';
import { SnapshotWriter } from '../../snapshot/snapshot-writer.js';
import { describeUsage, type ApiUsage } from './api-errors.js';
import { authFromEnv } from './auth-env.js';
import { describeObject } from './describe-object.js';
import { pullAccess } from './pull-access.js';
import { pullObject } from './pull-object.js';
import { checkPullOptions, DEFAULT_API_VERSION, DEFAULT_BULK_THRESHOLD, type PullOptions } from './pull-options.js';
import { PullStaging, type FinishedObject } from './pull-staging.js';
import { problems } from './problems.js';
import { FieldRefusedError, SfApi } from './sf-api.js';
import { stageValueMeta } from './stage-meta.js';

export interface PulledObject { rows: number; via: 'rest' | 'bulk'; skipped: string[]; resumed: boolean }
export interface PullSummary {
  out: string;
  asOf: string;
  instanceUrl: string;
  objects: Record<string, PulledObject>;
  apiUsage?: ApiUsage;
  warnings: Problem[];
}

/** Requested objects, checked against the org's queryable ones; default: the canonical CRM objects. */
function resolveObjects(requested: string[] | undefined, available: string[]): Result<string[]> {
  const byLower = new Map(available.map((n) => [n.toLowerCase(), n]));
  if (!requested?.length) return ok(Object.keys(CANONICAL_OBJECTS).filter((o) => byLower.has(o.toLowerCase())));
  const unknown = requested.filter((o) => !byLower.has(o.toLowerCase()));
  if (unknown.length) {
    const similar = available.filter((a) => unknown.some((u) => a.toLowerCase().includes(u.toLowerCase().replace(/__c$/, '')))).slice(0, 8);
    return fail(problems.unknownObjects(unknown, similar));
  }
  return ok([...new Set(requested.map((o) => byLower.get(o.toLowerCase()) as string))]);
}

async function run(api: SfApi, opts: PullOptions, capturedAt: string, warnings: Problem[]): Promise<PullSummary> {
  const global = await api.describeGlobal();
  const objects = resolveObjects(opts.objects, global.sobjects.filter((s) => s.queryable !== false).map((s) => s.name));
  if (!objects.ok) throw new CrmError(objects.problems, EXIT_USAGE);
  const key = { instanceUrl: api.instanceUrl, apiVersion: api.version, objects: [...objects.value].sort(), ...(opts.whereSince ? { whereSince: opts.whereSince } : {}) };
  const staging = await PullStaging.open(opts.out, key);
  const resumed = new Set(Object.keys(staging.finished()));
  if (staging.previous === 'resumed' && resumed.size) warnings.push(problems.resumed(staging.dir, [...resumed]));
  if (staging.previous === 'discarded') warnings.push(problems.staleStaging(staging.dir));

  const ctx = { api, staging, whereSince: opts.whereSince, bulkThreshold: opts.bulkThreshold ?? DEFAULT_BULK_THRESHOLD, pollMs: opts.pollMs ?? 250, onProgress: opts.onProgress };
  const done: Record<string, FinishedObject> = {};
  for (const object of objects.value) {
    const finished = staging.finished()[object];
    if (finished) {
      done[object] = finished;
      continue;
    }
    const described = describeObject(await api.describe(object));
    if (opts.whereSince && !described.sinceField) warnings.push(problems.noSinceField(object));
    done[object] = await pullObject(ctx, described);
  }
  for (const [object, d] of Object.entries(done)) if (Object.keys(d.skipped).length) warnings.push(problems.fieldsSkipped(object, d.skipped));

  const { access, notes } = await pullAccess(api, Object.fromEntries(Object.entries(done).map(([o, d]) => [o, { permissionable: d.permissionable }])));
  warnings.push(...notes.map(problems.accessNote));
  const schema: SnapshotSchema = { objects: Object.fromEntries(Object.keys(done).sort().map((o) => [o, structuredClone(done[o].def)])) };
  const stage = schema.objects.Opportunity?.fields.StageName;
  if (stage?.type === 'picklist') {
    try {
      const meta = await stageValueMeta(api);
      // Merged, not replaced: the picklist's own default-value marker (type-mapping) stays.
      if (meta && Object.keys(meta).length) {
        const merged = { ...(stage.valueMeta ?? {}) };
        for (const [v, m] of Object.entries(meta)) merged[v] = { ...(merged[v] ?? {}), ...m };
        stage.valueMeta = merged;
      }
    } catch (e) {
      if (!(e instanceof CrmError || e instanceof FieldRefusedError)) throw e;
      warnings.push(problems.stagesUnavailable(e.message.split('\n')[0]));
    }
  }

  const out = resolve(opts.out);
  const writer = new SnapshotWriter(out, { replace: opts.replace });
  for (const [object, d] of Object.entries(done)) {
    renameSync(staging.dataFile(object), join(writer.staging, 'data', `${object}.csv`));
    writer.addObjectFile(object, { file: `data/${object}.csv`, rows: d.rows, sha256: d.sha256 });
  }
  const skippedFields = Object.fromEntries(Object.entries(done).filter(([, d]) => Object.keys(d.skipped).length).map(([o, d]) => [o, d.skipped]));
  const apiUsage = api.usage();
  writer.commit({
    name: opts.name ?? basename(out), asOf: opts.asOf ?? capturedAt.slice(0, 10), capturedAt,
    source: {
      kind: 'salesforce', instanceUrl: api.instanceUrl, apiVersion: api.version,
      ...(opts.whereSince ? { whereSince: opts.whereSince } : {}),
      via: Object.fromEntries(Object.entries(done).map(([o, d]) => [o, d.via])),
      skippedFields,
      ...(apiUsage ? { apiUsage: { ...apiUsage, note: describeUsage(apiUsage) } } : {}),
    },
  }, { schema, access });
  staging.remove();
  return {
    out, asOf: opts.asOf ?? capturedAt.slice(0, 10), instanceUrl: api.instanceUrl, apiUsage, warnings,
    objects: Object.fromEntries(Object.entries(done).sort(([a], [b]) => (a < b ? -1 : 1)).map(([o, d]) => [o, { rows: d.rows, via: d.via, skipped: Object.keys(d.skipped), resumed: resumed.has(o) }])),
  };
}

export async function pullSalesforce(opts: PullOptions): Promise<Result<PullSummary>> {
  const usage = checkPullOptions(opts);
  if (usage.length) return fail(...usage);
  const auth = authFromEnv(opts.env ?? process.env);
  if (!auth.ok) return auth;
  const capturedAt = new Date().toISOString();
  const warnings: Problem[] = [];
  try {
    const api = await SfApi.connect(auth.value, { apiVersion: opts.apiVersion ?? DEFAULT_API_VERSION, backoffMs: opts.backoffMs, retries: opts.retries });
    return ok(await run(api, opts, capturedAt, warnings));
  } catch (e) {
    if (e instanceof CrmError) return fail(...e.problems);
    throw e;
  }
}
