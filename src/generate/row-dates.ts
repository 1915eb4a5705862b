/**
 * CreatedDate / LastModifiedDate / LastActivityDate for a row, keeping the rules of
 * defect-rules.ts: clean open records were modified within CLEAN_RECENT_DAYS of asOf, stale ones
 * last touched (and last active) at least STALE_MIN_AGE_DAYS before it, closed ones around their
 * close. Times of day: created in the morning, closed around noon (CLOSE_SECONDS), modified in the
 * afternoon, so on a single day CreatedDate ≤ ClosedDate ≤ LastModifiedDate still holds.
 */
import { dateTimeString, dayString } from './calendar.js';
import { CLEAN_RECENT_DAYS, STALE_MIN_AGE_DAYS } from './defect-rules.js';
import type { Rng } from './prng.js';

/** Time-of-day window (seconds) for ClosedDate-style datetimes. */
export const CLOSE_SECONDS: [number, number] = [43_200, 50_399];

export interface RowDates { created: string; modified: string; lastActivity: string; modifiedDay: number }

export function rowDates(rng: Rng, asOfDay: number, createdDay: number, state: 'open' | 'stale' | number, activityShare = 0.7): RowDates {
  let modifiedDay: number, activityHi: number;
  if (state === 'stale') {
    modifiedDay = rng.between(createdDay, Math.max(createdDay, asOfDay - STALE_MIN_AGE_DAYS));
    activityHi = modifiedDay;
  } else if (state === 'open') {
    modifiedDay = rng.between(Math.max(createdDay, asOfDay - CLEAN_RECENT_DAYS), asOfDay);
    activityHi = asOfDay;
  } else {
    // Closed on day `state`: last edited around then.
    modifiedDay = rng.between(Math.max(createdDay, state), Math.min(Math.max(createdDay, state) + 20, asOfDay));
    activityHi = Math.max(createdDay, state);
  }
  const lastActivity = rng.chance(activityShare) ? dayString(rng.between(createdDay, activityHi)) : '';
  return {
    created: dateTimeString(createdDay, rng.between(25_200, 43_199)),
    modified: dateTimeString(modifiedDay, rng.between(50_400, 79_200)),
    lastActivity,
    modifiedDay,
  };
}
