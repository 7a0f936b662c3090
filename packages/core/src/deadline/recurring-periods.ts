import { addDays, addMonths, min as earliest, format, lastDayOfMonth } from 'date-fns';
import { ZwgkError } from '../errors.js';

const PERIOD = /^P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?$/;

/**
 * The periods of a plan year for a recurring deadline or requirement, each `{ start, end }`
 * inclusive: `P6M` → January–June and July–December, `P3M` → the four quarters, `P1M` → the
 * twelve months, `P1Y` (or longer) → the whole year. Month periods start on 1 January; week and
 * day periods (`P1W`, `P15D`) run from 1 January in steps and the last one ends on 31 December.
 * The `recurring-missed` rule checks that each period has an event.
 *
 * @param every - an ISO-8601 period of years and months, or of weeks and days (`P6M`, `P1Y`, `P2W`)
 * @param year - the plan year
 * @returns the periods, in order, covering the year exactly
 * @throws ZwgkError `invalid-argument` for a period it cannot split a year by (`P0M`, `P1M2D`, `six months`)
 * @category Deadlines
 * @example
 * ```ts
 * recurringPeriods('P6M', 2024);
 * // [{ start: '2024-01-01', end: '2024-06-30' }, { start: '2024-07-01', end: '2024-12-31' }]
 * recurringPeriods('P3M', 2024).length; // 4
 * recurringPeriods('P1Y', 2024); // [{ start: '2024-01-01', end: '2024-12-31' }]
 * ```
 */
export function recurringPeriods(every: string, year: number): Array<{ start: string; end: string }> {
  const m = typeof every === 'string' ? PERIOD.exec(every) : null;
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new ZwgkError('invalid-argument', `recurringPeriods: year must be a year, got ${String(year)}`);
  }
  const [years, months, weeks, days] = (m?.slice(1) ?? []).map((part) => (part === undefined ? 0 : Number(part)));
  const monthly = (years ?? 0) * 12 + (months ?? 0);
  const daily = (weeks ?? 0) * 7 + (days ?? 0);
  if (m === null || every === 'P' || (monthly > 0 && daily > 0) || monthly + daily === 0) {
    throw new ZwgkError(
      'invalid-argument',
      `recurringPeriods: every must be an ISO-8601 period of years/months or weeks/days such as P6M, got ${JSON.stringify(every)}`,
    );
  }
  // setFullYear, because new Date(y, …) reads years 0–99 as 1900–1999.
  const first = new Date(2000, 0, 1);
  first.setFullYear(year, 0, 1);
  const last = new Date(2000, 0, 1);
  last.setFullYear(year, 11, 31);
  const periods: Array<{ start: string; end: string }> = [];
  let start = first;
  while (start <= last) {
    const next = monthly > 0 ? addMonths(start, monthly) : addDays(start, daily);
    const end = earliest([monthly > 0 ? lastDayOfMonth(addMonths(next, -1)) : addDays(next, -1), last]);
    periods.push({ start: format(start, 'yyyy-MM-dd'), end: format(end, 'yyyy-MM-dd') });
    start = next;
  }
  return periods;
}
