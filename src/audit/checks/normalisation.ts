/**
 * normalisation: the same fact written several ways — "US", "USA", "United States of America" for one
 * country, "NSW" beside "New South Wales", emails with capitals. Reports, routing rules and an AI's
 * grouping all split on them. Each finding proposes the normal form in fixes/<Object>.csv; phones
 * get an E.164 proposal there too, without a finding (formatting a valid number is not a defect).
 */
import { z } from 'zod';
import type { CheckKind, CompileResult } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { countryAliases } from '../data/countries.js';
import { subdivisionAliases } from '../data/subdivisions.js';
import { isCountryField } from '../facts.js';
import { countryFieldFor, countryIsoColumn } from '../geo-sql.js';
import { phoneSql } from '../phone-sql.js';
import { emailOkColumn } from './format.js';
import { placeholderColumn } from './placeholder.js';
import { aliasesIn } from '../run-checks.js';
import { fieldDef, resolveObjects } from '../resolve.js';
import { and, lit, notBlank, quoteIdent, raw, reEscape, text } from '../sql.js';

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('normalisation'),
  countries: z.boolean().default(true),
  states: z.boolean().default(true),
  email_case: z.boolean().default(true),
  /** Propose E.164 phone numbers in the fix files (no findings). */
  phone_fixes: z.boolean().default(true),
  /** full name ("New South Wales") or code ("NSW") as the normal form of a state. */
  state_style: z.enum(['name', 'code']).default('name'),
  /** ISO code → the label this org uses for the country, where it differs from Salesforce's. */
  country_labels: z.record(z.string(), z.string()).default({}),
});

/** The record's normal form of a field, computed once per record (see SqlCheck.derive). */
const derived = (field: string) => `d.${quoteIdent(`${field}__normal`)}`;

export const normalisation: CheckKind<z.infer<typeof Params>> = {
  kind: 'normalisation',
  summary: 'country and state spelling variants, email case; E.164 phone proposals',
  params: Params,
  defaults: { dimension: 'consistency', severity: 'low', code: 'non_normalised' },
  example: { kind: 'normalisation', object: 'Account', state_style: 'name' },
  compile(spec, ctx) {
    const { objects, warnings } = resolveObjects(spec, ctx, spec.id ?? 'normalisation');
    const out: CompileResult = { checks: [], problems: [], warnings };
    const canonical = new Map(countryAliases(spec.country_labels).map((r) => [r.iso2, r.canonical]));
    const subdivisions = subdivisionAliases();
    const base = (object: string, field: string, suffix: string) => ({
      type: 'sql' as const, kind: 'normalisation', id: spec.id ? `${spec.id}.${object}.${field}` : `normalisation.${object}.${field}${suffix}`, object, field,
      dimension: spec.dimension ?? 'consistency', severity: spec.severity ?? 'low', code: 'non_normalised' as const,
    });
    for (const object of objects) {
      const cols = ctx.objects[object].fileColumns;
      if (spec.countries) {
        for (const field of cols.filter(isCountryField)) {
          const isoCol = countryIsoColumn(ctx, object, field);
          const iso = isoCol.sql;
          if (iso === 'NULL') continue;
          const isos = new Set(Object.values(ctx.facts.countrySpellings[`${object}.${field}`] ?? {}).filter(Boolean) as string[]);
          const normal = `CASE ${iso} ${[...isos].sort().map((c) => `WHEN ${lit(c)} THEN ${lit(canonical.get(c) ?? c)}`).join(' ')} END`;
          const n = derived(field);
          out.checks.push({ ...base(object, field, ''), derive: [isoCol.derive, { [`${field}__normal`]: normal }], applicable: and(`${n} IS NOT NULL`, spec.where), failing: `${raw(field)} <> ${n}`, value: raw(field), message: `'write it as ' || ${n}`, fix: n });
        }
      }
      if (spec.states) {
        for (const field of cols.filter((c) => /State$/.test(c))) {
          const countryField = countryFieldFor(ctx, object, field);
          const isoCol = countryField ? countryIsoColumn(ctx, object, countryField) : { sql: lit(ctx.facts.defaultCountry), derive: {} };
          const iso = isoCol.sql;
          // Only the countries this field's records are in; most values are already canonical, so
          // one regex over the canonical forms answers them before the alias lookup runs.
          const present = new Set(countryField ? Object.values(ctx.facts.countrySpellings[`${object}.${countryField}`] ?? {}).filter(Boolean) as string[] : [ctx.facts.defaultCountry]);
          const byCountry = new Map<string, typeof subdivisions>();
          for (const s of subdivisions) if (present.has(s.iso2)) byCountry.set(s.iso2, [...(byCountry.get(s.iso2) ?? []), s]);
          if (!byCountry.size) continue;
          const target = (s: (typeof subdivisions)[number]) => (spec.state_style === 'name' ? s.name : s.code);
          const canonical = [...new Set([...byCountry.values()].flat().map(target))];
          const lookup = `CASE ${iso} ${[...byCountry.entries()].map(([c, rows]) => `WHEN ${lit(c)} THEN CASE lower(${text(field)}) ${rows.map((s) => `WHEN ${lit(s.alias)} THEN ${lit(target(s))}`).join(' ')} END`).join(' ')} END`;
          const normal = `CASE WHEN regexp_full_match(${raw(field)}, ${lit(`(?:${canonical.map(reEscape).join('|')})`)}) THEN ${raw(field)} ELSE ${lookup} END`;
          const n = derived(field);
          out.checks.push({ ...base(object, field, ''), derive: [isoCol.derive, { [`${field}__normal`]: normal }], applicable: and(notBlank(field), `${n} IS NOT NULL`, spec.where), failing: `${raw(field)} <> ${n}`, value: raw(field), message: `'write it as ' || ${n}`, fix: n });
        }
      }
      for (const field of cols) {
        const type = fieldDef(ctx, object, field)?.type;
        if (spec.email_case && type === 'email') {
          const ok = emailOkColumn(field);
          const ph = placeholderColumn(field, 'email');
          // Scores group checks by what they read before shared tests became derived columns.
          const group = [...new Set(['r', ...aliasesIn(spec.where ?? '')])].sort().join('');
          out.checks.push({ ...base(object, field, ''), derive: [{ ...ok.derive[0], ...ph.derive[0] }], group, applicable: and(notBlank(field), ok.sql, `NOT ${ph.sql}`, spec.where), failing: `${text(field)} <> lower(${text(field)})`, value: raw(field), message: lit('email addresses are case-insensitive: store them in lower case'), fix: `lower(${text(field)})` });
        }
        if (spec.phone_fixes && type === 'phone') {
          const p = phoneSql(ctx, object, field);
          // No proposal for a number with an extension: the E.164 form has no place for it, and
          // loading the fix would erase it.
          out.checks.push({ ...base(object, field, '.e164'), fixOnly: true, derive: p.derive, applicable: and(notBlank(field), spec.where), failing: `${p.valid} AND NOT ${p.extension} AND ${text(field)} <> ${p.e164}`, value: raw(field), message: lit('E.164 form'), fix: p.e164 });
        }
      }
    }
    return out;
  },
};
