/**
 * Masks personal data in what a report shows: CRM records are personal information, and a readiness
 * report travels (PR comments, slide decks, email). Masking keeps enough shape to be useful — the
 * first letter, the domain's first letter and TLD, the last two digits — so a reader can still tell
 * a malformed email from a placeholder. Values are masked by field (names, emails, phones, streets,
 * birthdates) and, in any text, by content (emails, phone numbers, and names seen in masked fields).
 */
const EMAIL = /[\w.+'-]+\s?@\s?[\w-]+(?:\.+[\w-]+)*/g;
// A phone: a + or a 2-4 digit group then separators, 7-15 digits in all; not glued to letters
// (Salesforce Ids), not a date. A bare run of digits is an amount, not a phone.
const PHONE = /(?<![\w+])(?:\+\d[\d\s().-]{5,}\d|\(?\d{2,4}\)?[\s.-]\d[\d\s.-]{3,}\d)(?!\w)/g;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;

const PERSON_OBJECTS = new Set(['Contact', 'Lead', 'User']);
const NAME_FIELDS = /^(FirstName|LastName|MiddleName|Suffix|SuppliedName|Alias|CommunityNickname|Username|Name)$/;
const PERSONAL_FIELDS = /(Email|Phone|Fax|Birthdate|MailingStreet|OtherStreet|HomeAddress)$/i;

export function isPersonalField(object: string | null | undefined, field: string | null | undefined): boolean {
  if (!field) return false;
  if (PERSONAL_FIELDS.test(field)) return true;
  if (NAME_FIELDS.test(field)) return field !== 'Name' || PERSON_OBJECTS.has(object ?? '');
  return false;
}

export function maskEmail(s: string): string {
  const [local, domain = ''] = s.split('@').map((x) => x.trim());
  const tld = domain.includes('.') ? domain.slice(domain.lastIndexOf('.')) : '';
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***${tld}`;
}

export function maskPhone(s: string): string {
  const digits = s.replace(/\D/g, '');
  return `${s.trim().startsWith('+') ? '+' : ''}${'•'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
}

export function maskName(s: string): string {
  return s.split(/\s+/).filter(Boolean).map((w) => `${w[0]}.`).join(' ');
}

/** Emails and phone numbers anywhere in a text, plus any of the `names` (longest first). */
export function maskText(text: string, names: readonly string[] = []): string {
  let out = text.replace(EMAIL, (m) => maskEmail(m));
  out = out.replace(PHONE, (m) => {
    const digits = m.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15 && !DATE_LIKE.test(m.trim()) ? maskPhone(m) : m;
  });
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    if (n.length < 3) continue;
    out = out.split(n).join(maskName(n));
  }
  return out;
}

export function maskValue(object: string | null | undefined, field: string | null | undefined, value: string, names: readonly string[] = []): string {
  if (!value) return value;
  if (isPersonalField(object, field)) {
    if (/email/i.test(field!)) return maskEmail(value);
    if (/phone|fax/i.test(field!)) return maskPhone(value);
    if (/birthdate/i.test(field!)) return value.replace(/\d/g, '•');
    return maskName(value);
  }
  return maskText(value, names);
}

/** A masker bound to the names found in the run, or the identity when masking is off. */
export interface Masker { value(object: string | null | undefined, field: string | null | undefined, v: string): string; text(t: string): string }

export function makeMasker(on: boolean, names: readonly string[]): Masker {
  if (!on) return { value: (_o, _f, v) => v, text: (t) => t };
  return { value: (o, f, v) => maskValue(o, f, v, names), text: (t) => maskText(t, names) };
}
