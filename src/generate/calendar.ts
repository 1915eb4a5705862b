/**
 * Dates as day numbers since 2000-01-01 (UTC), formatted from precomputed tables: a 1M-contact org
 * writes ~15M dates and Date/toISOString would cost seconds. Nothing here reads the clock.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);
/** Table range: 1900-01-01 .. 2059-12-31 (birthdates to close dates), filled on first use. */
const TABLE_FIRST = -36_524;
const TABLE_DAYS = 58_439;

const dayTable: (string | undefined)[] = new Array(TABLE_DAYS);
// Times as "THH:MM" + ":SS.000Z" from two small tables: one table of all 86,400 times is larger than
// the CPU cache, and random seconds then cost a cache miss per datetime.
const HOURS_MINUTES: string[] = [];
const SECONDS: string[] = [];
for (let m = 0; m < 1440; m++) HOURS_MINUTES.push(`T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
for (let s = 0; s < 60; s++) SECONDS.push(`:${String(s).padStart(2, '0')}.000Z`);

function slowDay(day: number): string {
  return new Date(EPOCH + day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** YYYY-MM-DD of a day number. */
export function dayString(day: number): string {
  const i = day - TABLE_FIRST;
  if (i < 0 || i >= TABLE_DAYS) return slowDay(day);
  return dayTable[i] ?? (dayTable[i] = slowDay(day));
}

/** Salesforce API datetime (as Bulk API 2.0 exports it): 2026-06-30T14:05:09.000Z. */
export function dateTimeString(day: number, secondOfDay: number): string {
  const minute = (secondOfDay / 60) | 0;
  return dayString(day) + HOURS_MINUTES[minute] + SECONDS[secondOfDay - minute * 60];
}

export function dayNumber(iso: string): number {
  return Math.round((Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - EPOCH) / MS_PER_DAY);
}

/** Adds whole years to a day number, keeping month and day (Feb 29 becomes Mar 1). */
export function addYears(day: number, years: number): number {
  const d = new Date(EPOCH + day * MS_PER_DAY);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return Math.round((d.getTime() - EPOCH) / MS_PER_DAY);
}
