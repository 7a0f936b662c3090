import { isValid, parseISO } from 'date-fns';
import { recurringPeriods } from '../../deadline/index.js';
import type { Rule } from '../../plugin.js';
import { allMatches } from '../../text/regex.js';
import type { LocatedEntry } from '../context.js';
import { flat } from '../messages.js';
import { obligationFinding } from './shared.js';

// A date written in evidence or notes: 2024-06-15, 2024.6.15, 2024/6/15, 2024年6月15日, 2024年6月.
const DATE_IN_TEXT = /(20\d{2})\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2})(?!\d))?/g;
// A date without its year, as progress notes write it: 6月18日, 6月.
const MONTH_DAY = /(?<![\d年./-])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g;
// A period named instead of a date: 上半年, 三季度 …
const PERIOD_WORDS: readonly [RegExp, string][] = [
  [/上半年/, '01-01'],
  [/下半年/, '07-01'],
  [/(第?一|1)季度/, '01-01'],
  [/(第?二|2)季度/, '04-01'],
  [/(第?三|3)季度/, '07-01'],
  [/(第?四|4)季度/, '10-01'],
];
// A clause with these words speaks of a plan or of something not done (计划于12月开展, 尚未开展).
const NOT_AN_EVENT = /计划|拟|预计|将于|将在|准备|待|未|没有/;

function isoDay(year: string, month: string, day: string | undefined): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${(day ?? '1').padStart(2, '0')}`;
  const date = parseISO(iso);
  // parseISO accepts 2024-02-30 as March 1st: compare back to reject it.
  if (!isValid(date) || date.getMonth() + 1 !== Number(month) || date.getDate() !== Number(day ?? '1'))
    return undefined;
  return iso;
}

/**
 * The dates on which a unit's entries for a task record an event (an evaluation, a training): the
 * `completedOn` of every entry that has started, and what its evidence and notes say happened —
 * dates (`2024-06-15`, `2024年6月15日`; a month alone, `2024年6月` or `6月`, counts as the 1st; a
 * date without a year is in the plan year) and named periods (`上半年` counts as 1 January,
 * `下半年` as 1 July, `三季度` as 1 July …). A clause that speaks of a plan or of something not done
 * (计划, 拟, 预计, 将于, 未, 没有) records no event, and dates after `asOf` do not count.
 *
 * @param entries - the unit's entries for the task
 * @param asOf - the date of the check
 * @param year - the plan year, for dates written without one (default: the year of `asOf`)
 * @returns ISO dates, sorted, one per event found
 * @category Rules
 * @example
 * ```ts
 * // an entry whose notes say 进展情况：已于6月18日完成上半年评估
 * eventDates([located], '2024-09-30', 2024); // ['2024-01-01', '2024-06-18']
 * ```
 */
export function eventDates(entries: readonly LocatedEntry[], asOf: string, year = Number(asOf.slice(0, 4))): string[] {
  const dates: string[] = [];
  const y = String(year);
  for (const { entry } of entries) {
    if (entry.completedOn !== undefined && entry.status !== 'not_started') dates.push(entry.completedOn);
    for (const text of [...entry.evidence, entry.notes ?? '']) {
      for (const clause of text.split(/[，,。；;！!\n]/)) {
        if (clause.trim() === '' || NOT_AN_EVENT.test(clause)) continue;
        for (const m of allMatches(DATE_IN_TEXT, clause)) {
          const iso = isoDay(m[1] as string, m[2] as string, m[3]);
          if (iso !== undefined) dates.push(iso);
        }
        for (const m of allMatches(MONTH_DAY, clause)) {
          const iso = isoDay(y, m[1] as string, m[2]);
          if (iso !== undefined) dates.push(iso);
        }
        for (const [word, day] of PERIOD_WORDS) if (word.test(clause)) dates.push(`${y}-${day}`);
      }
    }
  }
  return [...new Set(dates)].filter((d) => d <= asOf).sort();
}

/**
 * `recurring-missed`: a task with a recurring requirement or deadline (每半年开展一次评估,
 * 年度内至少参加1次培训) has a period of the plan year, ended before `asOf`, in which the unit's
 * entries record fewer events than required (`min`, default 1). How events are recorded: see
 * {@link eventDates}. A period that ends on `asOf` is not yet missed. Units with no entry for the
 * task are left to `task-uncovered`.
 *
 * @category Rules
 * @example
 * ```ts
 * recurringMissed.id; // 'recurring-missed'
 * ```
 */
export const recurringMissed: Rule = {
  id: 'recurring-missed',
  severity: 'warning',
  description: 'A recurring requirement has a period with no recorded event',
  *check(ctx) {
    const periodCache = new Map<string, { start: string; end: string }[]>();
    for (const o of ctx.obligations) {
      if (o.entries.length === 0) continue;
      const deadline = ctx.deadlineOf(o.task);
      const duties: { every: string; min: number; what: string }[] = [];
      for (const req of o.task.requirements) {
        if (req.kind === 'recurring') duties.push({ every: req.every, min: req.min ?? 1, what: req.what || req.raw });
      }
      if (deadline.kind === 'recurring')
        duties.push({ every: deadline.every, min: deadline.min ?? 1, what: deadline.raw });
      if (duties.length === 0) continue;
      const events = eventDates(o.entries, ctx.asOf, ctx.plan.year);
      for (const duty of duties) {
        let periods = periodCache.get(duty.every);
        if (!periods) {
          periods = recurringPeriods(duty.every, ctx.plan.year);
          periodCache.set(duty.every, periods);
        }
        for (const period of periods) {
          if (period.end >= ctx.asOf) continue;
          const count = events.filter((d) => d >= period.start && d <= period.end).length;
          if (count >= duty.min) continue;
          yield obligationFinding(
            recurringMissed,
            o,
            flat`${o.unit}任务${o.task.number}要求“${duty.what}”，${period.start}至${period.end}期间台账记录${count}次，少于${duty.min}次`,
            flat`${o.unit}, task ${o.task.number}: "${duty.what}" recorded ${count} time(s) between ${period.start} and ${period.end}, fewer than ${duty.min}`,
            { every: duty.every, min: duty.min, period, events: count },
          );
        }
      }
    }
  },
};
