import { z } from 'zod';

// A date `YYYY-MM-DD` or an inclusive range `YYYY-MM-DD/YYYY-MM-DD` (the ISO 8601 interval form).
const DAY_OR_RANGE = /^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/;

/**
 * One year of a working-day calendar, as the official notice gives it:
 *
 * - `holidays`: the days off announced for that year, each an ISO date or an inclusive range
 *   `YYYY-MM-DD/YYYY-MM-DD`. List whole holiday periods, weekend days included (that is how the
 *   notices print them); a weekend day not listed is off anyway.
 * - `workdays`: adjusted working days (调休) — Saturdays or Sundays that are worked.
 * - `source`: the official notice the data was copied from (e.g. `国办发明电〔2023〕7号`), and
 *   optionally its `url`.
 *
 * Every date must fall in the record's own year, and no date may be both a holiday and a workday;
 * a calendar that breaks this throws `ZwgkError('invalid-argument')` the first time it is used.
 *
 * @category Calendar
 * @example
 * ```ts
 * CalendarYearSchema.parse({
 *   holidays: ['2024-01-01', '2024-02-10/2024-02-17'],
 *   workdays: ['2024-02-04', '2024-02-18'],
 *   source: '国办发明电〔2023〕7号',
 * });
 * ```
 */
export const CalendarYearSchema = z.object({
  holidays: z.array(z.string().regex(DAY_OR_RANGE, 'ISO date or YYYY-MM-DD/YYYY-MM-DD range')),
  workdays: z.array(z.string().regex(DAY_OR_RANGE, 'ISO date or YYYY-MM-DD/YYYY-MM-DD range')),
  source: z.string().min(1),
  url: z.string().optional(),
});

/**
 * The `CalendarYear` type, inferred from {@link CalendarYearSchema}.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { CalendarYearSchema, type CalendarYear } from '@zwgk/core';
 * const value: CalendarYear = CalendarYearSchema.parse(input);
 * ```
 */
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

/**
 * A working-day calendar: an `id` (`cn-mainland`), a human `name` and one {@link CalendarYear}
 * record per covered year. Weekends (Saturday, Sunday) are off unless listed as `workdays`;
 * Monday to Friday are working days unless listed as `holidays`. Plugins pass calendars of their
 * own (another region, later years); see {@link mergeCalendars}. Treat a calendar as immutable once
 * it has been used: its day tables are computed once and cached.
 *
 * @category Calendar
 * @example
 * ```ts
 * const calendar: WorkingCalendar = WorkingCalendarSchema.parse({
 *   id: 'cn-mainland-2027',
 *   name: '中国大陆 2027',
 *   years: { 2027: { holidays: ['2027-01-01'], workdays: [], source: '国务院办公厅通知' } },
 * });
 * ```
 */
export const WorkingCalendarSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  years: z.record(z.number().int().min(1).max(9999), CalendarYearSchema),
});

/**
 * The `WorkingCalendar` type, inferred from {@link WorkingCalendarSchema}.
 *
 * @category Calendar
 * @example
 * ```ts
 * import { WorkingCalendarSchema, type WorkingCalendar } from '@zwgk/core';
 * const value: WorkingCalendar = WorkingCalendarSchema.parse(input);
 * ```
 */
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;

/**
 * Options of the calendar functions.
 *
 * - `calendar`: the calendar to use; default {@link CN_MAINLAND_CALENDAR}.
 * - `outsideRange`: what a date outside the calendar's years does. `'error'` (default) throws
 *   `ZwgkError('calendar-out-of-range')` naming the date and the covered years; `'weekends'` opts
 *   into the documented fallback for uncovered years: Monday–Friday work, Saturday–Sunday off,
 *   no public holidays.
 *
 * @category Calendar
 * @example
 * ```ts
 * const options: CalendarOptions = { outsideRange: 'weekends' };
 * isWorkingDay('2030-01-01', options); // true (a Tuesday; holidays of 2030 are not known)
 * ```
 */
export type CalendarOptions = {
  calendar?: WorkingCalendar;
  outsideRange?: 'error' | 'weekends';
};

/**
 * Adds the years of calendar `b` to calendar `a`: a new calendar with `a`'s id and name whose
 * years are `a`'s and `b`'s; where both have a year, `b`'s record wins. Use it to extend the
 * built-in calendar with a year published after this release.
 *
 * @param a - the base calendar
 * @param b - the calendar whose years are added (and override)
 * @returns a new calendar; neither argument is changed
 * @category Calendar
 * @example
 * ```ts
 * const extended = mergeCalendars(CN_MAINLAND_CALENDAR, {
 *   id: 'cn-2027',
 *   name: '2027',
 *   years: { 2027: { holidays: ['2027-01-01'], workdays: [], source: '国务院办公厅关于2027年部分节假日安排的通知' } },
 * });
 * calendarYears(extended); // [2024, 2025, 2026, 2027]
 * ```
 */
export function mergeCalendars(a: WorkingCalendar, b: WorkingCalendar): WorkingCalendar {
  return { id: a.id, name: a.name, years: { ...a.years, ...b.years } };
}
