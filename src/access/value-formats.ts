/** Format tests for written values, shared by the write schemas and the policy's `format` rules. */
import { isValidPhoneNumber } from 'libphonenumber-js';

export function isEmail(v: string): boolean {
  return /^[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/.test(v) && !v.includes('..');
}

/** International numbers must be valid for their country; national ones at least plausible (no country to check against). */
export function isPhone(v: string): boolean {
  const t = v.trim();
  if (t.startsWith('+')) return isValidPhoneNumber(t);
  const digits = t.replace(/\D/g, '');
  return /^[\d\s().\-/]+(?:\s*(?:x|ext\.?)\s*\d{1,6})?$/i.test(t) && digits.length >= 7 && digits.length <= 15;
}

export function isUrl(v: string): boolean {
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `http://${v}`);
    return (u.protocol === 'http:' || u.protocol === 'https:') && /\.[a-z]{2,}$/i.test(u.hostname);
  } catch {
    return false;
  }
}

export function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function isIsoDateTime(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/.test(v) && isIsoDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v.replace(' ', 'T')));
}

/** Days between two ISO dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}
