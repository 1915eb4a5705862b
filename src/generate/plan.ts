/**
 * Scale → row counts. Ratios per N contacts follow a typical B2B org: N/4 accounts, N/2
 * opportunities, 2N tasks, N/5 leads, N/10 cases.
 */
import { fail, ok, type Result } from '../core/problem.js';

export type Scale = 'small' | 'medium' | 'large' | number;

export const SCALES: Record<Exclude<Scale, number>, number> = { small: 500, medium: 50_000, large: 1_000_000 };
/** Below this an org has too few rows to seed every defect; above it ids and day numbers still fit. */
export const MIN_CONTACTS = 50;
export const MAX_CONTACTS = 20_000_000;

export interface Plan {
  contacts: number;
  accounts: number;
  leads: number;
  opportunities: number;
  cases: number;
  tasks: number;
}

export function planFor(scale: Scale): Result<Plan> {
  const n = typeof scale === 'number' ? scale : SCALES[scale];
  if (n === undefined) {
    return fail({ code: 'bad_scale', field: 'scale', message: `unknown scale "${String(scale)}"`, hint: 'use small, medium, large or a number of contacts' });
  }
  if (!Number.isInteger(n) || n < MIN_CONTACTS || n > MAX_CONTACTS) {
    return fail({ code: 'bad_scale', field: 'scale', message: `scale must be a whole number of contacts from ${MIN_CONTACTS} to ${MAX_CONTACTS}, got ${n}` });
  }
  return ok({
    contacts: n,
    accounts: Math.max(4, Math.round(n / 4)),
    leads: Math.round(n / 5),
    opportunities: Math.round(n / 2),
    cases: Math.round(n / 10),
    tasks: 2 * n,
  });
}

export function checkSeed(seed: number): Result<number> {
  return Number.isSafeInteger(seed) && seed >= 0
    ? ok(seed)
    : fail({ code: 'bad_seed', field: 'seed', message: `seed must be a whole number ≥ 0, got ${seed}` });
}
