/**
 * format: values of the wrong shape. By default every email field (syntax), phone field (valid for
 * its country per libphonenumber's numbering plans), URL field, and postal code (shape for the
 * record's country). Fake-but-well-formed values (test@test.com) are the placeholder check's job.
 */
import { z } from 'zod';
import type { CheckKind } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { POSTAL_PATTERNS } from '../data/postal-codes.js';
import { countryFieldFor, countryIsoColumn } from '../geo-sql.js';
import { phoneSql } from '../phone-sql.js';
import { placeholderColumn } from './placeholder.js';
import { aliasesIn } from '../run-checks.js';
import { compileFields, fieldDef } from '../resolve.js';
import { and, inValues, lit, notBlank, quoteIdent, raw, text, typed } from '../sql.js';

const FORMATS = ['email', 'phone', 'url', 'postal_code', 'typed'] as const;
type Format = (typeof FORMATS)[number];

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('format'),
  /** Field → format; default: by field type (email, phone, url) and *PostalCode names. */
  fields: z.record(z.string(), z.enum(FORMATS)).optional(),
});

// Practical RFC 5322 subset: what mail servers accept and people actually type.
export const EMAIL_RE = "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$";
/** Whether the field's text is a syntactically valid email, as a derived column (format and normalisation both ask). */
export function emailOkColumn(field: string): { sql: string; derive: Record<string, string>[] } {
  const name = `${field}__email_ok`;
  return { sql: `d.${quoteIdent(name)}`, derive: [{ [name]: `regexp_full_match(${text(field)}, ${lit(EMAIL_RE)})` }] };
}
export const URL_RE = '^(?i)(https?://)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}(:\\d{1,5})?([/?#][^\\s]*)?$';
/** "www.acme": a www host needs a name and a top-level domain after it. */
export const BARE_WWW_RE = '^(?i)(https?://)?www\\.[a-z0-9-]+([:/?#].*)?$';

/** `typed`: a date, number or boolean cell that does not parse as one (NULL in the typed table). */
const TYPED = new Set(['date', 'datetime', 'number', 'currency', 'percent', 'boolean']);

function defaultFormat(name: string, type: string): Format | undefined {
  if (TYPED.has(type)) return 'typed';
  if (type === 'email') return 'email';
  if (type === 'phone') return 'phone';
  if (type === 'url') return 'url';
  if (/PostalCode$/.test(name)) return 'postal_code';
  return undefined;
}

export const format: CheckKind<z.infer<typeof Params>> = {
  kind: 'format',
  summary: 'emails, phones, URLs, postal codes of the wrong shape; dates and numbers that do not parse',
  params: Params,
  defaults: { dimension: 'validity', severity: 'medium', code: 'invalid_format' },
  example: { kind: 'format', object: 'Contact', fields: { Email: 'email', MobilePhone: 'phone' } },
  compile(spec, ctx) {
    const named = spec.fields ? Object.keys(spec.fields) : undefined;
    return compileFields(spec, ctx, spec.id ?? 'format', named, (name, def) => !!defaultFormat(name, def.type), (object, field, out) => {
    const fmt = spec.fields?.[field] ?? defaultFormat(field, fieldDef(ctx, object, field)?.type ?? 'string')!;
    let failing: string;
    let derive: Record<string, string>[] | undefined;
    let applicable = notBlank(field);
    let message: string;
    if (fmt === 'email') {
      const ok = emailOkColumn(field);
      derive = ok.derive;
      failing = `NOT ${ok.sql} OR ${text(field)} LIKE '%..%'`;
      message = lit('not a valid email address');
    } else if (fmt === 'url') {
      failing = `NOT regexp_full_match(${text(field)}, ${lit(URL_RE)}) OR regexp_full_match(${text(field)}, ${lit(BARE_WWW_RE)})`;
      message = lit('not a valid web address');
    } else if (fmt === 'typed') {
      failing = `${typed(field)} IS NULL`;
      message = lit(`not a valid ${fieldDef(ctx, object, field)?.type ?? 'typed'} value`);
    } else if (fmt === 'phone') {
      const p = phoneSql(ctx, object, field);
      failing = `NOT ${p.valid}`;
      derive = p.derive;
      message = lit('not a valid phone number for the record\'s country');
    } else {
      const countryField = countryFieldFor(ctx, object, field);
      const isoCol = countryField ? countryIsoColumn(ctx, object, countryField) : { sql: lit(ctx.facts.defaultCountry), derive: {} };
      const iso = isoCol.sql;
      if (Object.keys(isoCol.derive).length) derive = [isoCol.derive];

      const known = Object.entries(POSTAL_PATTERNS);
      applicable = and(notBlank(field), inValues(iso, known.map(([c]) => c)));
      failing = `NOT (CASE ${iso} ${known.map(([c, p]) => `WHEN ${lit(c)} THEN regexp_full_match(upper(${text(field)}), ${lit(p)})`).join(' ')} END)`;
      message = `'not a postal code of ' || ${iso}`;
    }
    // A placeholder ("N/A" in Phone) is the placeholder check's finding, not a format error.
    const ph = placeholderColumn(field, fieldDef(ctx, object, field)?.type ?? 'string');
    applicable = and(applicable, `NOT ${ph.sql}`);
    derive = [{ ...ph.derive[0], ...derive?.[0] }, ...(derive?.slice(1) ?? [])];
    // Scores group checks by what they read before shared expressions became derived columns.
    const group = [...new Set(['r', ...aliasesIn(spec.where ?? ''), ...(fmt === 'typed' ? ['t'] : []), ...(fmt === 'phone' ? ['d'] : [])])].sort().join('');
    out.checks.push({
      type: 'sql', kind: 'format', id: spec.id ?? `format.${object}.${field}`, object, field,
      dimension: spec.dimension ?? 'validity', severity: spec.severity ?? 'medium', code: 'invalid_format',
      applicable: and(applicable, spec.where), failing, value: raw(field), message, derive, group,
    });
    });
  },
};
