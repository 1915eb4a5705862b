/**
 * owner_active: records owned by users who are inactive (left the company): nobody works them, and
 * an AI acting "as the owner" would act for someone who no longer can. Activity comes from
 * access.json's users and, when loaded, the User object's IsActive.
 */
import { z } from 'zod';
import type { CheckKind } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { resolveFields, resolveObjects } from '../resolve.js';
import { and, inValues, lit, notBlank, raw, text } from '../sql.js';

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('owner_active'),
  field: z.string().default('OwnerId'),
});

export const ownerActive: CheckKind<z.infer<typeof Params>> = {
  kind: 'owner_active',
  summary: 'records owned by inactive users',
  params: Params,
  defaults: { dimension: 'integrity', severity: 'medium', code: 'inactive_owner' },
  example: { kind: 'owner_active', object: 'Account' },
  compile(spec, ctx) {
    const { objects, warnings } = resolveObjects(spec, ctx, spec.id ?? 'owner_active');
    const out: ReturnType<CheckKind['compile']> = { checks: [], problems: [], warnings };
    const inactive = new Set(ctx.access.users.filter((u) => !u.active).map((u) => u.id.slice(0, 15)));
    const userTable = ctx.objects.User && ctx.objects.User.fileColumns.includes('IsActive') ? ctx.objects.User.table : undefined;
    for (const object of objects) {
      if (object === 'User' || object === 'UserRole') continue;
      const r = resolveFields(ctx, object, spec.object ? [spec.field] : undefined, (name) => name === spec.field, spec.id ?? 'owner_active');
      out.problems.push(...r.problems);
      out.warnings.push(...r.warnings);
      for (const field of r.fields) {
        const fromAccess = inactive.size ? inValues(`left(${text(field)}, 15)`, [...inactive]) : 'FALSE';
        const fromUsers = userTable ? `left(${text(field)}, 15) IN (SELECT left(Id, 15) FROM ${userTable} WHERE IsActive = FALSE)` : 'FALSE';
        out.checks.push({
          type: 'sql', kind: 'owner_active', id: spec.id ?? `owner_active.${object}.${field}`, object, field,
          dimension: spec.dimension ?? 'integrity', severity: spec.severity ?? 'medium', code: 'inactive_owner',
          applicable: and(notBlank(field), spec.where), failing: `${fromAccess} OR ${fromUsers}`, value: raw(field),
          message: lit('owned by an inactive user'),
        });
      }
    }
    return out;
  },
};
