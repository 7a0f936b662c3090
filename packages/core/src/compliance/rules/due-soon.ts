import type { Rule } from '../../plugin.js';
import { flat, statusEn, statusZh } from '../messages.js';
import { obligationFinding } from './shared.js';

/**
 * `due-soon`: the deadline is within `dueSoonDays` working days (default 10, counted on the
 * working-day calendar with 调休: working days d with asOf < d ≤ due) and the entry is not done.
 * A deadline on `asOf` itself is 0 working days away.
 *
 * @category Rules
 * @example
 * ```ts
 * dueSoon.severity; // 'warning'
 * ```
 */
export const dueSoon: Rule = {
  id: 'due-soon',
  severity: 'warning',
  description: 'The deadline is within N working days and the entry is not done',
  *check(ctx) {
    for (const o of ctx.obligations) {
      if (o.state !== 'due_soon' || o.due === null) continue;
      const left = ctx.workingDaysBetween(ctx.asOf, o.due);
      yield obligationFinding(
        dueSoon,
        o,
        flat`任务${o.task.number}将于${o.due}到期（还剩${left}个工作日），${o.unit}台账状态为“${statusZh(o.status)}”`,
        flat`Task ${o.task.number} is due on ${o.due} (${left} working days left); ${o.unit}'s ledger says ${statusEn(o.status)}`,
        { due: o.due, workingDaysLeft: left, status: o.status },
      );
    }
  },
};
