/**
 * placeholder: values someone typed to get past a required field or a form — "[not provided]",
 * "asdf", "N/A", test@test.com, addresses at reserved example domains (.invalid, .example, .test,
 * example.com), phone numbers of one repeated digit or counting up. An AI reading them treats them
 * as facts; writing to them overwrites nothing real. Whole-value matches only, so "Tester" is fine.
 */
import { z } from 'zod';
import type { CheckKind } from '../check-types.js';
import { CommonCheckFields } from '../check-types.js';
import { compileFields, fieldDef } from '../resolve.js';
import { createHash } from 'node:crypto';
import { aliasesIn } from '../run-checks.js';
import { and, lit, matchesAnyCi, notBlank, quoteIdent, raw, text } from '../sql.js';

export const DEFAULT_TOKENS = [
  '[not provided]', 'not provided', 'n/a', 'na', 'n.a.', 'none', 'null', 'nil', 'unknown', 'unk', 'tbd', 'tba', 'tbc', 'test',
  'testing', 'asdf', 'asdfgh', 'asdfasdf', 'qwerty', 'xxx', 'xxxx', 'xxxxx', 'x', 'xx', '-', '--', '---', '.', '..', '?', '??',
  '0', '00', '000', 'abc', 'abc123', 'sample', 'dummy', 'placeholder', 'changeme', 'no name', 'noname', 'no company',
  'default', 'blank', 'empty', 'not applicable', 'not available', 'to be confirmed', 'to be determined', 'fake', 'foo', 'bar',
];
/** Well-formed emails that reach nobody. */
export const DEFAULT_EMAILS = ['test@test.com', 'test@example.com', 'a@a.com', 'abc@abc.com', 'email@email.com', 'none@none.com', 'noemail@noemail.com', 'no@email.com', 'na@na.com', 'x@x.com', 'asdf@asdf.com', 'user@domain.com', 'name@company.com'];
/** Reserved (RFC 2606/6761) and throwaway domains. */
export const RESERVED_DOMAIN_RE = '(?i).*@([a-z0-9-]+\\.)*(example|invalid|test|localhost)$|.*@([a-z0-9-]+\\.)*example\\.(com|org|net)$|.*@(test|testing|fake|none|noemail|nomail|asdf|na|null|xxx)\\.(com|org|net)$|.*@(mailinator|guerrillamail|10minutemail|yopmail)\\.com$';
/** A phone of one repeated digit, or 1234567…, once formatting is stripped. */
export const PHONE_DIGITS_RE = '^(0+|1+|2+|3+|4+|5+|6+|7+|8+|9+|1234567890?|0123456789)$';
/**
 * PHONE_DIGITS_RE on the value as written: any non-digits allowed around each digit. A value matches
 * this exactly when its digits alone match PHONE_DIGITS_RE, and no stripped copy of each phone is
 * built (translate/regexp_replace allocate a string per value: ~0.3 s per million phones, most of
 * a phone field's placeholder test).
 */
export const PHONE_PLACEHOLDER_RE = (() => {
  const sep = '[^0-9]*';
  const run = (digits: string) => digits.split('').map((d) => `${d}${sep}`).join('');
  const repeated = '0123456789'.split('').map((d) => `(?:${d}${sep})+`);
  return `${sep}(?:${[...repeated, `${run('123456789')}(?:0${sep})?`, run('0123456789')].join('|')})`;
})();

const Params = z.strictObject({
  ...CommonCheckFields,
  kind: z.literal('placeholder'),
  fields: z.array(z.string()).optional(),
  tokens: z.array(z.string()).optional(),
  also_tokens: z.array(z.string()).default([]),
  emails: z.array(z.string()).optional(),
});

/** Default tokens that are also people's names (the Korean surname Na, Nil, Bar). */
const ALSO_NAMES = new Set(['na', 'nil', 'bar']);
const PERSON_NAME_FIELD = /^(First|Last|Middle)Name$/;

/** The default tokens for a field: in a person's name field, without the ones that are real names. */
export function defaultTokens(field: string): string[] {
  return PERSON_NAME_FIELD.test(field) ? DEFAULT_TOKENS.filter((t) => !ALSO_NAMES.has(t)) : DEFAULT_TOKENS;
}

/** True when the field's value is a placeholder (for other checks to leave such values to this one). */
export function placeholderSql(field: string, type: string, tokens = defaultTokens(field), emails = DEFAULT_EMAILS): string {
  const v = raw(field);
  const listed = type === 'email' || type === 'string' ? [...tokens, ...emails] : tokens;
  // Each regex runs only where it can match (CASE evaluates its branch for those rows alone; AND and
  // OR evaluate both sides for every row): a listed token is short once the whitespace RE2's \s
  // allows around it is gone — TRIM removes spaces, a tab or line break sends the value to the
  // regex anyway — and a reserved domain needs an @. NULL stays NULL, as the bare regex gave.
  const longest = Math.max(0, ...listed.map((t) => t.length));
  const otherSpace = [9, 10, 12, 13].map((code) => `contains(${v}, chr(${code}))`); // \t \n \f \r
  // The whitespace test only for the few values too long to be a token once trimmed: CASE tries its
  // branches in order, where OR would test the four characters on every value.
  const token = matchesAnyCi(v, listed);
  const only = (when: string, sql: string) => `(CASE WHEN ${when} THEN ${sql} WHEN ${v} IS NOT NULL THEN FALSE END)`;
  const parts = [`(CASE WHEN length(${text(field)}) <= ${longest} THEN ${token} WHEN ${otherSpace.join(' OR ')} THEN ${token} WHEN ${v} IS NOT NULL THEN FALSE END)`];
  if (type === 'email' || type === 'string') parts.push(only(`contains(${v}, '@')`, `regexp_full_match(${v}, ${lit(RESERVED_DOMAIN_RE.replace(/\$/g, '\\s*'))})`));
  if (type === 'phone') parts.push(`regexp_full_match(${v}, ${lit(PHONE_PLACEHOLDER_RE)})`);
  return `(${parts.join(' OR ')})`;
}

/**
 * placeholderSql as a derived column: format and normalisation exclude placeholders too, so the
 * same regular expressions would run up to three times per value. Equal SQL gets the same column.
 */
export function placeholderColumn(field: string, type: string, tokens = defaultTokens(field), emails = DEFAULT_EMAILS): { sql: string; derive: Record<string, string>[] } {
  const sql = placeholderSql(field, type, tokens, emails);
  const isDefault = sql === placeholderSql(field, type);
  const name = `${field}__placeholder${isDefault ? '' : `_${createHash('sha256').update(sql).digest('hex').slice(0, 8)}`}`;
  return { sql: `d.${quoteIdent(name)}`, derive: [{ [name]: sql }] };
}

const TEXT_TYPES = new Set(['string', 'textarea', 'email', 'phone', 'url']);

export const placeholder: CheckKind<z.infer<typeof Params>> = {
  kind: 'placeholder',
  summary: 'placeholder values: [not provided], asdf, N/A, test@test.com, reserved example domains…',
  params: Params,
  defaults: { dimension: 'validity', severity: 'medium', code: 'placeholder_value' },
  example: { kind: 'placeholder', object: 'Lead', fields: ['Company', 'Email'], also_tokens: ['see notes'] },
  compile(spec, ctx) {
    const emails = (spec.emails ?? DEFAULT_EMAILS).map((e) => e.toLowerCase());
    return compileFields(spec, ctx, spec.id ?? 'placeholder', spec.fields, (name, def) => TEXT_TYPES.has(def.type), (object, field, out) => {
    const tokens = [...(spec.tokens ?? defaultTokens(field)), ...spec.also_tokens].map((t) => t.toLowerCase());
    const type = fieldDef(ctx, object, field)?.type ?? 'string';
    const ph = placeholderColumn(field, type, tokens, emails);
    out.checks.push({
      type: 'sql', kind: 'placeholder', id: spec.id ?? `placeholder.${object}.${field}`, object, field,
      dimension: spec.dimension ?? 'validity', severity: spec.severity ?? 'medium', code: 'placeholder_value',
      applicable: and(notBlank(field), spec.where), failing: ph.sql, derive: ph.derive, value: raw(field),
      // Scores group checks by what they read before the test became a derived column.
      group: [...new Set(['r', ...aliasesIn(spec.where ?? '')])].sort().join(''),
      message: lit('a placeholder, not a real value'),
    });
    });
  },
};
