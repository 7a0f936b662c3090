import { addDays, format, parseISO } from 'date-fns';
import { match } from 'ts-pattern';
import { addWorkingDays } from '../calendar/working-days.js';
import { ZwgkError } from '../errors.js';
import { IsoDateSchema } from '../model/common.js';
import type { Deadline } from '../model/deadline.js';
import type { ResolveContext } from './types.js';

/**
 * The inclusive due date of a deadline: `date` → its `by`; `relative` from the issue date →
 * `issued` plus the days (calendar days, or working days on the calendar, 调休 included);
 * `null` for `continuous`, `none` and `recurring` (they have no single due date; see
 * {@link recurringPeriods}) and for a relative deadline whose start is unknown (no `issued`, or
 * counted from another event such as `received`).
 *
 * @param deadline - a parsed deadline
 * @param context - the plan year, issue date and (optionally) the working-day calendar
 * @returns the ISO due date, or `null`
 * @throws ZwgkError `invalid-argument` for a malformed `issued`; `calendar-out-of-range` for working
 *   days outside the calendar unless `outsideRange: 'weekends'`
 * @category Deadlines
 * @example
 * ```ts
 * const context = { year: 2024, issued: '2024-05-21' };
 * resolveDeadline({ kind: 'date', by: '2024-06-30', raw: '6月底前' }, context); // '2024-06-30'
 * resolveDeadline({ kind: 'relative', days: 30, dayKind: 'calendar', from: 'issued', raw: '印发后30日内' }, context);
 * // '2024-06-20'
 * resolveDeadline({ kind: 'relative', days: 20, dayKind: 'working', from: 'issued', raw: '20个工作日内' }, context);
 * // '2024-06-19' (端午节 6/10 is off)
 * resolveDeadline({ kind: 'continuous', raw: '持续推进' }, context); // null
 * ```
 */
export function resolveDeadline(deadline: Deadline, context: ResolveContext): string | null {
  return match(deadline)
    .with({ kind: 'date' }, (d) => d.by)
    .with({ kind: 'relative' }, (d) => {
      if (d.from !== 'issued' || context.issued === null || context.issued === undefined) return null;
      if (!IsoDateSchema.safeParse(context.issued).success) {
        throw new ZwgkError(
          'invalid-argument',
          `resolveDeadline: issued must be an ISO date YYYY-MM-DD, got ${JSON.stringify(context.issued)}`,
        );
      }
      if (d.dayKind === 'calendar') return format(addDays(parseISO(context.issued), d.days), 'yyyy-MM-dd');
      const options =
        context.outsideRange === undefined
          ? { calendar: context.calendar }
          : { calendar: context.calendar, outsideRange: context.outsideRange };
      return addWorkingDays(context.issued, d.days, options);
    })
    .with({ kind: 'continuous' }, { kind: 'recurring' }, { kind: 'none' }, () => null)
    .exhaustive();
}
