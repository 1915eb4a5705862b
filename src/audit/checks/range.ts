/**
 * range: values outside what is possible or plausible.
 * - numeric min/max: from schema.json (Amount ≥ 0, Probability 0–100) or given in the pack;
 * - dates relative to the snapshot's asOf, never the clock: `within_years` (a CloseDate 10 years out),
 *   `not_future` (a birthdate or a created date after the snapshot was taken);
 * - statistical outliers: `outlier_factor` flags values more than that many times the field's 99th
 *   percentile (an Amount with three extra zeros), robust to the skew of money fields. The percentile
 *   leaves out values already over that factor times the 90th: otherwise the outliers raise it
 *   themselves wherever they are 1% of the values or more, or there are only a few dozen (one
 *   900,000,000 deal among 30 of a few thousand made the 99th percentile ~640,000,000).
 * - text longer than the field's maxLength (or `max_length`), for the text fields a check names:
 *   Salesforce would refuse or truncate it (data imported some other way, or an AI's write).
 */
import { z } from 'zod';
import type { CheckKind } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { compileFields, fieldDef } from '../resolve.js';
import { and, dateLit, lit, quoteIdent, raw, typed } from '../sql.js';

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('range'),
  fields: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  within_years: z.number().positive().optional(),
  /** Asymmetric windows: how far ahead of / back from asOf a date may be. */
  max_years_ahead: z.number().positive().optional(),
  max_years_back: z.number().positive().optional(),
  not_future: z.boolean().optional(),
  /** Earliest plausible date (e.g. a Birthdate before 1900 is a typo). */
  min_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  outlier_factor: z.number().gt(1).optional(),
  /** Longest text allowed (characters); default: the field's maxLength in schema.json. */
  max_length: z.number().int().positive().optional(),
});

const NUMERIC = new Set(['number', 'currency', 'percent']);
const DATES = new Set(['date', 'datetime']);
/** Text types whose schema maxLength Salesforce enforces: a longer value came in some other way. */
const TEXT = new Set(['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'multipicklist']);

export const range: CheckKind<z.infer<typeof Params>> = {
  kind: 'range',
  summary: 'numbers outside min/max, dates too far from asOf, statistical outliers',
  params: Params,
  defaults: { dimension: 'validity', severity: 'medium', code: 'out_of_range' },
  example: { kind: 'range', object: 'Opportunity', fields: ['CloseDate'], within_years: 5 },
  compile(spec, ctx) {
    const explicit = spec.min !== undefined || spec.max !== undefined || spec.within_years !== undefined || spec.max_years_ahead !== undefined || spec.max_years_back !== undefined || spec.not_future || spec.min_date !== undefined || spec.outlier_factor !== undefined || spec.max_length !== undefined;
    // Without an explicit rule, the check enforces schema.json's own min/max, and maxLength on the
    // text fields it names. Not on every text field by default: ~80 ms of CPU per field and million
    // records (60 fields: +1.5 s on a 1M-contact audit) for values Salesforce itself never stores.
    return compileFields(spec, ctx, spec.id ?? 'range', spec.fields, (_, def) => !explicit && NUMERIC.has(def.type) && (def.min !== undefined || def.max !== undefined), (object, field, out) => {
    const def = fieldDef(ctx, object, field);
    const type = def?.type ?? 'string';
    const v = typed(field);
    const fails: string[] = [];
    const why: string[] = [];
    // Several range rules may target one field (schema bounds and an outlier rule on Amount): each is its own check.
    const rules: string[] = [];
    if (NUMERIC.has(type)) {
      const min = spec.min ?? (explicit ? undefined : def?.min);
      const max = spec.max ?? (explicit ? undefined : def?.max);
      if (min !== undefined || max !== undefined) rules.push('bounds');
      if (min !== undefined) { fails.push(`${v} < ${min}`); why.push(`below ${min}`); }
      if (max !== undefined) { fails.push(`${v} > ${max}`); why.push(`above ${max}`); }
      if (spec.outlier_factor) {
        rules.push('outlier');
        const f = quoteIdent(field), table = ctx.objects[object].table;
        const p90 = `(SELECT quantile_cont(${f}, 0.9) FROM ${table} WHERE ${f} > 0)`;
        fails.push(`${v} > ${spec.outlier_factor} * (SELECT quantile_cont(${f}, 0.99) FROM ${table} WHERE ${f} > 0 AND ${f} <= ${spec.outlier_factor} * ${p90})`);
        why.push(`more than ${spec.outlier_factor}× the 99th percentile`);
      }
    } else if (DATES.has(type)) {
      const d = type === 'datetime' ? `CAST(${v} AS DATE)` : v;
      const ahead = spec.max_years_ahead ?? spec.within_years;
      const back = spec.max_years_back ?? spec.within_years;
      if (ahead !== undefined || back !== undefined) rules.push('window');
      if (ahead !== undefined) { fails.push(`${d} > ${dateLit(ctx.asOf)} + INTERVAL ${Math.round(ahead * 12)} MONTH`); why.push(`more than ${ahead} years after ${ctx.asOf}`); }
      if (back !== undefined) { fails.push(`${d} < ${dateLit(ctx.asOf)} - INTERVAL ${Math.round(back * 12)} MONTH`); why.push(`more than ${back} years before ${ctx.asOf}`); }
      if (spec.min_date) { rules.push('early'); fails.push(`${d} < ${dateLit(spec.min_date)}`); why.push(`before ${spec.min_date}`); }
      if (spec.not_future) { rules.push('future'); fails.push(`${d} > ${dateLit(ctx.asOf)}`); why.push(`after the snapshot date ${ctx.asOf}`); }
    } else if (TEXT.has(type)) {
      const longest = spec.max_length ?? (explicit ? undefined : def?.maxLength);
      if (longest !== undefined) {
        rules.push('length');
        // strlen (bytes, kept with the string) first: only values that might be too long are counted
        // in characters.
        fails.push(`strlen(${raw(field)}) > ${longest} AND length(${raw(field)}) > ${longest}`);
        why.push(`longer than ${longest} characters`);
      }
    } else {
      out.problems.push({ code: 'not_a_range_field', field: `${object}.${field}`, message: `range: ${object}.${field} is ${type}, not a number or date` });
      return;
    }
    if (!fails.length) {
      if (spec.fields) out.problems.push({ code: 'empty_range', field: `${object}.${field}`, message: `range: no rule for ${object}.${field}: give min, max, within_years, max_years_ahead, max_years_back, not_future, min_date or outlier_factor` });
      return;
    }
    out.checks.push({
      type: 'sql', kind: 'range', id: spec.id ? `${spec.id}.${object}.${field}` : `range.${object}.${field}.${rules.join('_')}`, object, field,
      dimension: spec.dimension ?? 'validity', severity: spec.severity ?? 'medium', code: 'out_of_range',
      applicable: and(`${v} IS NOT NULL`, spec.where), failing: fails.map((f) => `(${f})`).join(' OR '), value: raw(field),
      message: lit(why.join(' or ')),
    });
    });
  },
};
