/** Where a value stands against a gate's thresholds. The boundary itself meets the threshold. */
import type { Direction, GateStatus, Unit } from './gate-types.js';

/** Two decimals: 100 × 49 / 50 must compare as 98, not 97.99999999999999. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

export const percent = (part: number, whole: number): number => round2((100 * part) / whole);

export function statusOf(value: number, direction: Direction, ready: number, conditional?: number | null): Exclude<GateStatus, 'no_data'> {
  const meets = (t: number) => (direction === 'min' ? value >= t : value <= t);
  if (meets(ready)) return 'pass';
  if (conditional !== undefined && conditional !== null && meets(conditional)) return 'warn';
  return 'fail';
}

export function fmtValue(value: number, unit: Unit): string {
  if (unit === '%') return `${Number.isInteger(value) ? value : value.toFixed(value < 10 ? 2 : 1)}%`;
  if (unit === 'score') return `${value.toFixed(1)}`;
  return String(value);
}

/** "ready at ≥ 90, conditional at ≥ 70" in the gate's own direction. */
export function thresholdWords(direction: Direction, unit: Unit, ready: number, conditional?: number | null): string {
  const op = direction === 'min' ? '≥' : '≤';
  const r = `ready at ${op} ${fmtValue(ready, unit)}`;
  return conditional !== undefined && conditional !== null && conditional !== ready ? `${r}, conditional at ${op} ${fmtValue(conditional, unit)}` : r;
}
