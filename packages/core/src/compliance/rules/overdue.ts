import type { Rule } from '../../plugin.js';
import { flat, statusEn, statusZh } from '../messages.js';
import { obligationFinding } from './shared.js';

/**
 * `overdue`: a dated task is past its deadline at `asOf` and the unit's entry is not done. The
 * deadline day itself is on time.
 *
 * @category Rules
 * @example
 * ```ts
 * overdue.severity; // 'error'
 * ```
 */
export const overdue: Rule = {
  id: 'overdue',
  severity: 'error',
  description: 'A dated task is past its deadline and the entry is not done',
  *check(ctx) {
    for (const o of ctx.obligations) {
      if (o.state !== 'overdue' || o.due === null) continue;
      yield obligationFinding(
        overdue,
        o,
        flat`任务${o.task.number}已于${o.due}到期，${o.unit}台账状态为“${statusZh(o.status)}”`,
        flat`Task ${o.task.number} was due on ${o.due}; ${o.unit}'s ledger says ${statusEn(o.status)}`,
        { due: o.due, status: o.status },
      );
    }
  },
};
