/**
 * staleness: records nobody has touched for N days before the snapshot's asOf (never the clock):
 * the latest of their modification and activity dates is older than that. Records with none of the
 * dates are not evaluated. `where` narrows it, e.g. to open opportunities.
 */
import { z } from 'zod';
import type { CheckKind, CompileResult } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { resolveFields, resolveObjects } from '../resolve.js';
import { and, dateLit, inValues, lit, typed } from '../sql.js';

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('staleness'),
  days: z.number().int().positive(),
  fields: z.array(z.string()).default(['LastModifiedDate', 'LastActivityDate']),
  /**
   * Only open records: status (StageName/Status) not a closed value per schema.json valueMeta; where
   * the status is blank or unknown, IsClosed decides; converted leads (IsConverted) are not open.
   */
  open_only: z.boolean().default(false),
});

export const staleness: CheckKind<z.infer<typeof Params>> = {
  kind: 'staleness',
  summary: 'records with no modification or activity for N days before asOf',
  params: Params,
  defaults: { dimension: 'timeliness', severity: 'low', code: 'stale' },
  example: { kind: 'staleness', object: 'Opportunity', days: 180, where: 'NOT t.IsClosed' },
  compile(spec, ctx) {
    const { objects, warnings } = resolveObjects(spec, ctx, spec.id ?? 'staleness');
    const out: CompileResult = { checks: [], problems: [], warnings };
    for (const object of objects) {
      // Missing date fields are normal across objects (Task has no LastActivityDate): use what exists.
      const r = resolveFields(ctx, object, undefined, (name) => spec.fields.includes(name), spec.id ?? 'staleness');
      if (!r.fields.length) {
        if (spec.object && spec.object !== '*') out.warnings.push({ code: 'field_not_in_export', field: object, message: `staleness: ${object} has none of ${spec.fields.join(', ')}; check skipped` });
        continue;
      }
      let open: string | undefined;
      if (spec.open_only) {
        const status = ['StageName', 'Status'].find((f) => ctx.schema.objects[object].fields[f]?.valueMeta && ctx.objects[object].fileColumns.includes(f));
        const closed = status ? Object.entries(ctx.schema.objects[object].fields[status].valueMeta!).filter(([, m]) => m.closed === true).map(([v]) => v) : [];
        const cols = ctx.objects[object].fileColumns;
        const values = status ? ctx.schema.objects[object].fields[status].values ?? [] : [];
        const isClosed = cols.includes('IsClosed') ? `COALESCE(${typed('IsClosed')}, FALSE)` : 'FALSE';
        const closedNow = status && closed.length ? `CASE WHEN ${inValues(typed(status), values)} THEN ${inValues(typed(status), closed)} ELSE ${isClosed} END` : isClosed;
        open = and(`NOT (${closedNow})`, cols.includes('IsConverted') ? `NOT COALESCE(${typed('IsConverted')}, FALSE)` : undefined);
      }
      const latest = `greatest(${r.fields.map((f) => `CAST(${typed(f)} AS DATE)`).join(', ')})`;
      out.checks.push({
        type: 'sql', kind: 'staleness', id: spec.id ?? `staleness.${object}`, object, field: r.fields[0],
        dimension: spec.dimension ?? 'timeliness', severity: spec.severity ?? 'low', code: 'stale',
        applicable: and(`${latest} IS NOT NULL`, open, spec.where), failing: `${latest} < ${dateLit(ctx.asOf)} - INTERVAL ${spec.days} DAY`,
        value: `CAST(${latest} AS VARCHAR)`, message: lit(`no change or activity for more than ${spec.days} days before ${ctx.asOf}`),
      });
    }
    return out;
  },
};
