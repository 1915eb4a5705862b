/** The audit as one call: plan + loaded snapshot → run directory. */
import { join } from 'node:path';
import type { Result } from '../core/problem.js';
import type { LoadedSnapshot } from '../snapshot/load-snapshot.js';
import { loadAuditPlan, type AuditPlan } from './pack.js';
import { runAudit, type AuditResult } from './run-audit.js';
import { writeAudit, type WrittenAudit } from './write-audit.js';

export interface AuditOptions {
  /** Folder of the default packs (the package's audits/), or false to use only `audits`. */
  defaultPacks: string | false;
  audits?: string[];
  onProgress?: (msg: string, done?: boolean) => void;
}

export async function auditSnapshot(snap: LoadedSnapshot, outDir: string, opts: AuditOptions): Promise<Result<{ plan: AuditPlan; audit: AuditResult; written: WrittenAudit }>> {
  const plan = loadAuditPlan(opts.defaultPacks || undefined, opts.audits);
  if (!plan.ok) return plan;
  const audit = await runAudit(snap, plan.value, { onProgress: opts.onProgress });
  if (!audit.ok) return audit;
  const written = await writeAudit(outDir, snap, plan.value, audit.value);
  return { ok: true, value: { plan: plan.value, audit: audit.value, written } };
}

export { loadAuditPlan, runAudit, writeAudit };
export const defaultPackDir = (packageRoot: string) => join(packageRoot, 'audits');
