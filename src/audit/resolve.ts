/** Resolves a check entry's objects and fields against the snapshot, with suggestions for typos. */
import type { FieldType } from '../core/codes.js';
import type { Problem } from '../core/problem.js';
import type { FieldDef } from '../core/snapshot-files.js';
import type { AuditContext, CommonCheck, CompileResult } from './check-types.js';

export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

export function suggest(name: string, candidates: string[], max = 3): string[] {
  return candidates
    .map((c) => ({ c, d: editDistance(name, c) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(name.length / 3)) || x.c.toLowerCase().includes(name.toLowerCase()))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}

export interface Resolved { objects: string[]; warnings: Problem[] }

/**
 * The objects a check applies to. Named objects missing from the snapshot or empty are skipped with
 * a warning (a pack is written for many orgs); "*" or no object means every loaded object. A strict
 * pack never gets here with an object schema.json lacks: compile.ts stops it (unknownObjects).
 */
export function resolveObjects(spec: CommonCheck, ctx: AuditContext, checkName: string): Resolved {
  const warnings: Problem[] = [];
  const named = spec.object === undefined || spec.object === '*' ? undefined : Array.isArray(spec.object) ? spec.object : [spec.object];
  const wanted = named ?? Object.keys(ctx.objects);
  const objects: string[] = [];
  for (const o of wanted) {
    if (!ctx.objects[o] || !ctx.schema.objects[o]) {
      const near = suggest(o, Object.keys(ctx.objects));
      warnings.push({ code: 'object_not_in_snapshot', field: o, message: `${checkName}: object ${o} is not in this snapshot; check skipped`, hint: near.length ? `did you mean ${near.join(', ')}?` : undefined });
    } else if (ctx.objects[o].rows === 0) {
      if (named) warnings.push({ code: 'empty_object', field: o, message: `${checkName}: ${o} has no records; check skipped` });
    } else objects.push(o);
  }
  return { objects, warnings };
}

/**
 * Named objects neither schema.json nor the snapshot knows: a typo, not an org without that object
 * (which schema.json would still list). compile.ts makes these errors in a strict pack.
 */
export function unknownObjects(spec: CommonCheck, ctx: AuditContext, checkName: string): Problem[] {
  if (spec.object === undefined || spec.object === '*') return [];
  const known = [...new Set([...Object.keys(ctx.schema.objects), ...Object.keys(ctx.objects)])];
  return (Array.isArray(spec.object) ? spec.object : [spec.object]).filter((o) => !known.includes(o)).map((o) => {
    const near = suggest(o, known);
    return { code: 'unknown_object', field: o, message: `${checkName}: no object ${o} in this snapshot's schema.json`, hint: `${near.length ? `did you mean ${near.join(', ')}? ` : ''}objects: ${known.join(', ')}` };
  });
}

export function fieldDef(ctx: AuditContext, object: string, field: string): FieldDef | undefined {
  return ctx.schema.objects[object]?.fields[field];
}

/** Whether the export has the column at all (a field the schema knows but the file lacks is unknown, not empty). */
export function inFile(ctx: AuditContext, object: string, field: string): boolean {
  return ctx.objects[object]?.fileColumns.includes(field) ?? false;
}

export function unknownFieldProblem(ctx: AuditContext, object: string, field: string, checkName: string): Problem {
  const fields = Object.keys(ctx.schema.objects[object]?.fields ?? {});
  const near = suggest(field, fields);
  return {
    code: 'unknown_field', field: `${object}.${field}`,
    message: `${checkName}: ${object} has no field ${field}`,
    hint: near.length ? `did you mean ${near.join(', ')}? (fields of ${object}: ${fields.slice(0, 40).join(', ')}${fields.length > 40 ? ', …' : ''})` : `fields of ${object}: ${fields.slice(0, 40).join(', ')}${fields.length > 40 ? ', …' : ''}`,
  };
}

/**
 * Fields a check names, or by default the fields matching `byDefault`. Unknown named fields are
 * problems; named fields missing from the export are skipped with a warning. Default fields missing
 * from it are skipped silently (most kinds pick many fields an export may leave out) unless
 * `warnUnexported`: a required field with no column is a gap in the audit worth saying.
 */
export function resolveFields(ctx: AuditContext, object: string, named: string[] | undefined, byDefault: (name: string, def: FieldDef) => boolean, checkName: string, opts: { warnUnexported?: boolean } = {}): { fields: string[]; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const defs = ctx.schema.objects[object].fields;
  const candidates = named ?? Object.keys(defs).filter((f) => byDefault(f, defs[f]));
  const fields: string[] = [];
  for (const f of candidates) {
    if (!defs[f] && !inFile(ctx, object, f)) problems.push(unknownFieldProblem(ctx, object, f, checkName));
    else if (!inFile(ctx, object, f)) {
      if (named || opts.warnUnexported) warnings.push({ code: 'field_not_in_export', field: `${object}.${f}`, message: `${checkName}: ${object}.${f} is in schema.json but not in the export (no such column in ${object}'s file); check skipped`, hint: `export the ${f} column to check it` });
    } else fields.push(f);
  }
  return { fields, problems, warnings };
}

export const isType = (...types: FieldType[]) => (_: string, def: FieldDef) => types.includes(def.type);

/**
 * The shape most check kinds share: resolve the entry's objects, then each object's fields (named,
 * or by default those matching `byDefault`), collecting problems and warnings, and let `build` add
 * the checks (or problems) for one field.
 */
export function compileFields(
  spec: CommonCheck, ctx: AuditContext, checkName: string, named: string[] | undefined,
  byDefault: (name: string, def: FieldDef) => boolean,
  build: (object: string, field: string, out: CompileResult) => void,
  opts: { warnUnexported?: boolean } = {},
): CompileResult {
  const { objects, warnings } = resolveObjects(spec, ctx, checkName);
  const out: CompileResult = { checks: [], problems: [], warnings };
  for (const object of objects) {
    const r = resolveFields(ctx, object, named, byDefault, checkName, opts);
    out.problems.push(...r.problems);
    out.warnings.push(...r.warnings);
    for (const field of r.fields) build(object, field, out);
  }
  return out;
}
