/**
 * duplicate: the same person or company entered twice — Contacts, Leads (and Leads that duplicate a
 * Contact) and Accounts. Blocking keys keep the cost near-linear, field similarity decides, connected
 * components form clusters (duplicates/). Each non-master member is a finding carrying its cluster id;
 * the message names the surviving master and the most similar record (`of`).
 */
import { z } from 'zod';
import type { CheckKind, CompileResult, ExternalFinding } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { findDuplicates } from '../duplicates/find-duplicates.js';
import type { DedupeObject, DuplicateTable } from '../duplicates/types.js';
import { resolveObjects } from '../resolve.js';
import { rawWithRowid } from '../scan-source.js';

const SUPPORTED: DedupeObject[] = ['Contact', 'Lead', 'Account'];

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('duplicate'),
  /** Minimum match score, 0–1 (see duplicates/score-model.ts). */
  threshold: z.number().min(0).max(1).optional(),
  /** Also match Leads against Contacts. */
  cross_object: z.boolean().default(true),
});

export const duplicate: CheckKind<z.infer<typeof Params>> = {
  kind: 'duplicate',
  summary: 'fuzzy duplicates of Contacts, Leads (also Lead↔Contact) and Accounts, clustered',
  params: Params,
  defaults: { dimension: 'uniqueness', severity: 'high', code: 'duplicate' },
  example: { kind: 'duplicate', object: ['Contact', 'Lead', 'Account'] },
  compile(spec, ctx) {
    const named = spec.object === undefined || spec.object === '*' ? SUPPORTED : undefined;
    const { objects, warnings } = resolveObjects(named ? { ...spec, object: SUPPORTED.filter((o) => ctx.objects[o]) } : spec, ctx, spec.id ?? 'duplicate');
    const out: CompileResult = { checks: [], problems: [], warnings };
    const unsupported = objects.filter((o) => !SUPPORTED.includes(o as DedupeObject));
    for (const o of unsupported) out.problems.push({ code: 'invalid_check', field: o, message: `duplicate: ${o} is not supported (Contact, Lead, Account)` });
    const targets = objects.filter((o): o is DedupeObject => SUPPORTED.includes(o as DedupeObject));
    if (!targets.length) return out;
    out.checks.push({
      type: 'external', kind: 'duplicate', id: spec.id ?? 'duplicate', objects: targets,
      dimension: spec.dimension ?? 'uniqueness', severity: spec.severity ?? 'high', code: 'duplicate',
      async run(db, runCtx) {
        const tables: DuplicateTable[] = targets.map((object) => ({ object, table: rawWithRowid(runCtx, object), columns: runCtx.objects[object].fileColumns }));
        const found = await findDuplicates(db, tables, undefined, { threshold: spec.threshold, crossObject: spec.cross_object });
        const findings: ExternalFinding[] = found.map((f) => ({
          object: f.object, id: f.id, cluster: f.cluster, value: f.of,
          message: `duplicate of ${f.ofObject} ${f.of} (score ${f.score.toFixed(2)}; master ${f.masterObject} ${f.master}): ${f.reason}`,
        }));
        return { evaluated: Object.fromEntries(targets.map((o) => [o, runCtx.objects[o].rows])), findings };
      },
    });
    return out;
  },
};
