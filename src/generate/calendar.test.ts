import { describe, expect, it } from 'vitest';
import { addYears, dateTimeString, dayNumber, dayString } from './calendar.js';

describe('calendar', () => {
  it('formats day numbers and datetimes as ISO strings, in and out of the table range', () => {
    for (const iso of ['2000-01-01', '2026-06-30', '1899-12-31', '1900-01-01', '2059-12-31', '2091-03-04', '2024-02-29']) {
      expect(dayString(dayNumber(iso))).toBe(iso);
    }
    for (const s of [0, 59, 60, 3599, 43_200, 86_399]) {
      expect(dateTimeString(dayNumber('2026-06-30'), s)).toBe(new Date(Date.UTC(2026, 5, 30) + s * 1000).toISOString());
    }
    expect(dayString(addYears(dayNumber('2024-02-29'), 1))).toBe('2025-03-01');
  });
});
