import { addDays, format, getDay, getDaysInMonth } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  dayNumberOf,
  daysInMonth,
  isoOfDayNumber,
  parseIsoDay,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from './day-number.js';

describe('day numbers', () => {
  it('agree with date-fns on every day of 1900–2100', () => {
    let date = new Date(1900, 0, 1);
    let expected = dayNumberOf(1900, 1, 1);
    const mismatches: string[] = [];
    let checked = 0;
    while (date.getFullYear() <= 2100) {
      const iso = format(date, 'yyyy-MM-dd');
      const ok =
        parseIsoDay(iso)?.dayNumber === expected &&
        isoOfDayNumber(expected) === iso &&
        yearOfDayNumber(expected) === date.getFullYear() &&
        weekdayOfDayNumber(expected) === getDay(date);
      if (!ok) mismatches.push(iso);
      checked += 1;
      date = addDays(date, 1);
      expected += 1;
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(73414);
  });

  it('counts 1970-01-01 as day 0 and 2024-02-29 as a real day', () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(parseIsoDay('2024-02-29')).toEqual({ dayNumber: dayNumberOf(2024, 2, 29), year: 2024 });
  });

  it('knows the length of every month, leap years included', () => {
    for (const year of [1900, 2000, 2023, 2024, 2100]) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month)).toBe(getDaysInMonth(new Date(year, month - 1, 1)));
      }
    }
  });

  it('rejects strings that are not real ISO dates', () => {
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-1-01',
      '2024/01/01',
      '20240101',
      ' 2024-01-01',
      '２０２４-01-01',
      '0000-01-01',
      '',
    ]) {
      expect(parseIsoDay(bad)).toBeUndefined();
    }
    expect(parseIsoDay(20240101)).toBeUndefined();
  });
});
