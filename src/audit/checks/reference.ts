/**
 * reference: lookups that point nowhere (the parent was deleted or never exported). Ids compare on
 * their first 15 characters, as Salesforce does, so 15- and 18-char forms match. A value can only be
 * judged when its target object is in the snapshot: a WhatId pointing at a Case when Cases were not
 * exported is not evaluated (its key prefix belongs to no loaded target), rather than guessed.
 * `blank_is_orphan` also flags empty lookups (e.g. contacts with no account: "private" contacts).
 */
import { z } from 'zod';
import type { AuditContext, CheckKind } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { compileFields, fieldDef } from '../resolve.js';
import { and, isBlank, lit, notBlank, raw, text } from '../sql.js';

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('reference'),
  fields: z.array(z.string()).optional(),
  blank_is_orphan: z.boolean().default(false),
});

/**
 * SQL yielding the 15-char Ids of one target object, from its table or from access.json. Rows
 * without an Id are left out: one NULL in the list makes `x IN (…)` NULL rather than FALSE for
 * every value not in it, and every orphan would pass.
 */
function targetIds(ctx: AuditContext, target: string): string | undefined {
  if (ctx.objects[target]) return `SELECT left(Id, 15) AS id FROM ${ctx.objects[target].table} WHERE Id IS NOT NULL`;
  const fromAccess: Record<string, string[]> = {
    User: ctx.access.users.map((u) => u.id),
    UserRole: ctx.access.roles.map((r) => r.id),
    Profile: ctx.access.profiles.map((p) => p.id),
  };
  const ids = fromAccess[target];
  if (!ids?.length) return undefined;
  return `SELECT left(id, 15) AS id FROM (VALUES ${ids.map((i) => `(${lit(i)})`).join(', ')}) v(id)`;
}

export const reference: CheckKind<z.infer<typeof Params>> = {
  kind: 'reference',
  summary: 'lookups whose target record does not exist (orphans)',
  params: Params,
  defaults: { dimension: 'integrity', severity: 'high', code: 'orphan_reference' },
  example: { kind: 'reference', object: 'Contact', fields: ['AccountId'] },
  compile(spec, ctx) {
    return compileFields(spec, ctx, spec.id ?? 'reference', spec.fields, (_, def) => def.type === 'reference', (object, field, out) => {
    const targets = fieldDef(ctx, object, field)?.referenceTo ?? [];
    // The targets that can be judged (loaded, or users/roles/profiles from access.json), with their Ids.
    const judged = targets.flatMap((target) => {
      const ids = targetIds(ctx, target);
      return ids ? [{ target, ids }] : [];
    });
    const sources = judged.map((j) => j.ids);
    if (!sources.length) {
      if (spec.fields) out.warnings.push({ code: 'target_not_in_snapshot', field: `${object}.${field}`, message: `${object}.${field} points to ${targets.join('/') || 'an unknown object'}, which is not in the snapshot; check skipped` });
      return;
    }
    const union = sources.join(' UNION ALL ');
    const known = `left(${text(field)}, 15) IN (${union})`;
    const allLoaded = sources.length === targets.length;
    const prefixes = `left(${text(field)}, 3) IN (SELECT DISTINCT left(id, 3) FROM (${union}))`;
    // With some targets missing, judge only values that look like they belong to a loaded one.
    const judgeable = allLoaded ? 'TRUE' : `(${known} OR ${prefixes} OR NOT regexp_full_match(${text(field)}, '[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?'))`;
    const id = spec.id ?? `reference.${object}.${field}`;
    out.checks.push({
      type: 'sql', kind: 'reference', id, object, field,
      dimension: spec.dimension ?? 'integrity', severity: spec.severity ?? 'high', code: 'orphan_reference',
      applicable: and(notBlank(field), judgeable, spec.where), failing: `NOT ${known}`, value: raw(field),
      // Names only the targets it was judged against; users, roles and profiles may come from access.json.
      message: lit(`${field} points to no ${judged.map(({ target }) => (ctx.objects[target] ? target : `${target} of access.json`)).join(' or ')} in the snapshot`),
    });
    if (spec.blank_is_orphan) {
      out.checks.push({
        type: 'sql', kind: 'reference', id: `${id}.blank`, object, field,
        dimension: spec.dimension ?? 'integrity', severity: spec.severity ?? 'high', code: 'orphan_reference',
        applicable: and(spec.where), failing: isBlank(field), value: `''`,
        message: lit(`no ${targets.join(' or ')} linked (${field} is blank)`),
      });
    }
    });
  },
};
