import { addDays, format, getDay, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isZwgkError, type ZwgkError } from '../errors.js';
import { mergeCalendars, type WorkingCalendar } from './calendar.js';
import { CN_MAINLAND_CALENDAR } from './cn-mainland.js';
import { addWorkingDays, calendarYears, isWorkingDay, workingDaysBetween } from './working-days.js';

// Slow but obviously right: walk day by day with isWorkingDay.
function countSlowly(from: string, to: string): number {
  let count = 0;
  for (let d = addDays(parseISO(from), 1); d <= parseISO(to); d = addDays(d, 1)) {
    if (isWorkingDay(format(d, 'yyyy-MM-dd'))) count += 1;
  }
  return count;
}

function thrown(fn: () => unknown): ZwgkError {
  try {
    fn();
  } catch (error) {
    if (isZwgkError(error)) return error;
    throw error;
  }
  throw new Error('expected a ZwgkError');
}

const covered = fc
  .integer({ min: 0, max: 365 * 3 })
  .map((offset) => format(addDays(new Date(2024, 0, 1), offset), 'yyyy-MM-dd'));

describe('isWorkingDay', () => {
  it('treats National Day 2024 as off and its 调休 weekend days as worked', () => {
    expect(isWorkingDay('2024-10-01')).toBe(false);
    expect(isWorkingDay('2024-10-07')).toBe(false);
    expect(isWorkingDay('2024-09-29')).toBe(true); // Sunday worked
    expect(isWorkingDay('2024-10-12')).toBe(true); // Saturday worked
    expect(isWorkingDay('2024-10-13')).toBe(false); // ordinary Sunday
    expect(isWorkingDay('2024-10-14')).toBe(true);
  });

  it('rejects malformed dates with invalid-argument', () => {
    for (const bad of ['2024-02-30', '2024/10/01', 'tomorrow', '']) {
      expect(thrown(() => isWorkingDay(bad)).code).toBe('invalid-argument');
    }
  });

  it('throws calendar-out-of-range naming the date and the covered years', () => {
    const error = thrown(() => isWorkingDay('2027-01-04'));
    expect(error.code).toBe('calendar-out-of-range');
    expect(error.message).toContain('2027-01-04');
    expect(error.message).toContain('2024–2026');
    expect(error.details).toMatchObject({ date: '2027-01-04', years: [2024, 2025, 2026] });
    expect(thrown(() => isWorkingDay('2023-12-29')).code).toBe('calendar-out-of-range');
  });

  it('falls back to weekends only when the caller opts in', () => {
    expect(isWorkingDay('2027-10-01', { outsideRange: 'weekends' })).toBe(true); // a Friday
    expect(isWorkingDay('2027-10-02', { outsideRange: 'weekends' })).toBe(false); // a Saturday
    expect(isWorkingDay('2024-10-01', { outsideRange: 'weekends' })).toBe(false); // covered years still use the data
  });

  it('rejects an unknown outsideRange value', () => {
    expect(thrown(() => isWorkingDay('2024-10-01', { outsideRange: 'guess' as 'error' })).code).toBe(
      'invalid-argument',
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts working days d with from < d ≤ to', () => {
    expect(workingDaysBetween('2024-10-14', '2024-10-14')).toBe(0);
    expect(workingDaysBetween('2024-10-11', '2024-10-14')).toBe(2); // Sat 12th (调休) and Mon 14th
    expect(workingDaysBetween('2024-09-30', '2024-10-08')).toBe(1);
    expect(workingDaysBetween('2024-09-27', '2024-10-14')).toBe(8);
    expect(workingDaysBetween('2024-10-14', '2024-09-27')).toBe(-8);
  });

  it('counts whole years: 251 working days in 2024, 248 in 2025', () => {
    expect(workingDaysBetween('2023-12-31', '2024-12-31', { outsideRange: 'weekends' })).toBe(251);
    // 2025: 261 weekdays − 18 weekday holidays + 5 调休 days.
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
  });

  it('agrees with a day-by-day count on random spans', () => {
    fc.assert(
      fc.property(covered, covered, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(workingDaysBetween(from, to)).toBe(countSlowly(from, to));
        expect(workingDaysBetween(to, from)).toBe(0 - countSlowly(from, to));
      }),
      { numRuns: 150 },
    );
  });

  it('throws when a year between the dates is not covered', () => {
    const gap: WorkingCalendar = {
      id: 'gap',
      name: 'gap',
      years: {
        2024: { holidays: [], workdays: [], source: 'test' },
        2026: { holidays: [], workdays: [], source: 'test' },
      },
    };
    const error = thrown(() => workingDaysBetween('2024-06-03', '2026-06-01', { calendar: gap }));
    expect(error.code).toBe('calendar-out-of-range');
    expect(error.details).toMatchObject({ year: 2025 });
    expect(workingDaysBetween('2024-12-31', '2026-01-01', { calendar: gap, outsideRange: 'weekends' })).toBe(262);
  });
});

describe('addWorkingDays', () => {
  it('counts 20 working days across National Day 2024 with 调休', () => {
    expect(addWorkingDays('2024-09-20', 20)).toBe('2024-10-23');
    expect(addWorkingDays('2024-09-30', 1)).toBe('2024-10-08');
    expect(addWorkingDays('2024-09-27', 1)).toBe('2024-09-29'); // a Sunday worked
  });

  it('returns the date itself for 0 days on a working day, else the next working day', () => {
    expect(addWorkingDays('2024-10-14', 0)).toBe('2024-10-14');
    expect(addWorkingDays('2024-10-01', 0)).toBe('2024-10-08');
    expect(addWorkingDays('2024-10-13', 0)).toBe('2024-10-14');
  });

  it('counts backwards for negative days', () => {
    expect(addWorkingDays('2024-10-08', -1)).toBe('2024-09-30');
    expect(addWorkingDays('2024-10-13', -1)).toBe('2024-10-12'); // Sunday back to the worked Saturday
    expect(addWorkingDays('2024-10-14', -3)).toBe('2024-10-10');
  });

  it('crosses years inside the calendar and throws past its end', () => {
    expect(addWorkingDays('2024-12-31', 1)).toBe('2025-01-02');
    const error = thrown(() => addWorkingDays('2026-12-30', 5));
    expect(error.code).toBe('calendar-out-of-range');
    expect(error.message).toContain('2027-01-06');
    expect(addWorkingDays('2026-12-30', 5, { outsideRange: 'weekends' })).toBe('2027-01-06');
    expect(thrown(() => addWorkingDays('2024-01-02', -2)).code).toBe('calendar-out-of-range');
  });

  it('rejects a non-integer number of days', () => {
    expect(thrown(() => addWorkingDays('2024-10-14', 1.5)).code).toBe('invalid-argument');
    expect(thrown(() => addWorkingDays('2024-10-14', Number.NaN)).code).toBe('invalid-argument');
  });

  it('lands on x when adding workingDaysBetween(d, x), for a working day x', () => {
    fc.assert(
      fc.property(covered, covered, (d, x) => {
        fc.pre(isWorkingDay(x) && (isWorkingDay(d) || x > d));
        expect(addWorkingDays(d, workingDaysBetween(d, x))).toBe(x);
      }),
      { numRuns: 500 },
    );
  });

  it('always lands on a working day, the right number of working days away', () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: -200, max: 200 }), (d, n) => {
        let result: string;
        try {
          result = addWorkingDays(d, n);
        } catch (error) {
          if (isZwgkError(error) && error.code === 'calendar-out-of-range') return;
          throw error;
        }
        expect(isWorkingDay(result)).toBe(true);
        if (n > 0) expect(workingDaysBetween(d, result)).toBe(n);
        // Backwards: |n| working days in [result, d).
        if (n < 0) expect(workingDaysBetween(result, d) + 1 - (isWorkingDay(d) ? 1 : 0)).toBe(-n);
      }),
      { numRuns: 500 },
    );
  });

  it('is monotonic in both the date and the number of days', () => {
    fc.assert(
      fc.property(
        covered,
        covered,
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 0, max: 150 }),
        (a, b, m, n) => {
          const [d1, d2] = a <= b ? [a, b] : [b, a];
          const [n1, n2] = m <= n ? [m, n] : [n, m];
          const opts = { outsideRange: 'weekends' } as const;
          expect(addWorkingDays(d1, n1, opts) <= addWorkingDays(d2, n1, opts)).toBe(true);
          expect(addWorkingDays(d1, n1, opts) <= addWorkingDays(d1, n2, opts)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('other calendars', () => {
  const region: WorkingCalendar = {
    id: 'test-region',
    name: '测试地区',
    years: {
      2027: {
        holidays: ['2027-01-01', '2027-02-05/2027-02-11'],
        workdays: ['2027-02-14'],
        source: '测试通知',
      },
    },
  };

  it('uses a calendar passed in options', () => {
    expect(isWorkingDay('2027-02-08', { calendar: region })).toBe(false);
    expect(isWorkingDay('2027-02-14', { calendar: region })).toBe(true); // a Sunday worked
    expect(calendarYears(region)).toEqual([2027]);
    expect(thrown(() => isWorkingDay('2026-02-09', { calendar: region })).code).toBe('calendar-out-of-range');
  });

  it('adds years with mergeCalendars, the second calendar winning on a shared year', () => {
    const merged = mergeCalendars(CN_MAINLAND_CALENDAR, region);
    expect(calendarYears(merged)).toEqual([2024, 2025, 2026, 2027]);
    expect(merged.id).toBe('cn-mainland');
    expect(workingDaysBetween('2026-12-31', '2027-01-04', { calendar: merged })).toBe(1);
    const override = mergeCalendars(merged, {
      id: 'x',
      name: 'x',
      years: { 2024: { holidays: [], workdays: [], source: 'none' } },
    });
    expect(isWorkingDay('2024-10-01', { calendar: override })).toBe(true);
    expect(calendarYears()).toEqual([2024, 2025, 2026]);
  });

  it('rejects calendar data with a date outside its year or listed twice', () => {
    const wrongYear: WorkingCalendar = {
      id: 'bad',
      name: 'bad',
      years: { 2027: { holidays: ['2028-01-01'], workdays: [], source: 's' } },
    };
    expect(thrown(() => isWorkingDay('2027-01-01', { calendar: wrongYear })).message).toContain('2028-01-01');
    const twice: WorkingCalendar = {
      id: 'bad2',
      name: 'bad2',
      years: { 2027: { holidays: ['2027-01-01/2027-01-03'], workdays: ['2027-01-02'], source: 's' } },
    };
    expect(thrown(() => isWorkingDay('2027-01-01', { calendar: twice })).code).toBe('invalid-argument');
    const notAYear = { id: 'bad3', name: 'bad3', years: { '2027a': { holidays: [], workdays: [], source: 's' } } };
    expect(
      thrown(() => isWorkingDay('2027-01-01', { calendar: notAYear as unknown as WorkingCalendar })).message,
    ).toContain('2027a');
  });

  it('counts an empty calendar as weekends only with the fallback', () => {
    const empty: WorkingCalendar = { id: 'empty', name: 'empty', years: {} };
    expect(workingDaysBetween('2024-10-04', '2024-10-11', { calendar: empty, outsideRange: 'weekends' })).toBe(5);
    expect(thrown(() => isWorkingDay('2024-10-04', { calendar: empty })).message).toContain('no years');
    expect(getDay(parseISO('2024-10-04'))).toBe(5);
  });
});
