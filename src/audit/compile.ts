/**
 * Expands the plan's checks against one snapshot into compiled checks. Two entries that expand to the
 * same check id (a generic `required` and a specific one for Contact.LastName) are one check: the
 * later, more specific entry wins, so no record is flagged twice for the same rule.
 */
import type { Problem } from '../core/problem.js';
import type { AuditContext, CompiledCheck } from './check-types.js';
import { CHECK_KINDS } from './checks/registry.js';
import type { AuditPlan } from './pack.js';

export function compileChecks(plan: AuditPlan, ctx: AuditContext): { checks: CompiledCheck[]; problems: Problem[]; warnings: Problem[] } {
  const byId = new Map<string, CompiledCheck>();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const { spec, file, line, strict } of plan.checks) {
    const res = CHECK_KINDS[spec.kind].compile(spec, ctx);
    const located = res.problems.map((p) => ({ ...p, file: p.file ?? file, line: p.line ?? line }));
    if (strict) problems.push(...located);
    else warnings.push(...located.map((p) => ({ ...p, message: `${p.message}; check skipped` })));
    warnings.push(...res.warnings.map((p) => ({ ...p, file: p.file ?? file, line: p.line ?? line })));
    for (const c of res.checks) {
      byId.delete(c.id);
      byId.set(c.id, c);
    }
  }
  return { checks: [...byId.values()], problems, warnings };
}
