/**
 * Expands the plan's checks against one snapshot into compiled checks. Two entries that expand to the
 * same check id (a generic `required` and a specific one for Contact.LastName) are one check: the
 * later, more specific entry wins, so no record is flagged twice for the same rule. (Two entries of
 * one pack giving the same explicit id are an error in pack.ts, before this point.)
 */
import type { Problem } from '../core/problem.js';
import type { AuditContext, CompiledCheck } from './check-types.js';
import { CHECK_KINDS } from './checks/registry.js';
import type { AuditPlan } from './pack.js';
import { unknownObjects } from './resolve.js';
import { notOneExpression } from './sql.js';

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
    // A pack's where: is spliced into every check's statements, like custom_sql's fail_when: one
    // expression, or an error at the entry. (Kinds screen their own SQL keys.)
    const badWhere = typeof spec.where === 'string' ? notOneExpression(spec.where, 'where') : undefined;
    if (badWhere) {
      const p = at({ code: 'invalid_check_sql', field: `${spec.id ?? spec.kind}.where`, message: `where: ${badWhere}`, hint: 'where is one SQL predicate over t (typed row) and r (raw text row), e.g. "t.IsDeleted = FALSE"' });
      if (strict) problems.push(p);
      else warnings.push({ ...p, message: `${p.message}; check skipped` });
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
