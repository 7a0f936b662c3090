import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDaysApart, calendarDaysBetween, isoDateOf, subtractPeriod } from './dates.js';

describe('isoDateOf', () => {
  it('reads ISO dates and date-times', () => {
    expect(isoDateOf('2024-02-29')).toBe('2024-02-29');
    expect(isoDateOf(' 2024-05-24T10:00:00+08:00')).toBe('2024-05-24');
    expect(isoDateOf('2024-05-24 10:00')).toBe('2024-05-24');
  });
  it.each(['2023-02-29', '2024-13-01', '2024-5-24', '2024/05/24', '2024-05-24x', ''])('rejects %j', (t) =>
    expect(isoDateOf(t)).toBeNull(),
  );
});

describe('subtractPeriod', () => {
  it('moves back by months, clamping to the month end, and by days', () => {
    expect(subtractPeriod('2024-12-31', { months: 6 })).toBe('2024-06-30');
    expect(subtractPeriod('2024-08-31', { months: 6 })).toBe('2024-02-29');
    expect(subtractPeriod('2024-03-31', { months: 13 })).toBe('2023-02-28');
    expect(subtractPeriod('2024-12-31', { days: 14 })).toBe('2024-12-17');
    expect(subtractPeriod('2024-03-01', { days: 1 })).toBe('2024-02-29');
  });
});

describe('calendarDaysBetween', () => {
  it('counts calendar days across a leap day', () => {
    expect(calendarDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('dayNumber', () => {
  it('agrees with Date.UTC over four centuries of dates', async () => {
    const { dayNumber, isoOfDayNumber } = await import('./dates.js');
    for (let day = -80_000; day < 80_000; day += 37) {
      expect(dayNumber(isoOfDayNumber(day))).toBe(day);
    }
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });
});

describe('calendarDaysApart', () => {
  it('agrees with calendarDaysBetween, across month ends, leap days and years', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 70 }), (from, gap) => {
        const a = from.toISOString().slice(0, 10);
        const b = new Date(from.getTime() + gap * 86_400_000).toISOString().slice(0, 10);
        expect(calendarDaysApart(a, b)).toBe(calendarDaysBetween(a, b));
      }),
      { numRuns: 3000 },
    );
  });
  it('counts over the end of February in a leap year', () => {
    expect(calendarDaysApart('2024-02-28', '2024-03-01')).toBe(2);
    expect(calendarDaysApart('2023-02-28', '2023-03-01')).toBe(1);
  });
});
