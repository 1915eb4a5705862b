/**
 * Canonical forms for comparing a claimed value with the evidence: lower-case emails, phone numbers
 * by their last nine digits (so "+44 20 7946 0000" and "020 7946 0000" agree without knowing the
 * country), amounts as numbers with a small tolerance, text with case, punctuation and spacing
 * folded away.
 */
export const normEmail = (s: string): string => s.trim().toLowerCase();

export function normPhone(s: string): string | undefined {
  const digits = s.replace(/(?:x|ext\.?)\s*\d+\s*$/i, '').replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-9) : undefined;
}

export const normText = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  // A dot stays only inside a token ("globex.com", "85.2"); "Inc." and "Inc" are the same word.
  .replace(/\.(?![a-z0-9])|(?<![a-z0-9])\./g, ' ')
  .replace(/[^a-z0-9@.+]+/g, ' ').replace(/\s+/g, ' ').trim();

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.005 * Math.abs(b), 0.5);
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

/** "85,200" · "85.2k" · "1.5 million" → a number. */
export function parseAmount(digits: string, fraction?: string, suffix?: string): number {
  const whole = Number(digits.replace(/[,\s]/g, ''));
  const value = fraction ? Number(`${whole}.${fraction}`) : whole;
  return value * (suffix ? MULTIPLIERS[suffix.toLowerCase()] ?? 1 : 1);
}
