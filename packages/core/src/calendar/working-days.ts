import { ZwgkError } from '../errors.js';
import type { CalendarOptions, WorkingCalendar } from './calendar.js';
import { CN_MAINLAND_CALENDAR } from './cn-mainland.js';
import { dayNumberOf, isoOfDayNumber, parseIsoDay, weekdayOfDayNumber, yearOfDayNumber } from './day-number.js';

// How the functions below stay O(1) per call: W(d), the number of working days up to day d, is
// the number of weekdays up to d (closed form) plus a correction — the calendar's holidays on
// weekdays count −1, its 调休 workdays count +1. Corrections are prefix-summed once per calendar
// year, so W(d) is one array read, and workingDaysBetween(a, b) = W(b) − W(a).

type CompiledCalendar = {
  readonly calendar: WorkingCalendar;
  /** Covered years, ascending. */
  readonly years: readonly number[];
  readonly covered: ReadonlySet<number>;
  /** Day number of 1 January of each covered year. */
  readonly starts: Int32Array;
  /** Sum of the corrections of all covered years before this one. */
  readonly before: Int32Array;
  /** Sum of all corrections of each covered year. */
  readonly totals: Int32Array;
  /** Per covered year and day of year: prefix sum of corrections, inclusive. */
  readonly corrections: readonly Int16Array[];
  /** Per covered year and day of year: 1 working, 0 off. */
  readonly working: readonly Uint8Array[];
};

const compiled = new WeakMap<WorkingCalendar, CompiledCalendar>();

function compile(calendar: WorkingCalendar): CompiledCalendar {
  const cached = compiled.get(calendar);
  if (cached) return cached;
  if (calendar === null || typeof calendar !== 'object' || typeof calendar.years !== 'object') {
    throw new ZwgkError('invalid-argument', `calendar must be a WorkingCalendar, got ${String(calendar)}`);
  }
  const years = Object.keys(calendar.years)
    .map((key) => {
      if (!/^\d{1,4}$/.test(key)) {
        throw new ZwgkError('invalid-argument', `calendar "${calendar.id}": "${key}" is not a year`);
      }
      return Number(key);
    })
    .sort((a, b) => a - b);
  const starts = new Int32Array(years.length);
  const before = new Int32Array(years.length);
  const totals = new Int32Array(years.length);
  const corrections: Int16Array[] = [];
  const working: Uint8Array[] = [];
  let running = 0;
  years.forEach((year, index) => {
    const record = calendar.years[year];
    if (year < 1 || year > 9999 || !record) {
      throw new ZwgkError('invalid-argument', `calendar "${calendar.id}": year ${year} is not a valid calendar year`);
    }
    const start = dayNumberOf(year, 1, 1);
    const length = dayNumberOf(year + 1, 1, 1) - start;
    const flags = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const weekday = weekdayOfDayNumber(start + i);
      flags[i] = weekday === 0 || weekday === 6 ? 0 : 1;
    }
    const holidays = expandDays(calendar.id, year, 'holidays', record.holidays);
    const workdays = expandDays(calendar.id, year, 'workdays', record.workdays);
    for (const day of holidays) {
      if (workdays.has(day)) {
        throw new ZwgkError(
          'invalid-argument',
          `calendar "${calendar.id}": ${isoOfDayNumber(day)} is listed both as a holiday and as a workday`,
        );
      }
      flags[day - start] = 0;
    }
    for (const day of workdays) flags[day - start] = 1;
    const prefix = new Int16Array(length);
    let sum = 0;
    for (let i = 0; i < length; i++) {
      const weekday = weekdayOfDayNumber(start + i);
      sum += (flags[i] as number) - (weekday === 0 || weekday === 6 ? 0 : 1);
      prefix[i] = sum;
    }
    starts[index] = start;
    before[index] = running;
    totals[index] = sum;
    running += sum;
    corrections.push(prefix);
    working.push(flags);
  });
  const result: CompiledCalendar = {
    calendar,
    years,
    covered: new Set(years),
    starts,
    before,
    totals,
    corrections,
    working,
  };
  compiled.set(calendar, result);
  return result;
}

// Expands `YYYY-MM-DD` and `YYYY-MM-DD/YYYY-MM-DD` entries into day numbers inside `year`.
function expandDays(id: string, year: number, field: string, entries: readonly string[]): Set<number> {
  const days = new Set<number>();
  if (!Array.isArray(entries)) {
    throw new ZwgkError('invalid-argument', `calendar "${id}": years[${year}].${field} must be an array`);
  }
  for (const entry of entries) {
    const [first, last = first] = typeof entry === 'string' ? entry.split('/') : [];
    const from = parseIsoDay(first);
    const to = parseIsoDay(last);
    if (!from || !to || from.year !== year || to.year !== year || to.dayNumber < from.dayNumber) {
      throw new ZwgkError(
        'invalid-argument',
        `calendar "${id}": years[${year}].${field} has ${JSON.stringify(entry)}, expected an ISO date or range within ${year}`,
        { details: { calendar: id, year, field, entry } },
      );
    }
    for (let day = from.dayNumber; day <= to.dayNumber; day++) days.add(day);
  }
  return days;
}

// Index of the last covered year starting on or before `dayNumber`, or −1.
function yearIndexAtOrBefore(table: CompiledCalendar, dayNumber: number): number {
  const { starts } = table;
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || dayNumber < (starts[0] as number)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= dayNumber) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Weekdays (Monday–Friday) counted from a fixed origin up to `dayNumber` inclusive; only
// differences matter. Day 4 (1970-01-05) is a Monday.
function weekdaysUpTo(dayNumber: number): number {
  const k = dayNumber - 4;
  const weeks = Math.floor(k / 7);
  const rest = k - weeks * 7;
  return weeks * 5 + (rest < 5 ? rest + 1 : 5);
}

// W(d): working days from a fixed origin up to `dayNumber` inclusive (uncovered years: weekdays).
function workingUpTo(table: CompiledCalendar, dayNumber: number): number {
  const index = yearIndexAtOrBefore(table, dayNumber);
  if (index < 0) return weekdaysUpTo(dayNumber);
  const offset = dayNumber - (table.starts[index] as number);
  const prefix = table.corrections[index] as Int16Array;
  const correction =
    (table.before[index] as number) +
    (offset < prefix.length ? (prefix[offset] as number) : (table.totals[index] as number));
  return weekdaysUpTo(dayNumber) + correction;
}

function isWorkingDayNumber(table: CompiledCalendar, dayNumber: number): boolean {
  const index = yearIndexAtOrBefore(table, dayNumber);
  if (index >= 0) {
    const flags = table.working[index] as Uint8Array;
    const offset = dayNumber - (table.starts[index] as number);
    if (offset < flags.length) return flags[offset] === 1;
  }
  const weekday = weekdayOfDayNumber(dayNumber);
  return weekday !== 0 && weekday !== 6;
}

function parseDate(name: string, value: unknown): { dayNumber: number; year: number } {
  const parsed = parseIsoDay(value);
  if (!parsed) {
    throw new ZwgkError('invalid-argument', `${name} must be an ISO date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      details: { [name]: value },
    });
  }
  return parsed;
}

// Throws calendar-out-of-range unless every year from `fromYear` to `toYear` is covered.
function assertCovered(table: CompiledCalendar, date: string, fromYear: number, toYear: number): void {
  for (let year = fromYear; year <= toYear; year++) {
    if (table.covered.has(year)) continue;
    const years = table.years;
    const span = years.length === 0 ? 'no years' : describeYears(years);
    throw new ZwgkError(
      'calendar-out-of-range',
      `${date} is outside the working-day calendar "${table.calendar.id}", which covers ${span}; ` +
        `add the year's calendar (mergeCalendars) or pass outsideRange: 'weekends' to count weekends only`,
      { details: { date, year, calendar: table.calendar.id, years: [...years] } },
    );
  }
}

function describeYears(years: readonly number[]): string {
  const contiguous = years.every((year, i) => i === 0 || year === (years[i - 1] as number) + 1);
  return contiguous && years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.join(', ');
}

function tableOf(options: CalendarOptions | undefined): CompiledCalendar {
  return compile(options?.calendar ?? CN_MAINLAND_CALENDAR);
}

function checkOutsideRange(options: CalendarOptions | undefined): boolean {
  const mode = options?.outsideRange ?? 'error';
  if (mode !== 'error' && mode !== 'weekends') {
    throw new ZwgkError('invalid-argument', `outsideRange must be 'error' or 'weekends', got ${JSON.stringify(mode)}`);
  }
  return mode === 'error';
}

/**
 * Whether a date is a working day: Monday to Friday unless a public holiday, and weekend days
 * worked as 调休.
 *
 * @param date - an ISO date `YYYY-MM-DD`
 * @param options - the calendar (default mainland China) and the out-of-range behaviour
 * @returns `true` on a working day
 * @throws ZwgkError `invalid-argument` for a malformed date; `calendar-out-of-range` for a date
 *   outside the calendar's years unless `outsideRange: 'weekends'`
 * @category Calendar
 * @example
 * ```ts
 * isWorkingDay('2024-10-01'); // false (国庆节)
 * isWorkingDay('2024-10-12'); // true (a Saturday worked, 调休)
 * isWorkingDay('2024-10-14'); // true (an ordinary Monday)
 * ```
 * @example
 * ```ts
 * isWorkingDay('2027-10-01'); // throws ZwgkError('calendar-out-of-range')
 * isWorkingDay('2027-10-01', { outsideRange: 'weekends' }); // true (a Friday, holidays unknown)
 * ```
 */
export function isWorkingDay(date: string, options?: CalendarOptions): boolean {
  const table = tableOf(options);
  const strict = checkOutsideRange(options);
  const { dayNumber, year } = parseDate('date', date);
  if (strict) assertCovered(table, date, year, year);
  return isWorkingDayNumber(table, dayNumber);
}

/**
 * The date that is `days` working days after `date` — the due date of "within N working days"
 * (N个工作日内), counting the first working day after `date` as day 1.
 *
 * - `days > 0`: the `days`-th working day after `date` (`date` itself never counts).
 * - `days === 0`: `date` itself when it is a working day, else the next working day.
 * - `days < 0`: counts backwards: the `|days|`-th working day before `date`.
 *
 * It is the inverse of {@link workingDaysBetween}: for a working day `x`,
 * `addWorkingDays(d, workingDaysBetween(d, x)) === x` whenever `d` is a working day or `x` is
 * after `d`.
 *
 * @param date - an ISO date `YYYY-MM-DD`
 * @param days - an integer number of working days
 * @param options - the calendar (default mainland China) and the out-of-range behaviour
 * @returns the ISO date reached, always a working day
 * @throws ZwgkError `invalid-argument` for a malformed date or a non-integer `days`;
 *   `calendar-out-of-range` if the start, the result or any year between is not covered
 *   (unless `outsideRange: 'weekends'`)
 * @category Calendar
 * @example
 * ```ts
 * // 20 working days from 2024-09-20 spans National Day: 2024-10-23, not 2024-10-18.
 * addWorkingDays('2024-09-20', 20); // '2024-10-23'
 * addWorkingDays('2024-09-30', 1); // '2024-10-08'
 * ```
 * @example
 * ```ts
 * addWorkingDays('2024-10-01', 0); // '2024-10-08' (a holiday: the next working day)
 * addWorkingDays('2024-10-08', -1); // '2024-09-30'
 * ```
 */
export function addWorkingDays(date: string, days: number, options?: CalendarOptions): string {
  const table = tableOf(options);
  const strict = checkOutsideRange(options);
  const { dayNumber, year } = parseDate('date', date);
  if (!Number.isSafeInteger(days) || Math.abs(days) > 1_000_000) {
    throw new ZwgkError('invalid-argument', `days must be an integer number of working days, got ${String(days)}`, {
      details: { days },
    });
  }
  if (strict) assertCovered(table, date, year, year);
  if (days === 0 && isWorkingDayNumber(table, dayNumber)) return date;
  // The result is the unique working day r with W(r) = target (W steps up exactly on working days).
  const target =
    days >= 0 ? workingUpTo(table, dayNumber) + Math.max(days, 1) : workingUpTo(table, dayNumber - 1) + days + 1;
  const result = firstDayReaching(table, target, days >= 0 ? dayNumber : dayNumber - 1, days >= 0);
  if (strict) {
    const resultYear = yearOfDayNumber(result);
    const iso = isoOfDayNumber(result);
    if (resultYear < year) assertCovered(table, iso, resultYear, year);
    else assertCovered(table, iso, year, resultYear);
    return iso;
  }
  return isoOfDayNumber(result);
}

// The first day d with W(d) ≥ target. `anchor` is a day with W(anchor) < target when searching
// forward, or W(anchor) ≥ target when searching backward; the other bound is found by doubling.
function firstDayReaching(table: CompiledCalendar, target: number, anchor: number, forward: boolean): number {
  let lo: number;
  let hi: number;
  let step = 16;
  if (forward) {
    lo = anchor;
    hi = anchor + Math.ceil(((target - workingUpTo(table, anchor)) * 7) / 5) + step;
    while (workingUpTo(table, hi) < target) {
      lo = hi;
      hi += step;
      step *= 2;
    }
  } else {
    hi = anchor;
    lo = anchor - Math.ceil(((workingUpTo(table, anchor) - target) * 7) / 5) - step;
    while (workingUpTo(table, lo) >= target) {
      hi = lo;
      lo -= step;
      step *= 2;
    }
  }
  // Invariant: W(lo) < target ≤ W(hi).
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (workingUpTo(table, mid) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The number of working days `d` with `from < d ≤ to`: publishing on the 20th working day after
 * the date a document was made gives 20 (the 20-working-day limit of 条例 art. 26 is met when the
 * result is ≤ 20). Negative when `to` is before `from`; `0` for the same day.
 *
 * @param from - an ISO date `YYYY-MM-DD` (not counted)
 * @param to - an ISO date `YYYY-MM-DD` (counted when a working day)
 * @param options - the calendar (default mainland China) and the out-of-range behaviour
 * @returns the signed count of working days
 * @throws ZwgkError `invalid-argument` for a malformed date; `calendar-out-of-range` when a year
 *   from `from` to `to` is not covered (unless `outsideRange: 'weekends'`)
 * @category Calendar
 * @example
 * ```ts
 * workingDaysBetween('2024-09-30', '2024-10-08'); // 1 (National Day week is off)
 * workingDaysBetween('2024-09-27', '2024-10-14'); // 8: 9/29 (调休), 9/30, 10/8–11, 10/12 (调休), 10/14
 * workingDaysBetween('2024-10-14', '2024-09-27'); // -8
 * ```
 */
export function workingDaysBetween(from: string, to: string, options?: CalendarOptions): number {
  const table = tableOf(options);
  const strict = checkOutsideRange(options);
  const a = parseDate('from', from);
  const b = parseDate('to', to);
  if (strict) {
    if (a.year <= b.year) {
      assertCovered(table, from, a.year, a.year);
      assertCovered(table, to, a.year, b.year);
    } else {
      assertCovered(table, to, b.year, b.year);
      assertCovered(table, from, b.year, a.year);
    }
  }
  return workingUpTo(table, b.dayNumber) - workingUpTo(table, a.dayNumber);
}

/**
 * The years a calendar covers, ascending.
 *
 * @param calendar - a calendar; default {@link CN_MAINLAND_CALENDAR}
 * @returns the covered years
 * @category Calendar
 * @example
 * ```ts
 * calendarYears(); // [2024, 2025, 2026]
 * ```
 */
export function calendarYears(calendar: WorkingCalendar = CN_MAINLAND_CALENDAR): number[] {
  return [...compile(calendar).years];
}
