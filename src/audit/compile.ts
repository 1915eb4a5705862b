/**
 * Expands the plan's checks against one snapshot into compiled checks. Two entries that expand to the
 * same check id (a generic `required` and a specific one for Contact.LastName) are one check: the
 * later, more specific entry wins, so no record is flagged twice for the same rule. (Two entries of
 * one pack giving the same explicit id are an error in pack.ts, before this point.)
 */
import type { Problem } from '../core/problem.js';
import type { AuditContext, CompiledCheck } from './check-types.js';
import { notOneExpression } from './checks/custom-sql.js';
import { CHECK_KINDS } from './checks/registry.js';
import type { AuditPlan } from './pack.js';
import { unknownObjects } from './resolve.js';

export function compileChecks(plan: AuditPlan, ctx: AuditContext): { checks: CompiledCheck[]; problems: Problem[]; warnings: Problem[] } {
  const byId = new Map<string, CompiledCheck>();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const { spec, file, line, strict } of plan.checks) {
    const at = (p: Problem): Problem => ({ ...p, file: p.file ?? file, line: p.line ?? line });
    // Kinds skip an object they cannot find with a warning, right for the default pack; in a pack
    // the user wrote, an object schema.json has never heard of is a typo to fix, like a field's.
    const unknown = strict ? unknownObjects(spec, ctx, spec.id ?? spec.kind) : [];
    if (unknown.length) {
      problems.push(...unknown.map(at));
      continue;
    }
    // SQL a pack adds to any check (where:, a consistency expression) is spliced into larger
    // statements, like custom_sql's fail_when: one expression, or an error at the entry.
    const sqlKeys = { where: spec.where, expression: (spec as { expression?: unknown }).expression };
    const badSql = Object.entries(sqlKeys).flatMap(([key, sql]) => {
      const why = typeof sql === 'string' ? notOneExpression(sql, key) : undefined;
      return why ? [at({ code: 'invalid_check_sql', field: `${spec.id ?? spec.kind}.${key}`, message: `${key}: ${why}`, hint: `${key} is one SQL predicate over t (typed row) and r (raw text row), e.g. "t.IsDeleted = FALSE"` })] : [];
    });
    if (badSql.length) {
      if (strict) problems.push(...badSql);
      else warnings.push(...badSql.map((p) => ({ ...p, message: `${p.message}; check skipped` })));
      continue;
    }
    const res = CHECK_KINDS[spec.kind].compile(spec, ctx);
    const located = res.problems.map(at);
    if (strict) problems.push(...located);
    else warnings.push(...located.map((p) => ({ ...p, message: `${p.message}; check skipped` })));
    warnings.push(...res.warnings.map(at));
    // An explicit id on an entry that expands to several checks (fields: [A, B]) would give them
    // all that id, and all but the last would vanish below: such ids get the object and field.
    const ids = res.checks.map((c) => c.id);
    const repeated = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
    for (const c of res.checks) {
      const checked = c.type === 'sql' ? { ...c, id: repeated.has(c.id) ? [c.id, c.object, c.field].filter(Boolean).join('.') : c.id, source: { file, line } } : c;
      byId.delete(checked.id);
      byId.set(checked.id, checked);
    }
  }
  return { checks: [...byId.values()], problems, warnings };
}
